package com.geokg.graph;

import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The service cannot start, for a reason the operator can fix (a taken port, a locked store, an
 * unreachable Neo4j). Reported as one line, then the process exits non-zero without a stack trace.
 */
public final class StartupFailure extends KgException {

    /**
     * What to throw from a start-up observer. Quarkus prints a {@link ConfigurationException}'s
     * message alone on stderr and exits with status 1; any other exception is logged with its stack
     * trace, which buries the one line the operator needs.
     */
    public ConfigurationException toStartupError() {
        return new ConfigurationException("GeoKG cannot start: " + getMessage());
    }

    public StartupFailure(String message) {
        super(message);
    }

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
