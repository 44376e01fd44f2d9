package com.geokg.graph.filter;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("SortDirection")
@Description("Order of a sort key.")
public enum SortDirection {
    @Description("Ascending: A to Z, oldest first, smallest first.")
    ASC,
    @Description("Descending: Z to A, newest first, largest first.")
    DESC
}
