package com.geokg.graph.query;

/** A GraphQL scalar field backed by one node (or relationship) property. */
public record ScalarField(String name, String property, ScalarKind kind) {

    public static ScalarField of(String name, ScalarKind kind) {
        return new ScalarField(name, name, kind);
    }
}
