package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;
import com.geokg.graph.PageInfo;

@Type("StatesConnection")
@Description("A page of states with cursors (Relay connection).")
public record StatesConnection(@Ignore Connection connection) {

    @NonNull
    @Description("The states of this page, in order.")
    public List<@NonNull StateEdge> getEdges() {
        return connection.edges(StateEdge::new);
    }

    @NonNull
    @Description("Cursors and whether there is more before or after.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many states match in all, counted without fetching them.")
    public long getTotalCount() {
        return connection.totalCount();
    }
}
