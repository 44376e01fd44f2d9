package com.geokg.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.graph.filter.SortDirection;

@Input("ParticipationPropertiesSort")
@Description("One sort key on the relationship's properties.")
public record ParticipationPropertiesSort(
        @Description("By role.") SortDirection role) {
}
