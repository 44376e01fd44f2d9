package com.geokg.load;

/** How a load commits. */
public enum LoadMode {
    /**
     * Like cypher-shell: each statement commits on its own (statements between {@code :begin} and
     * {@code :commit} together); a failure stops the load, and the statements before it stay committed.
     */
    DEFAULT,
    /** The whole load (every script) in one transaction: all of it commits, or none of it. */
    ATOMIC,
    /** Parse and validate only; nothing is written, not even the load history. */
    DRY_RUN
}
