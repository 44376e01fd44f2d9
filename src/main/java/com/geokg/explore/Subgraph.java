package com.geokg.explore;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Subgraph")
@Description("Nodes and the relationships between them: draw `nodes` as vertices and `relationships` as edges.")
public record Subgraph(
        @NonNull @Description("The node it was asked around (`NOT_FOUND` when no node has that id).") GraphNode center,
        @NonNull @Description("The nodes, the center first, then by distance from it.") List<@NonNull GraphNode> nodes,
        @NonNull @Description("Every relationship found between two of the nodes.") List<@NonNull GraphRelationship> relationships,
        @NonNull @Description("True when there was more than `limit` allowed: ask again with a larger `limit`, fewer `types` or a "
                + "smaller `depth`, or expand a node of the answer.") boolean capped) {
}
