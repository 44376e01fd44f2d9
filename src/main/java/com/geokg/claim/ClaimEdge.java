package com.geokg.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;

@Type("ClaimEdge")
@Description("One claim of a connection page, with its cursor.")
public record ClaimEdge(@Ignore Connection.Edge edge) {

    @NonNull
    @Description("Opaque cursor of this edge: pass it as `after` or `before`.")
    public String getCursor() {
        return edge.cursor();
    }

    @NonNull
    @Description("The claim.")
    public Claim getNode() {
        return edge.node(Claim::new);
    }
}
