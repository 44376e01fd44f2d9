package com.geokg.support;

import java.time.Duration;
import java.time.Instant;

/** Waits for a condition, bounded in time and in tries: for states that settle (a statement terminated, a service back). */
public final class Eventually {

    @FunctionalInterface
    public interface Check {
        boolean holds() throws Exception;
    }

    private Eventually() {
    }

    /** Whether the check holds within 60 s, tried every {@code pauseMillis} and at most 600 times. */
    public static boolean eventually(Check check, long pauseMillis) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        for (int i = 0; i < 600 && Instant.now().isBefore(deadline); i++) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(pauseMillis);
        }
        return false;
    }
}
