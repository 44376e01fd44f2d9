package com.geokg.graph.execution;

/**
 * This request, or one value of its answer, is outside what the compiled path writes itself: the
 * request goes to SmallRye GraphQL's general executor, which answers it (or reports the error)
 * the standard way. Never reaches a client.
 */
public final class NotCompilable extends RuntimeException {

    NotCompilable(String reason) {
        super(reason, null, false, false);
    }
}
