package com.geokg.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Starting and stopping the benchmark's server subprocesses (the service, the library's Node server): by their own handles only. */
final class Subprocesses {

    private Subprocesses() {
    }

    /** Sends {@code probe} every 250 ms until it answers 200, within {@code timeout}; fails early if {@code process} exits. */
    static void awaitReady(Process process, String what, Path log, HttpClient http, HttpRequest probe, Duration timeout)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(what + " was not ready within " + timeout + "; see " + log);
    }

    /** Asks {@code process} to stop, and forces it after {@code timeout}. */
    static void stop(Process process, Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
