package com.geokg.graph;

/**
 * The service cannot start, for a reason the operator can fix (a taken port, a locked store, an
 * unreachable Neo4j). Logged as one line, then the process exits non-zero without a stack trace.
 */
public final class StartupFailure extends KgException {

    public StartupFailure(String message) {
        super(message);
    }

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
