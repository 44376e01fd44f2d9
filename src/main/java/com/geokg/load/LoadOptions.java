package com.geokg.load;

import java.util.Objects;

/**
 * @param mode  how the load commits
 * @param force load scripts even when a script with the same SHA-256 already loaded successfully
 */
public record LoadOptions(LoadMode mode, boolean force) {

    public static final LoadOptions DEFAULT = new LoadOptions(LoadMode.DEFAULT, false);

    public LoadOptions {
        Objects.requireNonNull(mode, "mode");
    }
}
