package com.geokg.place;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;
import com.geokg.graph.PageInfo;

@Type("PlacesConnection")
@Description("A page of places with cursors (Relay connection).")
public record PlacesConnection(@Ignore Connection connection) {

    @NonNull
    @Description("The places of this page, in order.")
    public List<@NonNull PlaceEdge> getEdges() {
        return connection.edges(PlaceEdge::new);
    }

    @NonNull
    @Description("Cursors and whether there is more before or after.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many places match in all, counted without fetching them.")
    public long getTotalCount() {
        return connection.totalCount();
    }
}
