package com.geokg.agreement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.Connection;
import com.geokg.graph.PageInfo;

@Type("AgreementsConnection")
@Description("A page of agreements with cursors (Relay connection).")
public record AgreementsConnection(@Ignore Connection connection) {

    @NonNull
    @Description("The agreements of this page, in order.")
    public List<@NonNull AgreementEdge> getEdges() {
        return connection.edges(AgreementEdge::new);
    }

    @NonNull
    @Description("Cursors and whether there is more before or after.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many agreements match in all, counted without fetching them.")
    public long getTotalCount() {
        return connection.totalCount();
    }
}
