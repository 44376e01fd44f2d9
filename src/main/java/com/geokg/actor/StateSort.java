package com.geokg.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.graph.filter.SortDirection;

@Input("StateSort")
@Description("One sort key; give one field per list item, in order of precedence.")
public record StateSort(
        @Description("By id.") SortDirection id,
        @Description("By name.") SortDirection name,
        @Description("By ISO code.") SortDirection iso3) {
}
