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
 * @param edge the relationship's properties, exposed under {@code properties} in the relation's connection
 * @param edgeItems the list's items are the relationships ({@code participants { role actor }}), not the nodes
 */
public record Relation(String name, String pattern, String condition, String targetType, boolean many, Edge edge,
                       boolean edgeItems) {

    public Relation(String name, String pattern, String condition, String targetType, boolean many, Edge edge) {
        this(name, pattern, condition, targetType, many, edge, edge != null);
    }

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
        return new Relation(name, pattern, null, targetType, true, edge, true);
    }

    /** A list of nodes whose connection also shows the relationship's properties. */
    public static Relation withEdge(String name, String pattern, String targetType, Edge edge) {
        return new Relation(name, pattern, null, targetType, true, edge, false);
    }
}
