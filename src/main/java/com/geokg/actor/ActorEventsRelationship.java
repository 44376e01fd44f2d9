package com.geokg.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.event.Event;
import com.geokg.graph.Connection;

@Type("ActorEventsRelationship")
@Description("One edge of the connection: the node, the relationship's properties, and a cursor.")
public record ActorEventsRelationship(@Ignore Connection.Edge edge) {

    @NonNull
    @Description("Opaque cursor of this edge: pass it as `after` or `before`.")
    public String getCursor() {
        return edge.cursor();
    }

    @NonNull
    @Description("The node at the other end.")
    public Event getNode() {
        return edge.node(Event::new);
    }

    @NonNull
    @Description("The relationship's properties.")
    public EventRoleProperties getProperties() {
        return new EventRoleProperties(edge.properties());
    }
}
