package com.geokg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results table, in Markdown so that it pastes into docs/BENCHMARK.md as printed. With the
 * optional third side ({@code -Dbench.library=true}) each row gets the library's columns after the
 * usual ones; without it the table is exactly the usual one.
 */
final class Report {

    /** One query's figures on both sides; {@code library} is null when the third side is off. */
    record Row(String query, LoadRunner.Measurement graphql, LoadRunner.Measurement raw, LoadRunner.Measurement compiled,
               LoadRunner.Measurement library) {

        Row(String query, LoadRunner.Measurement graphql, LoadRunner.Measurement raw, LoadRunner.Measurement compiled) {
            this(query, graphql, raw, compiled, null);
        }

        double ratio() {
            return graphql.percentileMillis(50) / raw.percentileMillis(50);
        }

        /** Our p50 over the library's: below 1, our service is faster. */
        double libraryRatio() {
            return graphql.percentileMillis(50) / library.percentileMillis(50);
        }
    }

    static final double TARGET_RATIO = 1.3;

    private final List<Row> rows = new ArrayList<>();
    private final boolean library;

    Report() {
        this(false);
    }

    Report(boolean library) {
        this.library = library;
    }

    void add(Row row) {
        rows.add(row);
    }

    static String header() {
        return header(false);
    }

    static String header(boolean library) {
        String head = "| query | GraphQL req/s | GraphQL p50 ms | GraphQL p99 ms | raw req/s | raw p50 ms | raw p99 ms | p50 ratio | within "
                + TARGET_RATIO + "x | compiled Cypher p50 ms | GraphQL CPU ms/req | of which service | raw CPU ms/req |";
        String rule = "|---|---:|---:|---:|---:|---:|---:|---:|:---:|---:|---:|---:|---:|";
        if (library) {
            head += " library req/s | library p50 ms | library p99 ms | ours / library p50 | library CPU ms/req | of which library |";
            rule += "---:|---:|---:|---:|---:|---:|";
        }
        return head + "\n" + rule;
    }

    static String line(Row r) {
        String line = String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %s | %.2f | %.2f | %.2f | %.2f |",
                r.query(), r.graphql().perSecond(), r.graphql().percentileMillis(50), r.graphql().percentileMillis(99),
                r.raw().perSecond(), r.raw().percentileMillis(50), r.raw().percentileMillis(99), r.ratio(),
                r.ratio() <= TARGET_RATIO ? "yes" : "**no**", r.compiled().percentileMillis(50),
                r.graphql().cpuMillisPerRequest(), r.graphql().serviceCpuMillisPerRequest(), r.raw().cpuMillisPerRequest());
        if (r.library() != null) {
            line += String.format(Locale.ROOT, " %.0f | %.2f | %.2f | %.2f | %.2f | %.2f |",
                    r.library().perSecond(), r.library().percentileMillis(50), r.library().percentileMillis(99), r.libraryRatio(),
                    r.library().cpuMillisPerRequest(), r.library().serviceCpuMillisPerRequest());
        }
        return line;
    }

    String table() {
        var out = new StringBuilder(header(library)).append('\n');
        for (Row r : rows) {
            out.append(line(r)).append('\n');
        }
        return out.toString();
    }
}
