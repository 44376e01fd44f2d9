package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

import com.geokg.graph.filter.StringFilter;

@Input("EventRolePropertiesWhere")
@Description("Conditions on the relationship's properties; all given conditions must hold.")
public record EventRolePropertiesWhere(
        @Description("On role.") StringFilter role,
        @Name("AND") @Description("All of these.") List<EventRolePropertiesWhere> and,
        @Name("OR") @Description("At least one of these.") List<EventRolePropertiesWhere> or,
        @Name("NOT") @Description("Not this.") EventRolePropertiesWhere not) {
}
