package com.geokg.http;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.vertx.core.Vertx;

/**
 * The bound on operations that run at once. An operation takes a slot before its first statement
 * and gives it back when its answer is written (or the client has gone). When every slot is taken
 * it waits in a bounded queue, first come first served, for at most the queue timeout; a full
 * queue or a wait that times out is refused at once ({@code 503 OVERLOADED} with
 * {@code Retry-After}), so excess load costs a few microseconds instead of piling up in memory.
 */
final class Admission {

    /** Refused: no slot in time. */
    static final class Overloaded extends RuntimeException {
        Overloaded(String message) {
            super(message, null, false, false);
        }
    }

    private final int slots;
    private final int maxQueued;
    private final long timeoutMillis;
    private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
    private int running;
    private long refused;

    private static final class Waiter {
        final CompletableFuture<Void> granted = new CompletableFuture<>();
        long timer = -1;
    }

    Admission(int slots, int maxQueued, long timeoutMillis) {
        this.slots = Math.max(1, slots);
        this.maxQueued = Math.max(0, maxQueued);
        this.timeoutMillis = Math.max(1, timeoutMillis);
    }

    /** Completes when the caller holds a slot, which it must {@link #release()}; fails with {@link Overloaded}. */
    CompletionStage<Void> acquire(Vertx vertx) {
        Waiter waiter;
        synchronized (this) {
            if (running < slots) {
                running++;
                return CompletableFuture.completedFuture(null);
            }
            if (queue.size() >= maxQueued) {
                refused++;
                return CompletableFuture.failedFuture(new Overloaded(
                        "the service is running %d operations and has %d waiting, its limits; retry in a moment".formatted(running, queue.size())));
            }
            waiter = new Waiter();
            queue.add(waiter);
        }
        waiter.timer = vertx.setTimer(timeoutMillis, id -> {
            boolean removed;
            synchronized (this) {
                removed = queue.remove(waiter);
                if (removed) {
                    refused++;
                }
            }
            if (removed) {
                waiter.granted.completeExceptionally(new Overloaded(
                        "no free slot within %d ms: the service is at its limit of %d operations at once; retry in a moment"
                                .formatted(timeoutMillis, slots)));
            }
        });
        return waiter.granted.thenApply(v -> {
            vertx.cancelTimer(waiter.timer);
            return null;
        });
    }

    void release() {
        Waiter next;
        synchronized (this) {
            next = queue.poll();
            if (next == null) {
                running--;
                return;
            }
        }
        next.granted.complete(null); // the slot passes to the next in line
    }

    synchronized int running() {
        return running;
    }

    synchronized int queued() {
        return queue.size();
    }

    synchronized long refused() {
        return refused;
    }
}
