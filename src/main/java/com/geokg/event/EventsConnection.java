package com.geokg.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;
import com.geokg.graph.PageInfo;

@Type("EventsConnection")
@Description("A page of events with cursors (Relay connection).")
public record EventsConnection(@Ignore Connection connection) {

    @NonNull
    @Description("The events of this page, in order.")
    public List<@NonNull EventEdge> getEdges() {
        return connection.edges(EventEdge::new);
    }

    @NonNull
    @Description("Cursors and whether there is more before or after.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many events match in all, counted without fetching them.")
    public long getTotalCount() {
        return connection.totalCount();
    }
}
