package com.geokg.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

import com.geokg.config.KgConfig;
import com.geokg.load.StartupScripts;
import com.geokg.model.Model;
import com.geokg.model.Models;

import io.quarkus.runtime.StartupEvent;

/**
 * What the cost estimate knows of the graph: nodes per label and relationships per (label,
 * relationship type, direction), for every label and relationship field of the model. Every figure
 * comes from Neo4j's count store ({@code MATCH (:L)-[r:T]->() RETURN count(r)} reads one number,
 * whatever the size of the graph), read after the start-up scripts and again every
 * {@code kg.limits.statistics-refresh}, in the background. Until a first reading succeeds (Neo4j
 * unreachable at start), {@link #current()} is empty and the estimate prices lists at their page sizes.
 */
@ApplicationScoped
public class GraphStatistics {

    private static final Logger LOG = Logger.getLogger(GraphStatistics.class);

    /** One reading. {@code relationships} is keyed by {@link #key}. */
    public record Snapshot(Map<String, Long> nodes, Map<String, Long> relationships, Instant takenAt) {

        public static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Instant.EPOCH);

        public boolean isEmpty() {
            return takenAt.equals(Instant.EPOCH);
        }

        /** Nodes with this label, or -1 when unknown. */
        public long nodes(String label) {
            return nodes.getOrDefault(label, -1L);
        }

