package com.geokg.load;

import java.util.Objects;

/**
 * @param mode     how the load commits
 * @param force    load scripts even when a script with the same SHA-256 already loaded successfully
 * @param parallel in the default mode, how many consecutive batches of one shape (statements whose
 *                 text is the same once their literals are lifted) may run at once, each in its own
 *                 transaction: for scripts whose batches do not depend on each other's writes; 1 runs
 *                 every statement in order
 */
public record LoadOptions(LoadMode mode, boolean force, int parallel) {

    /** The most transactions at once a load may ask for. */
    public static final int MAX_PARALLEL = 16;

    public static final LoadOptions DEFAULT = new LoadOptions(LoadMode.DEFAULT, false);

    public LoadOptions {
        Objects.requireNonNull(mode, "mode");
        if (parallel < 1 || parallel > MAX_PARALLEL) {
            throw new IllegalArgumentException("parallel must be between 1 and " + MAX_PARALLEL + ", not " + parallel);
        }
        if (parallel > 1 && mode != LoadMode.DEFAULT) {
            throw new IllegalArgumentException("parallel batches apply to the default mode only, not to "
                    + (mode == LoadMode.ATOMIC ? "an atomic load (one transaction)" : "a dry run (nothing runs)"));
        }
    }

    public LoadOptions(LoadMode mode, boolean force) {
        this(mode, force, 1);
    }
}
