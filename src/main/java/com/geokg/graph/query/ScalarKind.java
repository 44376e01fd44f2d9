package com.geokg.graph.query;

/** How a GraphQL scalar field is stored, which decides the filter operators it accepts. */
public enum ScalarKind {
    ID, STRING, STRING_LIST, INT, FLOAT, BOOLEAN, DATE, ENUM;

    boolean ordered() {
        return this == INT || this == FLOAT || this == DATE;
    }

    boolean textual() {
        return this == ID || this == STRING;
    }
}