        /**
         * Average number of {@code type} relationships of a node labelled {@code label}, leaving it
         * ({@code outgoing}), entering it, or either way ({@code undirected}); -1 when unknown.
         */
        public double degree(String label, String type, boolean outgoing, boolean undirected) {
            long n = nodes(label);
            Long out = relationships.get(key(label, type, true));
            Long in = relationships.get(key(label, type, false));
            if (n < 0 || out == null || in == null) {
                return -1;
            }
            if (n == 0) {
                return 0;
            }
            long rels = undirected ? out + in : outgoing ? out : in;
            return (double) rels / n;
        }
    }

    /** Both readings only read: on a cluster, any member may answer. */
    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Driver driver;
    private final KgConfig config;
    private volatile Snapshot current = Snapshot.EMPTY;
    private volatile boolean procedureRefused;
    private ScheduledExecutorService timer;

    GraphStatistics(Driver driver, KgConfig config) {
        this.driver = driver;
        this.config = config;
    }

    public Snapshot current() {
        return current;
    }

    public static String key(String label, String type, boolean outgoing) {
        return label + (outgoing ? ")-[" : ")<-[") + type;
    }

    /** After the start-up scripts, so that the first reading sees the seed graph. */
    void onStart(@Observes @Priority(StartupScripts.STARTUP_PRIORITY + 10) StartupEvent event) {
        refreshQuietly();
        long every = Math.max(1, config.limits().statisticsRefresh().toMillis());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kg-graph-statistics");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debugf("graph statistics not refreshed: %s", e.getMessage());
        }
    }

    /**
     * Reads every figure again and publishes them at once: from {@code db.stats.retrieve('GRAPH COUNTS')}
     * (one procedure call, nothing to plan; the embedded store and admin users), else from
     * {@link Counts}' statement (one plan of count-store reads; any user who may read).
     */
    public Snapshot refresh() {
        Counts counts = counts(Models.model()); // read here, not when the bean is made: a bad model is reported by ModelCheck first
        long began = System.nanoTime();
        Map<Figure, Long> figures = null;
        if (!procedureRefused) {
            try {
                figures = fromGraphCounts(counts);
            } catch (ClientException e) {
                procedureRefused = true; // e.g. a user without the admin role: not asked again
                LOG.debugf("db.stats.retrieve is refused (%s); the count statement reads the graph statistics", e.code());
            }
        }
        if (figures == null) {
            figures = fromStatement(counts);
        }
        var nodes = new HashMap<String, Long>();
        var rels = new HashMap<String, Long>();
        figures.forEach((figure, count) -> {
            if (figure.type() == null) {
                nodes.put(figure.label(), count);
            } else {
                rels.put(key(figure.label(), figure.type(), figure.outgoing()), count);
            }
        });
        Snapshot snapshot = new Snapshot(Map.copyOf(nodes), Map.copyOf(rels), Instant.now());
        current = snapshot;
        LOG.debugf("graph statistics read in %d ms", (System.nanoTime() - began) / 1_000_000);
        return snapshot;
    }

    /** The figures from the data collector's count-store section; a figure it does not list is zero. */
    Map<Figure, Long> fromGraphCounts(Counts counts) {
        var data = driver.executableQuery("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data")
                .withConfig(READ).execute().records().get(0).get("data");
        var listed = new HashMap<Figure, Long>();
        for (Value entry : data.get("nodes").values()) {
            if (!entry.get("label").isNull()) {
                listed.put(new Figure(entry.get("label").asString(), null, false), entry.get("count").asLong());
            }
        }
        for (Value entry : data.get("relationships").values()) {
            Value type = entry.get("relationshipType");
            Value start = entry.get("startLabel");
            Value end = entry.get("endLabel");
            if (type.isNull() || start.isNull() == end.isNull()) {
                continue; // all relationships, or of one type whatever their ends
            }
            listed.put(new Figure(start.isNull() ? end.asString() : start.asString(), type.asString(), !start.isNull()),
                    entry.get("count").asLong());
        }
        var figures = new LinkedHashMap<Figure, Long>();
        counts.figures().forEach(f -> figures.put(f, listed.getOrDefault(f, 0L)));
        return figures;
    }

    /** The figures from {@link Counts#cypher()}. */
    Map<Figure, Long> fromStatement(Counts counts) {
        var figures = new LinkedHashMap<Figure, Long>();
        if (counts.figures().isEmpty()) {
            return figures;
        }
        var records = driver.executableQuery(counts.cypher())
                .withConfig(READ).execute().records();
        for (var record : records) {
            figures.put(counts.figures().get(record.get("i").asInt()), record.get("c").asLong());
        }
        return figures;
    }

    /** Nodes with {@code label} ({@code type} null), or its {@code type} relationships leaving it ({@code outgoing}) or entering it. */
    record Figure(String label, String type, boolean outgoing) {
    }

    /**
     * Every figure the model needs, and the statement that reads them: one {@code UNION ALL} branch
     * per figure, each a lone {@code count()} so that Neo4j reads it from the count store, returned
     * with its position in {@code figures}. One statement, so one plan and one round trip (one
     * statement per figure took ~80 plans at start-up). Labels and types come from the model only,
     * quoted as identifiers.
     */
    record Counts(String cypher, List<Figure> figures) {
    }

    static Counts counts(Model model) {
        var distinct = new LinkedHashSet<Figure>();
        for (Model.NodeDef node : model.nodes().values()) {
            if (node.labels().isEmpty()) {
                continue;
            }
            String label = node.labels().get(0);
            distinct.add(new Figure(label, null, false));
            for (Model.FieldDef field : node.fields().values()) {
                if (field instanceof Model.RelationshipDef r) {
                    distinct.add(new Figure(label, r.relationshipType(), true));
                    distinct.add(new Figure(label, r.relationshipType(), false));
                }
            }
        }
        var figures = List.copyOf(distinct);
        var branches = new ArrayList<String>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            String match = f.type() == null ? "MATCH (n:" + quote(f.label()) + ") WITH count(n) AS c"
                    : "MATCH (:" + quote(f.label()) + (f.outgoing() ? ")-[r:" : ")<-[r:") + quote(f.type())
                            + (f.outgoing() ? "]->()" : "]-()") + " WITH count(r) AS c";
            branches.add(match + " RETURN " + i + " AS i, c");
        }
        return new Counts(String.join("\nUNION ALL\n", branches), figures);
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
