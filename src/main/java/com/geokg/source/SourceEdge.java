package com.geokg.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;

@Type("SourceEdge")
@Description("One source of a connection page, with its cursor.")
public record SourceEdge(@Ignore Connection.Edge edge) {

    @NonNull
    @Description("Opaque cursor of this edge: pass it as `after` or `before`.")
    public String getCursor() {
        return edge.cursor();
    }

    @NonNull
    @Description("The source.")
    public Source getNode() {
        return edge.node(Source::new);
    }
}
