package com.geokg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results table, in Markdown so that it pastes into docs/BENCHMARK.md as printed. */
final class Report {

    /** One query's figures on both sides. */
    record Row(String query, LoadRunner.Measurement graphql, LoadRunner.Measurement raw, LoadRunner.Measurement compiled) {

        double ratio() {
            return graphql.percentileMillis(50) / raw.percentileMillis(50);
        }
    }

    static final double TARGET_RATIO = 1.3;

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    static String header() {
        return "| query | GraphQL req/s | GraphQL p50 ms | GraphQL p99 ms | raw req/s | raw p50 ms | raw p99 ms | p50 ratio | within "
                + TARGET_RATIO + "x | compiled Cypher p50 ms | GraphQL CPU ms/req | of which service | raw CPU ms/req |\n|---|---:|---:|---:|---:|---:|---:|---:|:---:|---:|---:|---:|---:|";
    }

    static String line(Row r) {
        return String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %s | %.2f | %.2f | %.2f | %.2f |",
                r.query(), r.graphql().perSecond(), r.graphql().percentileMillis(50), r.graphql().percentileMillis(99),
                r.raw().perSecond(), r.raw().percentileMillis(50), r.raw().percentileMillis(99), r.ratio(),
                r.ratio() <= TARGET_RATIO ? "yes" : "**no**", r.compiled().percentileMillis(50),
                r.graphql().cpuMillisPerRequest(), r.graphql().serviceCpuMillisPerRequest(), r.raw().cpuMillisPerRequest());
    }

    String table() {
        var out = new StringBuilder(header()).append('\n');
        for (Row r : rows) {
            out.append(line(r)).append('\n');
        }
        return out.toString();
    }
}
