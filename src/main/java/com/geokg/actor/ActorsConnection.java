package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;
import com.geokg.graph.PageInfo;

@Type("ActorsConnection")
@Description("A page of actors with cursors (Relay connection).")
public record ActorsConnection(@Ignore Connection connection) {

    @NonNull
    @Description("The actors of this page, in order.")
    public List<@NonNull ActorEdge> getEdges() {
        return connection.edges(ActorEdge::new);
    }

    @NonNull
    @Description("Cursors and whether there is more before or after.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many actors match in all, counted without fetching them.")
    public long getTotalCount() {
        return connection.totalCount();
    }
}
