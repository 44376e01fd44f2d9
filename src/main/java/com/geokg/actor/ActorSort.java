package com.geokg.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.graph.filter.SortDirection;

@Input("ActorSort")
@Description("One sort key; give one field per list item, in order of precedence.")
public record ActorSort(
        @Description("By id.") SortDirection id,
        @Description("By name.") SortDirection name) {
}
