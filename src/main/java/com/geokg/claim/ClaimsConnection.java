package com.geokg.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;
import com.geokg.graph.PageInfo;

@Type("ClaimsConnection")
@Description("A page of claims with cursors (Relay connection).")
public record ClaimsConnection(@Ignore Connection connection) {

    @NonNull
    @Description("The claims of this page, in order.")
    public List<@NonNull ClaimEdge> getEdges() {
        return connection.edges(ClaimEdge::new);
    }

    @NonNull
    @Description("Cursors and whether there is more before or after.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many claims match in all, counted without fetching them.")
    public long getTotalCount() {
        return connection.totalCount();
    }
}
