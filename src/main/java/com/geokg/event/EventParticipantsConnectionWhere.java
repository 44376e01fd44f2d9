package com.geokg.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

import com.geokg.actor.ActorWhere;

@Input("EventParticipantsConnectionWhere")
@Description("Which edges of the connection: conditions on the node and on the relationship.")
public record EventParticipantsConnectionWhere(
        @Description("On the node at the other end.") ActorWhere node,
        @Description("On the relationship's properties.") ParticipationPropertiesWhere edge,
        @Name("AND") @Description("All of these.") List<EventParticipantsConnectionWhere> and,
        @Name("OR") @Description("At least one of these.") List<EventParticipantsConnectionWhere> or,
        @Name("NOT") @Description("Not this.") EventParticipantsConnectionWhere not) {
}
