package com.geokg.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.graph.filter.SortDirection;

@Input("EventRolePropertiesSort")
@Description("One sort key on the relationship's properties.")
public record EventRolePropertiesSort(
        @Description("By role.") SortDirection role) {
}
