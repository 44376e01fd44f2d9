package com.geokg.graph;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.AccessMode;

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

    /** Reads every figure again (one count-store read each, in one session) and publishes them at once. */
    public Snapshot refresh() {
        Model model = Models.model(); // read here, not when the bean is made: a bad model is reported by ModelCheck first
        Set<String> labels = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>(); // "label|type"
        for (Model.NodeDef node : model.nodes().values()) {
            if (node.labels().isEmpty()) {
                continue;
            }
            String label = node.labels().get(0);
            labels.add(label);
            for (Model.FieldDef field : node.fields().values()) {
                if (field instanceof Model.RelationshipDef r) {
                    types.add(label + "|" + r.relationshipType());
                }
            }
        }
        var nodes = new HashMap<String, Long>();
        var rels = new HashMap<String, Long>();
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            for (String label : labels) {
                // labels and types come from the model only, quoted as identifiers
                nodes.put(label, session.run("MATCH (n:" + quote(label) + ") RETURN count(n) AS c").single().get("c").asLong());
            }
            for (String pair : types) {
                String label = pair.substring(0, pair.indexOf('|'));
                String type = pair.substring(pair.indexOf('|') + 1);
                rels.put(key(label, type, true), session.run("MATCH (:" + quote(label) + ")-[r:" + quote(type) + "]->() RETURN count(r) AS c")
                        .single().get("c").asLong());
                rels.put(key(label, type, false), session.run("MATCH (:" + quote(label) + ")<-[r:" + quote(type) + "]-() RETURN count(r) AS c")
                        .single().get("c").asLong());
            }
        }
        Snapshot snapshot = new Snapshot(Map.copyOf(nodes), Map.copyOf(rels), Instant.now());
        current = snapshot;
        return snapshot;
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
