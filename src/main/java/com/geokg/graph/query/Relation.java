package com.geokg.graph.query;

/**
 * A GraphQL field that follows relationships. {@code pattern} and {@code condition} are fixed
 * Cypher from the model (never from a client) with placeholders: {@code {this}} the parent node,
 * {@code {that}} the node reached, {@code {rel}} the relationship whose properties an
 * {@link Edge} exposes, and {@code {v}} a prefix that keeps helper variables unique when the same
 * relation is nested in itself. A relation computed by a {@code @cypher} statement has no pattern
 * but the {@code cypher} statement, in which {@code this} is the parent node and {@code column}
 * the column of the nodes reached.
 *
 * @param targetType name of the {@link NodeType} reached
 * @param many a list field, or a single (nullable) one
 * @param edge the shape of the list's items when {@code edgeItems} ({@code participants { role actor }})
 * @param edgeItems the list's items are the relationships, not the nodes
 * @param connectionEdge the relationship's properties, shown under {@code properties} on the edges of
 *                       the relation's connection; null when it has no connection
 * @param throughCypher for a computed relation that rests on what it passes through ({@code @restsOn}):
 *                      its statement returning {@code column} and the list {@link #VIA} of those nodes; else null
 * @param when the relationship's property that dates it ({@code @when}), read by {@code asOf}; null when undated
 */
public record Relation(String name, String pattern, String condition, String targetType, boolean many, Edge edge,
                       boolean edgeItems, Edge connectionEdge, String cypher, String column, String throughCypher, String when) {

    /** The column of {@link #throughCypher} that lists the nodes a row passed through. */
    public static final String VIA = "kgVia";

    public Relation(String name, String pattern, String condition, String targetType, boolean many, Edge edge,
                    boolean edgeItems, Edge connectionEdge, String cypher, String column) {
        this(name, pattern, condition, targetType, many, edge, edgeItems, connectionEdge, cypher, column, null, null);
    }

    public Relation(String name, String pattern, String condition, String targetType, boolean many, Edge edge) {
        this(name, pattern, condition, targetType, many, edge, edge != null, edge, null, null);
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

    /** A list whose items are relationships: the edge's properties and the node at the other end. */
    public static Relation edges(String name, String pattern, String targetType, Edge edge) {
        return new Relation(name, pattern, null, targetType, true, edge, true, edge, null, null);
    }

    /** A list of nodes whose connection also shows the relationship's properties. */
    public static Relation withEdge(String name, String pattern, String targetType, Edge edge) {
        return new Relation(name, pattern, null, targetType, true, null, false, edge, null, null);
    }

    /** Nodes reached by a Cypher statement of the model. */
    public static Relation computed(String name, String cypher, String column, String targetType, boolean many) {
        return new Relation(name, null, null, targetType, many, null, false, null, cypher, column);
    }

    /** The same relation with these shapes of items and connection edges. */
    public Relation with(Edge items, Edge connection) {
        return new Relation(name, pattern, condition, targetType, many, items, items != null, connection, cypher, column, throughCypher, when);
    }

    /** The same computed relation, resting on what its statement passes through. */
    public Relation through(String statementWithVia) {
        return new Relation(name, pattern, condition, targetType, many, edge, edgeItems, connectionEdge, cypher, column, statementWithVia, when);
    }

    /** The same relation, dated by this property of its relationship (its pattern binds {@code {rel}}). */
    public Relation dated(String property) {
        return new Relation(name, pattern, condition, targetType, many, edge, edgeItems, connectionEdge, cypher, column, throughCypher, property);
    }

    public boolean isComputed() {
        return cypher != null;
    }
}
