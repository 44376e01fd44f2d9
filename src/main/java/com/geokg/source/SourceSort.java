package com.geokg.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.graph.filter.SortDirection;

@Input("SourceSort")
@Description("One sort key; give one field per list item, in order of precedence.")
public record SourceSort(
        @Description("By id.") SortDirection id,
        @Description("By title.") SortDirection title,
        @Description("By publisher.") SortDirection publisher,
        @Description("By publishedOn.") SortDirection publishedOn) {
}
