package com.geokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.observation.metrics.MetricsObservationProvider;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.neo4j.runtime.Neo4jConfiguration;
import io.quarkus.neo4j.runtime.Neo4jDriverRecorder;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The service's driver takes the {@code quarkus.neo4j.*} settings exactly as quarkus-neo4j does: for
 * each set of settings, the configuration it builds equals the one quarkus-neo4j's own recorder builds
 * from them, figure by figure, except for the logging.
 */
class Neo4jDriverTest {

    static Iterable<Map<String, String>> settings() {
        return java.util.List.of(
                Map.of(), // quarkus-neo4j's defaults
                Map.of("quarkus.neo4j.pool.connection-acquisition-timeout", "5S", "quarkus.neo4j.max-transaction-retry-time", "2S"),
                Map.of("quarkus.neo4j.encrypted", "true",
                        "quarkus.neo4j.trust-settings.strategy", "TRUST_ALL_CERTIFICATES",
                        "quarkus.neo4j.trust-settings.hostname-verification-enabled", "true",
                        "quarkus.neo4j.pool.max-connection-pool-size", "7",
                        "quarkus.neo4j.pool.log-leaked-sessions", "true",
                        "quarkus.neo4j.pool.idle-time-before-connection-test", "30S",
                        "quarkus.neo4j.pool.max-connection-lifetime", "10M"),
                Map.of("quarkus.neo4j.uri", "neo4j+s://graph.example:7687", "quarkus.neo4j.encrypted", "true"));
    }

    @ParameterizedTest
    @MethodSource("settings")
    void buildsWhatQuarkusNeo4jBuildsButLogsThroughSlf4j(Map<String, String> values) {
        Neo4jConfiguration settings = settings(values);
        Config theirs = new Neo4jDriverRecorder(new RuntimeValue<>(settings)).buildConfig().getValue();
        Config ours = Neo4jDriver.config(settings, MetricsObservationProvider.newInstance());

        assertEquals(theirs.encrypted(), ours.encrypted(), "encrypted");
        assertEquals(theirs.trustStrategy().strategy(), ours.trustStrategy().strategy(), "trust strategy");
        assertEquals(theirs.trustStrategy().certFiles(), ours.trustStrategy().certFiles(), "certificate files");
        assertEquals(theirs.trustStrategy().isHostnameVerificationEnabled(), ours.trustStrategy().isHostnameVerificationEnabled(),
                "hostname verification");
        assertEquals(theirs.maxConnectionPoolSize(), ours.maxConnectionPoolSize(), "pool size");
        assertEquals(theirs.logLeakedSessions(), ours.logLeakedSessions(), "leaked sessions");
        assertEquals(theirs.idleTimeBeforeConnectionTest(), ours.idleTimeBeforeConnectionTest(), "idle time before a test");
        assertEquals(theirs.maxConnectionLifetimeMillis(), ours.maxConnectionLifetimeMillis(), "connection lifetime");
        assertEquals(theirs.connectionAcquisitionTimeoutMillis(), ours.connectionAcquisitionTimeoutMillis(), "acquisition timeout");
        assertEquals(theirs.connectionTimeoutMillis(), ours.connectionTimeoutMillis(), "connection timeout");
        assertEquals(theirs.maxTransactionRetryTimeMillis(), ours.maxTransactionRetryTimeMillis(), "retry time");
        assertEquals(theirs.fetchSize(), ours.fetchSize(), "fetch size");
        assertEquals(theirs.eventLoopThreads(), ours.eventLoopThreads(), "event loop threads");
        assertEquals(theirs.userAgent(), ours.userAgent(), "user agent");

        assertTrue(ours.observationProvider().orElseThrow() instanceof MetricsObservationProvider, "the pool's metrics");
        assertEquals("Slf4jLogging", ours.logging().getClass().getSimpleName(), "logging that checks the level before formatting");
        assertEquals("SystemLogging", theirs.logging().getClass().getSimpleName(), "quarkus-neo4j leaves the driver's default");
    }

    @Test
    void readsTheCredentialsAsQuarkusNeo4jDoes() {
        assertEquals(AuthTokens.basic("neo4j", "neo4j"), Neo4jDriver.authToken(settings(Map.of()).authentication()));
        assertEquals(AuthTokens.basic("ann", "s3/cret"), Neo4jDriver.authToken(settings(Map.of(
                "quarkus.neo4j.authentication.username", "ann", "quarkus.neo4j.authentication.password", "s3/cret")).authentication()));
        assertEquals(AuthTokens.basic("bob", "pw/with/slashes"), Neo4jDriver.authToken(settings(Map.of(
                "quarkus.neo4j.authentication.value", "bob/pw/with/slashes")).authentication()));
        assertEquals(AuthTokens.none(), Neo4jDriver.authToken(settings(Map.of(
                "quarkus.neo4j.authentication.disabled", "true", "quarkus.neo4j.authentication.value", "bob/pw")).authentication()));
        for (String bad : new String[] {"no-slash", "/only-password", "only-user/"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> Neo4jDriver.authToken(settings(Map.of(
                    "quarkus.neo4j.authentication.value", bad)).authentication()));
            assertTrue(e.getMessage().contains("username/password"), e.getMessage());
        }
    }

    /** quarkus-neo4j's own pool meters, were its metrics switched on, give way to the service driver's. */
    @Test
    void replacesPoolMetersOfTheSameNames() {
        var registry = new SimpleMeterRegistry();
        var theirs = FunctionCounter.builder("neo4j.acquired", new Object(), o -> 0).register(registry);
        var theirGauge = Gauge.builder("neo4j.inUse", () -> 0).register(registry);

        Neo4jDriver.registerPoolMetrics(registry, MetricsObservationProvider.newInstance());

        assertNotSame(theirs, registry.get("neo4j.acquired").functionCounter());
        assertNotSame(theirGauge, registry.get("neo4j.inUse").gauge());
        assertEquals(1, registry.find("neo4j.acquired").meters().size());
        assertEquals(13, registry.getMeters().size(), "9 counters and 4 gauges");
    }

    private static Neo4jConfiguration settings(Map<String, String> values) {
        // Quarkus' own converter reads the durations ("5S", "1H"), as in the service.
        return new SmallRyeConfigBuilder().withConverter(java.time.Duration.class, 200, new DurationConverter())
                .withMapping(Neo4jConfiguration.class)
                .withDefaultValues(new HashMap<>(values)).build().getConfigMapping(Neo4jConfiguration.class);
    }
}
