package com.geokg.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;

@Type("ActorEdge")
@Description("One actor of a connection page, with its cursor.")
public record ActorEdge(@Ignore Connection.Edge edge) {

    @NonNull
    @Description("Opaque cursor of this edge: pass it as `after` or `before`.")
    public String getCursor() {
        return edge.cursor();
    }

    @NonNull
    @Description("The actor.")
    public Actor getNode() {
        return edge.node(Actor::from);
    }
}
