package com.geokg.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

import com.geokg.actor.ActorWhere;

@Input("ClaimActorsConnectionWhere")
@Description("Which edges of the connection: conditions on the node and on the relationship.")
public record ClaimActorsConnectionWhere(
        @Description("On the node at the other end.") ActorWhere node,
        @Description("On the relationship's properties.") StancePropertiesWhere edge,
        @Name("AND") @Description("All of these.") List<ClaimActorsConnectionWhere> and,
        @Name("OR") @Description("At least one of these.") List<ClaimActorsConnectionWhere> or,
        @Name("NOT") @Description("Not this.") ClaimActorsConnectionWhere not) {
}
