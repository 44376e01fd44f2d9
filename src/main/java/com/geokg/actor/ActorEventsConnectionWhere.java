package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

import com.geokg.event.EventWhere;

@Input("ActorEventsConnectionWhere")
@Description("Which edges of the connection: conditions on the node and on the relationship.")
public record ActorEventsConnectionWhere(
        @Description("On the node at the other end.") EventWhere node,
        @Description("On the relationship's properties.") EventRolePropertiesWhere edge,
        @Name("AND") @Description("All of these.") List<ActorEventsConnectionWhere> and,
        @Name("OR") @Description("At least one of these.") List<ActorEventsConnectionWhere> or,
        @Name("NOT") @Description("Not this.") ActorEventsConnectionWhere not) {
}
