package com.geokg.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.graph.filter.SortDirection;

@Input("ClaimSort")
@Description("One sort key; give one field per list item, in order of precedence.")
public record ClaimSort(
        @Description("By id.") SortDirection id,
        @Description("By status.") SortDirection status,
        @Description("By confidence.") SortDirection confidence,
        @Description("By quantity.") SortDirection quantity) {
}
