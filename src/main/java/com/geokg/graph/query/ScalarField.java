package com.geokg.graph.query;

/**
 * A GraphQL scalar field backed by one node (or relationship) property, or computed by a Cypher
 * statement of the model ({@code cypher} with {@code column}; such fields are read, never
 * filtered, sorted or written).
 */
public record ScalarField(String name, String property, ScalarKind kind, InputRules rules, String cypher, String column,
                          boolean list) {

    public static ScalarField of(String name, ScalarKind kind) {
        return new ScalarField(name, name, kind, InputRules.NONE, null, null, false);
    }

    public static ScalarField stored(String name, String property, ScalarKind kind, InputRules rules) {
        return new ScalarField(name, property, kind, rules, null, null, false);
    }

    public static ScalarField computed(String name, ScalarKind kind, String cypher, String column, boolean list) {
        return new ScalarField(name, name, kind, InputRules.NONE, cypher, column, list);
    }

    public boolean isComputed() {
        return cypher != null;
    }
}
