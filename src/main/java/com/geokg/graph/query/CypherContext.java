package com.geokg.graph.query;

import java.util.HashMap;
import java.util.Map;

/** Parameter names and variable numbers of one statement being built. */
final class CypherContext {

    private final Map<String, Object> params = new HashMap<>();
    private int counter;

    String param(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return "$" + name;
    }

    int next() {
        return ++counter;
    }

    Map<String, Object> params() {
        return params;
    }
}
