package com.geokg.load.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import com.geokg.bench.GraphScript;

/**
 * Loads one generated script of 43,000 nodes and relationships (43 {@code UNWIND} batches of 1,000
 * rows), or with {@code --graph N} the graph benchmark's synthetic graph of size N (the project's
 * schema script first, then its statements in batches of 1,000 rows: at N=2000, 836,752 records),
 * into a fresh Neo4j 5.26 (neo4j-harness, same settings every time) three ways and prints the
 * rates side by side:
 * <ol>
 *   <li>cypher-shell 5.26.30 with {@code -f}, as a separate process; its JVM start-up, measured on a
 *       one-statement script, is subtracted so that only loading counts;</li>
 *   <li>the Java driver sending each batch's rows as a {@code $rows} parameter, one transaction per batch
 *       (the same statements, written by hand: the ceiling for a script loader);</li>
 *   <li>this project's loader on the script text: parse, lift literals, validate, run, record history.</li>
 * </ol>
 * Before measuring, one driver load into a throw-away database warms the JIT of the shared JVM. The
 * driver and loader runs alternate for {@code --rounds} rounds; the median counts.
 *
 * <p>Run it with {@code bench/run-benchmark.sh} (see README.md, "Bulk loading").
 */
public final class LoaderBenchmark {

    static final int BATCH = 1000;
    /** Records of the generated graph ({@code --graph}), as its first load wrote them; -1 before. */
    private static long expectedRecords = -1;

    /** Run before each load: id constraints for the 43,000-record script, the project's schema script for {@code --graph}. */
    static List<String> schema = List.of(
        "CREATE CONSTRAINT bench_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT bench_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT bench_claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE");

    /** One statement shape and its batches of rows. */
    record Part(String shape, List<List<Map<String, Object>>> batches, long recordsPerRow) {
    }

