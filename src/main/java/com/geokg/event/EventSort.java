package com.geokg.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.graph.filter.SortDirection;

@Input("EventSort")
@Description("One sort key; give one field per list item, in order of precedence.")
public record EventSort(
        @Description("By id.") SortDirection id,
        @Description("By kind.") SortDirection kind,
        @Description("By title.") SortDirection title,
        @Description("By startDate.") SortDirection startDate,
        @Description("By endDate.") SortDirection endDate,
        @Description("By fatalities.") SortDirection fatalities,
        @Description("By strength.") SortDirection strength) {
}
