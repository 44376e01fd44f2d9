package com.geokg.load;

import java.time.Duration;

/**
 * Follows a load as it runs, for progress bars and streamed HTTP responses. Called on the loading
 * thread; implementations should be quick and throttle their own output.
 */
public interface LoadListener {

    LoadListener NONE = new LoadListener() {
    };

    /** Validation reached statement {@code done} of {@code total}. */
    default void validating(int done, int total) {
    }

    /** A script is skipped because its checksum already loaded successfully. */
    default void skipped(ScriptSource source) {
    }

    /** Validation passed; {@code total} statements are about to run. */
    default void started(int total) {
    }

    /** A statement finished (not necessarily committed yet, inside {@code :begin} or an atomic load). */
    default void progress(Progress progress) {
    }

    /** The load ended, for any reason. */
    default void finished(LoadReport report) {
    }

    /**
     * @param done    statements run so far
     * @param total   statements to run
     * @param rows    nodes and relationships created or deleted so far
     * @param elapsed since the statements started running (validation excluded)
     * @param source  the script being run
     */
    record Progress(int done, int total, long rows, Duration elapsed, String source) {

        public double rowsPerSecond() {
            double s = elapsed.toNanos() / 1e9;
            return s <= 0 ? 0 : rows / s;
        }

        /** Estimated time left, from the statement rate so far; zero when unknown or done. */
        public Duration remaining() {
            if (done == 0 || done >= total) {
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) ((double) elapsed.toNanos() / done * (total - done)));
        }
    }
}
