package com.geokg.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;

@Type("EventEdge")
@Description("One event of a connection page, with its cursor.")
public record EventEdge(@Ignore Connection.Edge edge) {

    @NonNull
    @Description("Opaque cursor of this edge: pass it as `after` or `before`.")
    public String getCursor() {
        return edge.cursor();
    }

    @NonNull
    @Description("The event.")
    public Event getNode() {
        return edge.node(Event::new);
    }
}
