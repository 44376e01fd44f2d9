package com.geokg.graph.query;

import java.util.HashMap;
import java.util.Map;

/** Parameter names and variable numbers of one statement being built. */
final class CypherContext {

    private final Map<String, Object> params = new HashMap<>();
    private final Map<String, java.util.function.Function<String, String>> through = new HashMap<>();
    private int counter;
    private boolean computed;
    private String asOf;
    private final Map<String, String> statusOf = new HashMap<>();

    /** The variable holding the as-of status of the claim in {@code var}, computed before its projection; null when none is. */
    String statusOf(String var) {
        return statusOf.get(var);
    }

    void statusOf(String var, String variable) {
        statusOf.put(var, variable);
    }

    /** The date (a parameter) the lists being projected are read as of, inherited by the lists inside them; null for now. */
    String asOf() {
        return asOf;
    }

    /** Sets {@link #asOf()} and answers the one it replaces, for the caller to put back. */
    String asOf(String date) {
        String before = asOf;
        asOf = date;
        return before;
    }

    /**
     * For a node reached by a traversal ({@code @restsOn}): the clauses that bind, row by row, each
     * node the traversal passed through to reach it, to the variable they are given; null otherwise.
     */
    java.util.function.Function<String, String> through(String var) {
        return through.get(var);
    }

    void through(String var, java.util.function.Function<String, String> clauses) {
        through.put(var, clauses);
    }

    String param(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return "$" + name;
    }

    int next() {
        return ++counter;
    }

    /** The statement holds a field computed by the model's Cypher. */
    void markComputed() {
        computed = true;
    }

    boolean computed() {
        return computed;
    }

    Map<String, Object> params() {
        return params;
    }
}
