package com.geokg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's knobs, read from {@code -Dbench.*} system properties (the {@code bench} Maven
 * profile passes them on). Every loop of the benchmark is bounded by {@link #requests} and
 * {@link #maxPhase}, so a slow or hung service cannot keep it running.
 *
 * @param n           size of the synthetic graph: n states, 10n actors, 5n agreements, 50n events, 20n claims
 * @param threads     client threads, the same for GraphQL and raw Cypher
 * @param warmup      requests per query and side before measuring (JIT, page cache, plan cache)
 * @param requests    measured requests per query and side
 * @param maxPhase    upper bound on the wall time of measuring one query on one side (its warm-up gets half of it)
 * @param seed        seed of the graph generator: the same n and seed give the same graph
 * @param pageCacheMiB page cache of the in-process Neo4j
 * @param logCypher   start the service with debug logging of its compiled Cypher (slows it down: for diagnosis
 *                    only), and check that {@link CompiledStatements} match what it logs
 * @param profile     write {@code PROFILE}s of the hand-written and the compiled statements to {@code out}
 * @param serviceJvmArgs extra JVM options of the service, space-separated (e.g. a flight recording)
 * @param queries     the letters of the queries to run ({@code a,d}); empty for all (diagnosis: the README's figures are of all four)
 * @param jar         the packaged service, {@code target/quarkus-app/quarkus-run.jar}
 * @param out         where the results table and the service log go
 * @param library     also run the Neo4j GraphQL Library (a Node process, {@link LibraryServer}) as a third side
 * @param libraryDir  the Node project of that side, {@code src/test/neo4j-graphql-library}
 * @param libraryWorkers Node processes of that side: 1 (the library's documented setup) or more (node:cluster, one event loop each)
 */
record BenchConfig(int n, int threads, int warmup, int requests, Duration maxPhase, long seed, int pageCacheMiB,
                   boolean logCypher, boolean profile, List<String> serviceJvmArgs, List<String> queries, Path jar, Path out,
                   boolean library, Path libraryDir, int libraryWorkers) {

    static BenchConfig fromSystemProperties() {
        return new BenchConfig(
                Integer.getInteger("bench.n", 200),
                Integer.getInteger("bench.threads", 4),
                Integer.getInteger("bench.warmup", 10000),
                Integer.getInteger("bench.requests", 1000),
                Duration.ofSeconds(Integer.getInteger("bench.maxSeconds", 60)),
                Long.getLong("bench.seed", 42L),
                Integer.getInteger("bench.pageCacheMiB", 1024),
                Boolean.getBoolean("bench.logCypher"),
                Boolean.getBoolean("bench.profile"),
                Arrays.stream(System.getProperty("bench.serviceJvmArgs", "").trim().split("\\s+")).filter(a -> !a.isEmpty()).toList(),
                Arrays.stream(System.getProperty("bench.queries", "").split(",")).map(String::trim).filter(q -> !q.isEmpty()).toList(),
                Path.of(System.getProperty("bench.jar", "target/quarkus-app/quarkus-run.jar")),
                Path.of(System.getProperty("bench.out", "target/bench")),
                Boolean.getBoolean("bench.library"),
                Path.of(System.getProperty("bench.libraryDir", "src/test/neo4j-graphql-library")),
                Integer.getInteger("bench.libraryWorkers", 1));
    }

    BenchConfig {
        if (n < 1 || threads < 1 || warmup < 0 || requests < 1 || libraryWorkers < 1) {
            throw new IllegalArgumentException("bench.n, bench.threads, bench.requests and bench.libraryWorkers must be positive, bench.warmup not negative");
        }
    }
}
