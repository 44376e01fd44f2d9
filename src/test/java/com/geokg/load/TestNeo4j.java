package com.geokg.load;

import java.time.Duration;

import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j (harness, Bolt on a free port) shared by the plain loader tests of this JVM,
 * started on first use and closed at exit; {@link #clean()} gives each test an empty graph.
 */
public final class TestNeo4j {

    private static Neo4j neo4j;
    private static Driver driver;

    private TestNeo4j() {
    }

    public static synchronized Driver driver() {
        if (driver == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                    .build();
            driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                neo4j.close();
            }));
        }
        return driver;
    }

    public static synchronized String boltUri() {
        driver();
        return neo4j.boltURI().toString();
    }

    /** Deletes every node and drops every constraint and index. */
    public static void clean() {
        var d = driver();
        try (var session = d.session()) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS").consume();
        }
        for (var r : d.executableQuery("SHOW CONSTRAINTS YIELD name").execute().records()) {
            d.executableQuery("DROP CONSTRAINT `" + r.get("name").asString() + "`").execute();
        }
        for (var r : d.executableQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'").execute().records()) {
            d.executableQuery("DROP INDEX `" + r.get("name").asString() + "`").execute();
        }
    }

    /** A count from a read query returning one column {@code n}. */
    public static long count(String cypher) {
        return driver().executableQuery(cypher).execute().records().get(0).get("n").asLong();
    }

    /** Nodes that are not load history. */
    public static long dataNodes() {
        return count("MATCH (n) WHERE NOT n:LoadRecord RETURN count(n) AS n");
    }
}
