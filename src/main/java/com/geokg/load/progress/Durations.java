package com.geokg.load.progress;

import java.time.Duration;

final class Durations {

    private Durations() {
    }

    /** {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
