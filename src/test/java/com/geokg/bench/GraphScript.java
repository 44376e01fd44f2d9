package com.geokg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.neo4j.driver.Driver;

import com.geokg.load.LoadHistory;
import com.geokg.load.LoadListener;
import com.geokg.load.LoadMode;
import com.geokg.load.LoadOptions;
import com.geokg.load.LoadReport;
import com.geokg.load.Loader;
import com.geokg.load.ScriptSource;

/**
 * The synthetic graph as a data team would load it: a cypher-shell script of {@link GraphLoader}'s
 * statements, each batch of rows written as a literal list in place of {@code $rows}
 * ({@code UNWIND [{id: 'state-1', ...}, ...] AS r CREATE ...}), and the loading of such a script
 * with kg-load's engine. Also what the loader benchmark's {@code --graph N} loads, so that its
 * driver side sends exactly these batches.
 */
public final class GraphScript {

    /** Rows per statement: the 1,000 of the scripts data teams write (the N=2000 script: 850 statements). */
    public static final int BATCH = 1000;

    /** One statement shape ({@code UNWIND $rows AS r ...}) with its batches of rows, in plain values. */
    public record Part(String statement, List<List<Map<String, Object>>> batches) {
    }

    private GraphScript() {
    }

    /** The statements and batches of the synthetic graph of size {@code n}, in the order they must run, in plain values. */
    public static List<Part> parts(int n, long seed) {
        return batched(GraphLoader.parts(SyntheticGraph.generate(n, seed)), GraphScript::plain);
    }

    /** The index statements of the project's schema script, which every load of the graph runs first. */
    public static List<String> schema() throws IOException {
        return com.geokg.load.script.CypherScripts.parse(GraphLoader.SCHEMA_SCRIPT).statements().stream()
                .map(com.geokg.load.script.ScriptItem.Statement::cypher).toList();
    }

    static void write(List<GraphLoader.Part> parts, Path script) throws IOException {
        // dates stay LocalDate here: literal() writes them as text, without a plain copy of every row
        write(batched(parts, UnaryOperator.identity()), script, "the benchmark's synthetic graph");
    }

    private static List<Part> batched(List<GraphLoader.Part> parts, UnaryOperator<List<Map<String, Object>>> values) {
        var out = new ArrayList<Part>();
        for (GraphLoader.Part part : parts) {
            var batches = new ArrayList<List<Map<String, Object>>>();
            for (int from = 0; from < part.rows().size(); from += BATCH) {
                batches.add(values.apply(part.rows().subList(from, Math.min(part.rows().size(), from + BATCH))));
            }
            out.add(new Part(part.statement(), batches));
        }
        return out;
    }

    /** Writes the parts as a script, one statement per batch. */
    public static void write(List<Part> parts, Path script, String what) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(script, StandardCharsets.UTF_8)) {
            out.write("// Generated: " + what + ", in UNWIND batches of " + BATCH + " rows (com.geokg.bench.GraphScript).\n");
            for (Part part : parts) {
                int at = part.statement().indexOf("$rows");
                for (List<Map<String, Object>> batch : part.batches()) {
                    out.write(part.statement(), 0, at);
                    out.write("[\n");
                    for (int i = 0; i < batch.size(); i++) {
                        out.write(i == 0 ? "  " : ",\n  ");
                        literal(out, batch.get(i));
                    }
                    out.write("\n]");
                    out.write(part.statement().substring(at + "$rows".length()));
                    out.write(";\n");
                }
            }
        }
    }

    /**
     * Loads a script into the Neo4j the driver reaches with kg-load's engine, as {@code kg-load --parallel N}
     * would (1: in order); answers its summary.
     */
    public static String load(Driver driver, Path script, int parallel) throws IOException {
        long start = System.nanoTime();
        long[] running = new long[1];
        var source = ScriptSource.of(script.toString(), Files.readAllBytes(script));
        LoadReport report = new Loader(driver, new LoadHistory(driver)).load(List.of(source), new LoadOptions(LoadMode.DEFAULT, false, parallel), new LoadListener() {
            @Override
            public void started(int total) {
                running[0] = System.nanoTime();
            }
        });
        if (!report.ok()) {
            throw new IllegalStateException(report.summary());
        }
        return String.format(Locale.ROOT, "kg-load: %,d rows in %.1f s, %,.0f rows/s (read, parse, lift and validate %.1f s; run and record %.1f s)",
                report.counters().rows(), report.elapsed().toNanos() / 1e9, report.rowsPerSecond(),
                (running[0] - start) / 1e9, (System.nanoTime() - running[0]) / 1e9);
    }

    /** The rows with dates as ISO text, which the statements turn into dates: what both a script and the driver send. */
    static List<Map<String, Object>> plain(List<Map<String, Object>> rows) {
        var out = new ArrayList<Map<String, Object>>(rows.size());
        for (Map<String, Object> row : rows) {
            out.add(plainMap(row));
        }
        return out;
    }

    private static Map<String, Object> plainMap(Map<?, ?> map) {
        var out = new LinkedHashMap<String, Object>();
        map.forEach((k, v) -> out.put((String) k, plainValue(v)));
        return out;
    }

    private static Object plainValue(Object v) {
        if (v instanceof LocalDate date) {
            return date.toString();
        }
        if (v instanceof Map<?, ?> m) {
            return plainMap(m);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(GraphScript::plainValue).toList();
        }
        return v;
    }

    /** A Cypher literal of a plain value: text quoted with its quotes and backslashes escaped, maps, lists, numbers, null. */
    public static void literal(Writer out, Object v) throws IOException {
        if (v instanceof Map<?, ?> m) {
            out.write('{');
            boolean first = true;
            for (var e : m.entrySet()) {
                out.write(first ? "" : ", ");
                out.write(e.getKey() + ": ");
                literal(out, e.getValue());
                first = false;
            }
            out.write('}');
        } else if (v instanceof List<?> list) {
            out.write('[');
            for (int i = 0; i < list.size(); i++) {
                out.write(i == 0 ? "" : ", ");
                literal(out, list.get(i));
            }
            out.write(']');
        } else if (v instanceof String || v instanceof LocalDate) {
            out.write('\'' + v.toString().replace("\\", "\\\\").replace("'", "\\'") + '\'');
        } else {
            out.write(String.valueOf(v));
        }
    }
}
