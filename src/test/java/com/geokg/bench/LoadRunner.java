package com.geokg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Sends requests at a fixed concurrency: {@code threads} workers take request numbers from one
 * counter until {@code count} are done or {@code maxTime} has passed, whichever comes first. Only
 * the call itself is timed; each answer is then checked (outside the timed window, but inside the
 * worker's loop, so checking costs both sides the same client CPU). The first failed check stops
 * the run and is rethrown: a benchmark of wrong answers is worthless.
 */
final class LoadRunner {

    /** One request: returns the response bytes. */
    @FunctionalInterface
    interface Call {
        byte[] call() throws Exception;
    }

    /** Throws when a response is wrong. */
    @FunctionalInterface
    interface Check {
        void check(byte[] response) throws Exception;
    }

    /**
     * Latencies of completed requests, the wall time they took, and the CPU time that the processes
     * involved (benchmark JVM with Neo4j and the clients, and the service) spent meanwhile.
     */
    record Measurement(long[] latenciesNanos, long wallNanos, long cpuNanos, long serviceCpuNanos) {

        static Measurement merge(List<Measurement> parts) {
            long[] all = parts.stream().flatMapToLong(m -> Arrays.stream(m.latenciesNanos)).toArray();
            return new Measurement(all, parts.stream().mapToLong(Measurement::wallNanos).sum(),
                    parts.stream().mapToLong(Measurement::cpuNanos).sum(),
                    parts.stream().mapToLong(Measurement::serviceCpuNanos).sum());
        }

        /** The service process's share of {@link #cpuMillisPerRequest()}. */
        double serviceCpuMillisPerRequest() {
            return requests() == 0 ? Double.NaN : serviceCpuNanos / 1e6 / requests();
        }

        /** CPU milliseconds per request: unlike latency, hardly affected by other load on the machine. */
        double cpuMillisPerRequest() {
            return requests() == 0 ? Double.NaN : cpuNanos / 1e6 / requests();
        }

        int requests() {
            return latenciesNanos.length;
        }

        double perSecond() {
            return wallNanos == 0 ? 0 : requests() * 1e9 / wallNanos;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    private final ExecutorService workers;
    private final int threads;
    private final LongSupplier cpuNanos;
    private final LongSupplier serviceCpuNanos;

    /** {@code cpuNanos}: CPU time used so far by the processes under measurement; {@code serviceCpuNanos}: by the service alone. */
    LoadRunner(ExecutorService workers, int threads, LongSupplier cpuNanos, LongSupplier serviceCpuNanos) {
        this.workers = workers;
        this.threads = threads;
        this.cpuNanos = cpuNanos;
        this.serviceCpuNanos = serviceCpuNanos;
    }

    Measurement run(Call call, Check check, int count, Duration maxTime) throws Exception {
        long[] latencies = new long[count];
        var next = new AtomicInteger();
        var done = new AtomicInteger();
        var failure = new AtomicReference<Exception>();
        long cpuStart = cpuNanos.getAsLong();
        long serviceCpuStart = serviceCpuNanos.getAsLong();
        long start = System.nanoTime();
        long deadline = start + maxTime.toNanos();
        Callable<Void> worker = () -> {
            while (failure.get() == null && System.nanoTime() < deadline) {
                int i = next.getAndIncrement();
                if (i >= count) {
                    break;
                }
                try {
                    long t0 = System.nanoTime();
                    byte[] response = call.call();
                    latencies[i] = System.nanoTime() - t0;
                    check.check(response);
                    done.incrementAndGet();
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }
            return null;
        };
        var futures = new ArrayList<Future<Void>>();
        for (int t = 0; t < threads; t++) {
            futures.add(workers.submit(worker));
        }
        for (Future<Void> f : futures) {
            f.get();
        }
        long wall = System.nanoTime() - start;
        long cpu = cpuNanos.getAsLong() - cpuStart;
        long serviceCpu = serviceCpuNanos.getAsLong() - serviceCpuStart;
        if (failure.get() != null) {
            throw failure.get();
        }
        int completed = Math.min(count, done.get());
        // the slots taken are exactly the completed ones when nothing failed
        return new Measurement(Arrays.copyOf(latencies, completed), wall, cpu, serviceCpu);
    }
}
