package com.geokg.graph.query;

import java.util.Map;

/**
 * A relation whose items are relationships, not nodes: each item is a GraphQL object holding the
 * relationship's properties ({@code role}) and the node at the other end under {@code nodeField}
 * ({@code actor}). {@code Participation} is the example.
 */
public record Edge(String typeName, Map<String, ScalarField> properties, String nodeField) {
}
