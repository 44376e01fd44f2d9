package com.geokg.graph.query;

/**
 * A GraphQL field that follows relationships. {@code pattern} and {@code condition} are fixed
 * Cypher written by us (never by a client) with placeholders: {@code {this}} the parent node,
 * {@code {that}} the node reached, {@code {rel}} the relationship whose properties an
 * {@link Edge} exposes, and {@code {v}} a prefix that keeps helper variables unique when the same
 * relation is nested in itself.
 *
 * @param targetType name of the {@link NodeType} reached
 * @param many a list field, or a single (nullable) one
 * @param edge non-null when items are relationships with properties
 */
public record Relation(String name, String pattern, String condition, String targetType, boolean many, Edge edge) {

    public static Relation many(String name, String pattern, String targetType) {
        return new Relation(name, pattern, null, targetType, true, null);
    }

    public static Relation many(String name, String pattern, String condition, String targetType) {
        return new Relation(name, pattern, condition, targetType, true, null);
    }

    public static Relation one(String name, String pattern, String targetType) {
        return new Relation(name, pattern, null, targetType, false, null);
    }

    public static Relation edges(String name, String pattern, String targetType, Edge edge) {
        return new Relation(name, pattern, null, targetType, true, edge);
    }
}
