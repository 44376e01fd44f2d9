package com.geokg.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.graph.filter.SortDirection;

@Input("PlaceSort")
@Description("One sort key; give one field per list item, in order of precedence.")
public record PlaceSort(
        @Description("By id.") SortDirection id,
        @Description("By name.") SortDirection name,
        @Description("By kind.") SortDirection kind) {
}
