package com.geokg.support;

import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Neo4j 5 (neo4j-harness, in-process, Bolt on a free port) for {@code @QuarkusTest}s. The
 * service applies the real {@code cypher/} scripts to it at start-up, as it does in production.
 */
public class Neo4jTestResource implements QuarkusTestResourceLifecycleManager {

    private Neo4j neo4j;

    @Override
    public Map<String, String> start() {
        neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                .build();
        String uri = neo4j.boltURI().toString();
        return Map.of("quarkus.neo4j.uri", uri, "kg.neo4j.uri", uri);
    }

    @Override
    public void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }
}
