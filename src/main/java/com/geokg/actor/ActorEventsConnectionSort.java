package com.geokg.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.event.EventSort;

@Input("ActorEventsConnectionSort")
@Description("One sort key: on the node or on the relationship; give one per list item.")
public record ActorEventsConnectionSort(
        @Description("By a field of the node.") EventSort node,
        @Description("By a property of the relationship.") EventRolePropertiesSort edge) {
}
