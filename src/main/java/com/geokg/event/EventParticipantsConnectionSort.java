package com.geokg.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.actor.ActorSort;

@Input("EventParticipantsConnectionSort")
@Description("One sort key: on the node or on the relationship; give one per list item.")
public record EventParticipantsConnectionSort(
        @Description("By a field of the node.") ActorSort node,
        @Description("By a property of the relationship.") ParticipationPropertiesSort edge) {
}
