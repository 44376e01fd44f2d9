package com.geokg.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.actor.ActorSort;

@Input("ClaimActorsConnectionSort")
@Description("One sort key: on the node or on the relationship; give one per list item.")
public record ClaimActorsConnectionSort(
        @Description("By a field of the node.") ActorSort node,
        @Description("By a property of the relationship.") StancePropertiesSort edge) {
}
