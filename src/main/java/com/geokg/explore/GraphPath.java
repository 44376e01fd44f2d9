package com.geokg.explore;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Path")
@Description("One shortest path between two nodes: its nodes in order, its relationships as stored, and a sentence that reads it.")
public record GraphPath(
        @NonNull @Description("How many relationships it crosses.") int length,
        @NonNull @Description("Each relationship as \"start TYPE end\" in its stored direction, joined by \"; \": \"North Korea PARTY_TO "
                + "Russia-North Korea mutual defence pact; Russia PARTY_TO Russia-North Korea mutual defence pact\".") String sentence,
        @NonNull @Description("Its nodes, from `from` to `to`.") List<@NonNull GraphNode> nodes,
        @NonNull @Description("Its relationships, in path order (each keeps its own direction: `start` and `end`).") List<@NonNull GraphRelationship> relationships) {
}
