package com.geokg.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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

    private final Driver driver;
    private final KgConfig config;
    private volatile Snapshot current = Snapshot.EMPTY;
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

    /** Reads every figure again (one count-store read each, all in one statement) and publishes them at once. */
    public Snapshot refresh() {
        Counts counts = counts(Models.model()); // read here, not when the bean is made: a bad model is reported by ModelCheck first
        var nodes = new HashMap<String, Long>();
        var rels = new HashMap<String, Long>();
        if (!counts.keys().isEmpty()) {
            var records = driver.executableQuery(counts.cypher())
                    .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).execute().records();
            for (var record : records) {
                String key = counts.keys().get(record.get("i").asInt());
                (key.startsWith("n|") ? nodes : rels).put(key.substring(2), record.get("c").asLong());
            }
        }
        Snapshot snapshot = new Snapshot(Map.copyOf(nodes), Map.copyOf(rels), Instant.now());
        current = snapshot;
        return snapshot;
    }

    /**
     * The statement that reads every figure: one {@code UNION ALL} branch per label and per
     * (label, type, direction), each a lone {@code count()} so that Neo4j reads it from the count
     * store, returned with its position in {@code keys} ("n|label" or "r|" + {@link #key}). One
     * statement, so one plan and one round trip, where one statement per figure took ~80 plans at
     * start-up. Labels and types come from the model only, quoted as identifiers.
     */
    record Counts(String cypher, List<String> keys) {
    }

    static Counts counts(Model model) {
        var branches = new ArrayList<String>();
        var keys = new ArrayList<String>();
        var labels = new LinkedHashSet<String>();
        for (Model.NodeDef node : model.nodes().values()) {
            if (!node.labels().isEmpty()) {
                labels.add(node.labels().get(0));
            }
        }
        for (String label : labels) {
            branches.add("MATCH (n:" + quote(label) + ") WITH count(n) AS c RETURN " + keys.size() + " AS i, c");
            keys.add("n|" + label);
        }
        var seen = new LinkedHashSet<String>();
        for (Model.NodeDef node : model.nodes().values()) {
            if (node.labels().isEmpty()) {
                continue;
            }
            String label = node.labels().get(0);
            for (Model.FieldDef field : node.fields().values()) {
                if (field instanceof Model.RelationshipDef r && seen.add(label + "|" + r.relationshipType())) {
                    String type = quote(r.relationshipType());
                    branches.add("MATCH (:" + quote(label) + ")-[r:" + type + "]->() WITH count(r) AS c RETURN " + keys.size() + " AS i, c");
                    keys.add("r|" + key(label, r.relationshipType(), true));
                    branches.add("MATCH (:" + quote(label) + ")<-[r:" + type + "]-() WITH count(r) AS c RETURN " + keys.size() + " AS i, c");
                    keys.add("r|" + key(label, r.relationshipType(), false));
                }
            }
        }
        return new Counts(String.join("\nUNION ALL\n", branches), List.copyOf(keys));
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
