package com.geokg.graph.query;

import java.util.Map;

/** A statement and its parameters: every client value travels in {@code parameters}. */
public record CypherStatement(String cypher, Map<String, Object> parameters) {
}
