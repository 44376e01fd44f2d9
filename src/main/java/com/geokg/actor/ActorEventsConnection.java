package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;
import com.geokg.graph.PageInfo;

@Type("ActorEventsConnection")
@Description("A page of related nodes with the properties of each relationship (Relay connection).")
public record ActorEventsConnection(@Ignore Connection connection) {

    @NonNull
    @Description("The edges of this page, in order.")
    public List<@NonNull ActorEventsRelationship> getEdges() {
        return connection.edges(ActorEventsRelationship::new);
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
