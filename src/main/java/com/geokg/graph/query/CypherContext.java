package com.geokg.graph.query;

import java.util.HashMap;
import java.util.Map;

/** Parameter names and variable numbers of one statement being built. */
final class CypherContext {

    private final Map<String, Object> params = new HashMap<>();
    private int counter;
    private boolean computed;

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
