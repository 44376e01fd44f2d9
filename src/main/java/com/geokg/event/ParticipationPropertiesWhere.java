package com.geokg.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

import com.geokg.graph.filter.StringFilter;

@Input("ParticipationPropertiesWhere")
@Description("Conditions on the relationship's properties; all given conditions must hold.")
public record ParticipationPropertiesWhere(
        @Description("On role.") StringFilter role,
        @Name("AND") @Description("All of these.") List<ParticipationPropertiesWhere> and,
        @Name("OR") @Description("At least one of these.") List<ParticipationPropertiesWhere> or,
        @Name("NOT") @Description("Not this.") ParticipationPropertiesWhere not) {
}
