package com.geokg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service under hostile and sustained load, on 127.0.0.1 only, every loop bounded in time and
 * count ({@code -Dbench.mode=hostile} or {@code soak}, with {@code -Dbench.clients} and
 * {@code -Dbench.soakSeconds}).
 *
 * <p><b>hostile</b>: {@code clients} threads send the hostile request over and over while
 * one thread sends a small query all along; then the same with the cost budget raised so far that
 * every hostile request runs, to show the transaction timeout stopping them in Neo4j. Reports the
 * hostile requests' outcomes by code, the small query's latencies and failures, the service's
 * largest RSS and heap, and how soon after the storm the small query answers.
 *
 * <p><b>soak</b>: {@code clients} threads for {@code soakSeconds}, each request drawn from a mix:
 * the four benchmark reads, the small query, a write (a new place, as an editor) and the hostile
 * request. Reports every outcome by kind and code (an error is unexpected unless it is the hostile
 * request's COST_LIMIT), the small query's p50 and p99, and RSS and heap at the start and the end.
 */
final class Soak {

    static final String HOSTILE = "{ actors(limit: 1000) { id events { id participants { actor { id events { id participants { actor { id } } } } } } } }";
    static final String SMALL = "{ state(id: \"state-1\") { name } }";
    private static final Pattern CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");
    private static final String EDITOR_PASSWORD = "soak-editor-secret";
    private static final int MAX_REQUESTS_PER_CLIENT = 1_000_000;

    private Soak() {
    }

    static String run(BenchConfig config, String bolt, List<BenchQuery> reads) throws Exception {
        int clients = Integer.getInteger("bench.clients", 32);
        int seconds = Integer.getInteger("bench.soakSeconds", 60);
        String mode = System.getProperty("bench.mode", "compare");
        var out = new StringBuilder();
        if (mode.equals("hostile")) {
            out.append(hostile(config, bolt, clients, seconds, List.of(), "default limits"));
            out.append(hostile(config, bolt, clients, seconds, List.of("-Dkg.limits.max-cost=1000000000000"),
                    "cost budget raised to 10^12, so that every hostile request runs"));
        } else {
            out.append(soak(config, bolt, clients, seconds, reads));
        }
        return out.toString();
    }

    private static String hostile(BenchConfig config, String bolt, int clients, int seconds, List<String> jvmArgs, String title) throws Exception {
        try (var s = Service.start(config, bolt, jvmArgs)) {
            var outcomes = new ConcurrentHashMap<String, LongAdder>();
            var small = Collections.synchronizedList(new ArrayList<Long>());
            var smallFailures = new ConcurrentHashMap<String, LongAdder>();
            ExecutorService pool = Executors.newFixedThreadPool(clients + 2);
            Instant end = Instant.now().plusSeconds(seconds);
            var futures = new ArrayList<Future<?>>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && Instant.now().isBefore(end); i++) {
                        outcomes.computeIfAbsent(s.outcome(HOSTILE, false), k -> new LongAdder()).increment();
                    }
                    return null;
                }));
            }
            futures.add(pool.submit(() -> {
                for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && Instant.now().isBefore(end); i++) {
                    long t0 = System.nanoTime();
                    String o = s.outcome(SMALL, false);
                    if (o.equals("ok")) {
                        small.add(System.nanoTime() - t0);
                    } else {
                        smallFailures.computeIfAbsent(o, k -> new LongAdder()).increment();
                    }
                    Thread.sleep(20);
                }
                return null;
            }));
            var memory = new Memory(s);
            while (Instant.now().isBefore(end)) {
                memory.sample();
                Thread.sleep(500);
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdownNow();
            // how soon the small query answers after the storm
            Instant after = Instant.now();
            String o = "";
            for (int i = 0; i < 600 && !(o = s.outcome(SMALL, false)).equals("ok"); i++) {
                Thread.sleep(100);
            }
            double recovered = Duration.between(after, Instant.now()).toMillis() / 1000.0;
            memory.sample();
            return "\n### hostile: " + title + "\n\n" + clients + " clients sending the hostile request for " + seconds
                    + " s, one client sending `" + SMALL + "` every 20 ms.\n\n"
                    + "| hostile outcome | requests |\n| --- | ---: |\n" + table(outcomes)
                    + "\nsmall query: " + small.size() + " answered, failures " + new TreeMap<>(counts(smallFailures)) + ", " + percentiles(small)
                    + "\n\nservice: largest RSS " + memory.maxRssMiB + " MiB, largest heap used " + memory.maxHeapMiB + " MiB; "
                    + "the small query answered " + recovered + " s after the storm (" + o + ")\n";
        }
    }

    private static String soak(BenchConfig config, String bolt, int clients, int seconds, List<BenchQuery> reads) throws Exception {
        try (var s = Service.start(config, bolt, List.of())) {
            var outcomes = new ConcurrentHashMap<String, LongAdder>();
            var small = Collections.synchronizedList(new ArrayList<Long>());
            var written = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            var memory = new Memory(s);
            // the first 10 s of samples against the last 10 s
            Instant end = Instant.now().plusSeconds(seconds);
            var futures = new ArrayList<Future<?>>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && Instant.now().isBefore(end); i++) {
                        int draw = random.nextInt(100);
                        String kind;
                        String outcome;
                        if (draw < 60) {
                            BenchQuery q = reads.get(random.nextInt(reads.size()));
                            kind = "read " + q.name().substring(0, 1);
                            outcome = s.outcome(new String(Json.write(Map.of("query", q.graphql(), "variables", q.variables())),
                                    StandardCharsets.UTF_8), true, false);
                        } else if (draw < 80) {
                            kind = "small";
                            long t0 = System.nanoTime();
                            outcome = s.outcome(SMALL, false);
                            if (outcome.equals("ok")) {
                                small.add(System.nanoTime() - t0);
                            }
                        } else if (draw < 95) {
                            kind = "write";
                            long n = written.incrementAndGet();
                            outcome = s.outcome("mutation { createPlace(input: { id: \"soak-" + n + "\", name: \"Soak " + n + "\" }) { id } }", true);
                        } else {
                            kind = "hostile";
                            outcome = s.outcome(HOSTILE, false);
                        }
                        outcomes.computeIfAbsent(kind + ": " + outcome, k -> new LongAdder()).increment();
                    }
                    return null;
                }));
            }
            Instant started = Instant.now();
            while (Instant.now().isBefore(end)) {
                memory.sample();
                if (Duration.between(started, Instant.now()).toSeconds() < 10) {
                    memory.markStart();
                }
                Thread.sleep(500);
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdownNow();
            long unexpected = outcomes.entrySet().stream()
                    .filter(e -> !e.getKey().endsWith(": ok") && !e.getKey().equals("hostile: COST_LIMIT"))
                    .mapToLong(e -> e.getValue().sum()).sum();
            return "\n### soak\n\n" + clients + " clients for " + seconds + " s: 60% the four benchmark reads, 20% `" + SMALL
                    + "`, 15% writes (a new place each, as an editor), 5% the hostile request.\n\n"
                    + "| kind: outcome | requests |\n| --- | ---: |\n" + table(outcomes)
                    + "\nunexpected errors: " + unexpected + "\n\nsmall query: " + percentiles(small)
                    + "\n\nservice RSS: " + memory.startRssMiB + " MiB in the first 10 s (largest), " + memory.lastRssMiB
                    + " MiB at the end, largest " + memory.maxRssMiB + " MiB; heap used: largest " + memory.maxHeapMiB + " MiB, "
                    + memory.lastHeapMiB + " MiB at the end\n";
        }
    }

    private static String table(Map<String, LongAdder> outcomes) {
        var sb = new StringBuilder();
        new TreeMap<>(counts(outcomes)).forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        return sb.toString();
    }

    private static Map<String, Long> counts(Map<String, LongAdder> m) {
        var out = new TreeMap<String, Long>();
        m.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    private static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "no answers";
        }
        var sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return "p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d answers".formatted(sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6, sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }

    /** The service's RSS (from /proc) and heap (from its metrics), sampled. */
    private static final class Memory {
        private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.eE+]+)");
        private final Service s;
        long maxRssMiB;
        long startRssMiB;
        long lastRssMiB;
        long maxHeapMiB;
        long lastHeapMiB;

        Memory(Service s) {
            this.s = s;
        }

        void sample() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + s.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        lastRssMiB = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                        maxRssMiB = Math.max(maxRssMiB, lastRssMiB);
                    }
                }
                String metrics = s.get("/q/metrics");
                Matcher m = HEAP.matcher(metrics);
                double heap = 0;
                while (m.find()) {
                    heap += Double.parseDouble(m.group(1));
                }
                lastHeapMiB = (long) (heap / (1024 * 1024));
                maxHeapMiB = Math.max(maxHeapMiB, lastHeapMiB);
            } catch (Exception e) {
                // a sample missed: the next one counts
            }
        }

        void markStart() {
            startRssMiB = Math.max(startRssMiB, lastRssMiB);
        }
    }

    /** The packaged service on the benchmark's Neo4j, with an editor, and a plain HTTP client to it. */
    private static final class Service implements AutoCloseable {
        private final ServiceUnderTest process;
        private final int port;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        private Service(ServiceUnderTest process, int port) {
            this.process = process;
            this.port = port;
        }

        static Service start(BenchConfig config, String bolt, List<String> jvmArgs) throws Exception {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            var args = new ArrayList<>(config.serviceJvmArgs());
            args.addAll(jvmArgs);
            args.add("-Dquarkus.security.users.embedded.users.editor=" + EDITOR_PASSWORD);
            var p = ServiceUnderTest.start(config.jar(), bolt, port, config.out().resolve("service-soak.log"), false, args);
            var s = new Service(p, port);
            p.awaitReady(s.http);
            return s;
        }

        long pid() {
            return process.pid();
        }

        String outcome(String query, boolean editor) {
            return outcome(new String(Json.write(Map.of("query", query)), StandardCharsets.UTF_8), true, editor);
        }

        /** "ok", the first error code, "HTTP <status>", or the kind of exception. */
        String outcome(String body, boolean isBody, boolean editor) {
            try {
                var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql")).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json");
                if (editor) {
                    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("editor:" + EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8)));
                }
                HttpResponse<String> r = http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = CODE.matcher(r.body().length() > 4096 ? r.body().substring(0, 4096) : r.body());
                if (m.find()) {
                    return m.group(1);
                }
                return r.statusCode() == 200 ? "ok" : "HTTP " + r.statusCode();
            } catch (IOException e) {
                return e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }

        String get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }

        @Override
        public void close() throws InterruptedException {
            process.close();
        }
    }
}
