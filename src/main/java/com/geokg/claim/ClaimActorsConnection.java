package com.geokg.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;
import com.geokg.graph.PageInfo;

@Type("ClaimActorsConnection")
@Description("A page of related nodes with the properties of each relationship (Relay connection).")
public record ClaimActorsConnection(@Ignore Connection connection) {

    @NonNull
    @Description("The edges of this page, in order.")
    public List<@NonNull ClaimActorsRelationship> getEdges() {
        return connection.edges(ClaimActorsRelationship::new);
    }

    @NonNull
    @Description("Cursors and whether there is more before or after.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many edges match in all, counted without fetching them.")
    public long getTotalCount() {
        return connection.totalCount();
    }
}
