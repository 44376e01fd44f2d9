package com.geokg.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.graph.filter.SortDirection;

@Input("StancePropertiesSort")
@Description("One sort key on the relationship's properties.")
public record StancePropertiesSort(
        @Description("By on.") SortDirection on) {
}
