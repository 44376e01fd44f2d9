package com.geokg.support;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** An in-process Neo4j with Bolt only, on a port of the test's choosing (so that it can be stopped and started again there). */
public final class BoltNeo4j {

    private BoltNeo4j() {
    }

    /** Starts it under {@code directory} on {@code 127.0.0.1:port}, running the fixture statements first. */
    public static Neo4j start(Path directory, int port, String... fixtures) {
        var builder = Neo4jBuilders.newInProcessBuilder(directory).withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100));
        for (String fixture : fixtures) {
            builder = builder.withFixture(fixture);
        }
        return builder.build();
    }
}
