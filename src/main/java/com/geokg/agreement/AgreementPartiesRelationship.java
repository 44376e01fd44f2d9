package com.geokg.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.actor.Actor;
import com.geokg.graph.Connection;

@Type("AgreementPartiesRelationship")
@Description("One edge of the connection: the node, the relationship's properties, and a cursor.")
public record AgreementPartiesRelationship(@Ignore Connection.Edge edge) {

    @NonNull
    @Description("Opaque cursor of this edge: pass it as `after` or `before`.")
    public String getCursor() {
        return edge.cursor();
    }

    @NonNull
    @Description("The node at the other end.")
    public Actor getNode() {
        return edge.node(Actor::from);
    }

    @NonNull
    @Description("The relationship's properties.")
    public PartyProperties getProperties() {
        return new PartyProperties(edge.properties());
    }
}
