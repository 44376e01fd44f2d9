package com.geokg.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;
import com.geokg.graph.PageInfo;

@Type("SourcesConnection")
@Description("A page of sources with cursors (Relay connection).")
public record SourcesConnection(@Ignore Connection connection) {

    @NonNull
    @Description("The sources of this page, in order.")
    public List<@NonNull SourceEdge> getEdges() {
        return connection.edges(SourceEdge::new);
    }

    @NonNull
    @Description("Cursors and whether there is more before or after.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many sources match in all, counted without fetching them.")
    public long getTotalCount() {
        return connection.totalCount();
    }
}