    public static void main(String[] args) throws Exception {
        String cypherShellClasspath = null;
        int rounds = 3;
        int graph = 0;
        int parallel = 1;
        Path work = Path.of("target/bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cypher-shell-classpath" -> cypherShellClasspath = args[++i];
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--graph" -> graph = Integer.parseInt(args[++i]);
                case "--parallel" -> parallel = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(work);
        List<Part> parts;
        Path script;
        if (graph > 0) { // the graph benchmark's synthetic graph of size N, with the project's schema script first
            var graphParts = GraphScript.parts(graph, 42);
            parts = graphParts.stream().map(p -> new Part(p.statement(), p.batches(), 0)).toList();
            script = work.resolve("graph-n" + graph + ".cypher");
            GraphScript.write(graphParts, script, "the graph benchmark's synthetic graph, N=" + graph);
            schema = GraphScript.schema();
            cypherShellClasspath = null; // it plans every literal batch anew: an hour for this script
        } else {
            parts = generate();
            script = work.resolve("bench-43k.cypher");
            GraphScript.write(parts.stream().map(p -> new GraphScript.Part(p.shape(), p.batches())).toList(), script,
                    "LoaderBenchmark, 43,000 nodes and relationships");
        }
        long expected = graph > 0 ? -1
                : parts.stream().mapToLong(p -> p.batches().stream().mapToLong(List::size).sum() * p.recordsPerRow()).sum();
        Path oneStatement = work.resolve("one-statement.cypher");
        Files.writeString(oneStatement, "RETURN 1;\n");
        System.out.printf(Locale.ROOT, "script: %s, %,d statements, %s records, %,d bytes%n", script,
                parts.stream().mapToInt(p -> p.batches().size()).sum(),
                expected < 0 ? "(as the first load counts them)" : String.format(Locale.ROOT, "%,d", expected), Files.size(script));

        // warm-up: the JIT of this JVM (where Neo4j runs) should not favour whoever runs last
        measure("warm-up (driver)", expected, uri -> driverLoad(uri, parts));
        measure("warm-up (kg-load)", expected, uri -> loaderLoad(uri, script, 1));

        double shell = Double.NaN;
        if (cypherShellClasspath != null) {
            String cp = cypherShellClasspath;
            shell = measure("cypher-shell 5.26.30", expected, uri -> {
                long startup = cypherShell(cp, uri, oneStatement);
                long total = cypherShell(cp, uri, script);
                System.out.printf(Locale.ROOT, "  cypher-shell: %.1f s in all, of which JVM start-up and connect %.1f s%n",
                        total / 1e9, startup / 1e9);
                return total - startup;
            });
        }
        List<Double> driverRates = new ArrayList<>();
        List<Double> loaderRates = new ArrayList<>();
        List<Double> parallelRates = new ArrayList<>();
        int n = parallel;
        for (int r = 1; r <= rounds; r++) {
            driverRates.add(measure("driver, parameters (round " + r + ")", expected, uri -> driverLoad(uri, parts)));
            loaderRates.add(measure("kg-load (round " + r + ")", expected, uri -> loaderLoad(uri, script, 1)));
            if (n > 1) {
                parallelRates.add(measure("kg-load --parallel " + n + " (round " + r + ")", expected, uri -> loaderLoad(uri, script, n)));
            }
        }
        double driver = median(driverRates);
        double loader = median(loaderRates);
        System.out.println();
        System.out.println("| method | records/s | vs cypher-shell | vs driver |");
        System.out.println("| --- | ---: | ---: | ---: |");
        row("cypher-shell 5.26.30 (`-f`, literal batches)", shell, shell, driver);
        row("Java driver 6, `$rows` parameters (median of " + rounds + ")", driver, shell, driver);
        row("kg-load (median of " + rounds + ")", loader, shell, driver);
        if (n > 1) {
            row("kg-load --parallel " + n + " (median of " + rounds + ")", median(parallelRates), shell, driver);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "targets: kg-load >= 4x cypher-shell: %s; kg-load >= 80%% of driver: %s%n",
                Double.isNaN(shell) ? "not measured" : loader >= 4 * shell ? "MET" : "NOT MET",
                loader >= 0.8 * driver ? "MET" : "NOT MET");
    }

    // ------------------------------------------------------------------ the data

    static List<Part> generate() {
        var actors = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 1000; i++) {
            actors.add(row("id", "bench-actor-" + i, "name", "Actor " + i + " (synthetic)"));
        }
        String[] kinds = {"ATTACK", "TRANSPORT", "TROOP_DEPLOYMENT", "VISIT", "STATEMENT"};
        String[] roles = {"SENDER", "RECEIVER", "ATTACKER", "TARGET", "VISITOR"};
        var events = new ArrayList<Map<String, Object>>();
        var participations = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 14_000; i++) {
            events.add(row("id", "bench-event-" + i, "kind", kinds[i % kinds.length], "title", "Synthetic event #" + i,
                    "startDate", String.format(Locale.ROOT, "2024-%02d-%02d", 1 + i % 12, 1 + i % 28), "fatalities", (long) (i % 13)));
            participations.add(row("actor", "bench-actor-" + (1 + i * 7 % 1000), "event", "bench-event-" + i, "role", roles[i % roles.length]));
        }
        var claims = new ArrayList<Map<String, Object>>();
        var about = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 7_000; i++) {
            claims.add(row("id", "bench-claim-" + i, "text", "Actor says synthetic event #" + (2 * i) + " happened; it's a \"claim\"",
                    "status", i % 3 == 0 ? "DISPUTED" : "ASSERTED", "confidence", (i % 10) / 10.0));
            about.add(row("claim", "bench-claim-" + i, "event", "bench-event-" + (2 * i)));
        }
        return List.of(
                new Part("UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a.name = row.name", batches(actors), 1),
                new Part("UNWIND $rows AS row MERGE (e:Event {id: row.id}) SET e.kind = row.kind, e.title = row.title, "
                        + "e.startDate = date(row.startDate), e.fatalities = row.fatalities", batches(events), 1),
                new Part("UNWIND $rows AS row MATCH (a:Actor {id: row.actor}) MATCH (e:Event {id: row.event}) "
                        + "MERGE (a)-[:PARTICIPATED_IN {role: row.role}]->(e)", batches(participations), 1),
                new Part("UNWIND $rows AS row MERGE (c:Claim {id: row.id}) SET c.text = row.text, c.status = row.status, "
                        + "c.confidence = row.confidence", batches(claims), 1),
                new Part("UNWIND $rows AS row MATCH (c:Claim {id: row.claim}) MATCH (e:Event {id: row.event}) "
                        + "MERGE (c)-[:ABOUT]->(e)", batches(about), 1));
    }

    private static Map<String, Object> row(Object... kv) {
        var m = new LinkedHashMap<String, Object>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static List<List<Map<String, Object>>> batches(List<Map<String, Object>> rows) {
        var batches = new ArrayList<List<Map<String, Object>>>();
        for (int i = 0; i < rows.size(); i += BATCH) {
            batches.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
        return batches;
    }

    // ------------------------------------------------------------------ the contenders

    interface Load {
        /** Loads into the Neo4j at the URI; returns the nanoseconds that count. */
        long into(String uri) throws Exception;
    }

    private static Driver driver(String uri) {
        return GraphDatabase.driver(uri, AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
    }

    static long driverLoad(String uri, List<Part> parts) {
        try (Driver driver = driver(uri); var session = driver.session()) {
            long start = System.nanoTime();
            for (Part p : parts) {
                for (List<Map<String, Object>> batch : p.batches()) {
                    session.executeWrite(tx -> tx.run(p.shape(), Map.of("rows", batch)).consume());
                }
            }
            return System.nanoTime() - start;
        }
    }

    static long loaderLoad(String uri, Path script, int parallel) throws IOException {
        try (Driver driver = driver(uri)) {
            long start = System.nanoTime();
            String summary = GraphScript.load(driver, script, parallel);
            long elapsed = System.nanoTime() - start;
            System.out.println("  " + summary);
            return elapsed;
        }
    }

    static long cypherShell(String classpath, String uri, Path script) throws IOException, InterruptedException {
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                "org.neo4j.shell.Main", "-a", uri, "-u", "neo4j", "-p", "unused-auth-is-disabled", "--non-interactive",
                "--format", "plain", "-f", script.toString());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(script.resolveSibling("cypher-shell.log").toFile())).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("cypher-shell did not finish in 30 minutes");
        }
        long elapsed = System.nanoTime() - start;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("cypher-shell failed with exit code " + p.exitValue() + ", see "
                    + script.resolveSibling("cypher-shell.log"));
        }
        return elapsed;
    }

    // ------------------------------------------------------------------ measuring

    /** Runs one load into a fresh Neo4j with the schema in place, checks what it wrote, prints and returns records/s. */
    static double measure(String name, long expected, Load load) throws Exception {
        try (Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                .build()) {
            String uri = neo4j.boltURI().toString();
            try (Driver driver = driver(uri)) {
                for (String s : schema) {
                    driver.executableQuery(s).execute();
                }
                driver.executableQuery("CALL db.awaitIndexes(300)").execute();
            }
            long nanos = load.into(uri);
            long written;
            try (Driver driver = driver(uri)) {
                ToLongFunction<String> count = q -> driver.executableQuery(q).execute().records().get(0).get(0).asLong();
                written = count.applyAsLong("MATCH (n) WHERE NOT n:LoadRecord RETURN count(n)")
                        + count.applyAsLong("MATCH ()-[r]->() RETURN count(r)");
            }
            long want = expected >= 0 ? expected : expectedRecords;
            if (want < 0) { // the first load of a generated graph says how many records it has; every later one must match
                expectedRecords = written;
                want = written;
            }
            if (written != want) {
                throw new IllegalStateException(name + " wrote " + written + " records, expected " + want);
            }
            double rate = written / (nanos / 1e9);
            System.out.printf(Locale.ROOT, "%-40s %,8d records in %7.2f s: %,7.0f records/s%n", name, written, nanos / 1e9, rate);
            return rate;
        }
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void row(String name, double rate, double shell, double driver) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", name,
                Double.isNaN(rate) ? "not run" : String.format(Locale.ROOT, "%,.0f", rate),
                Double.isNaN(shell) || Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.1fx", rate / shell),
                Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * rate / driver));
    }
}
