package com.geokg.graph;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.observation.metrics.ConnectionPoolMetrics;
import org.neo4j.driver.observation.metrics.MetricsObservationProvider;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.neo4j.runtime.Neo4jConfiguration;
import io.smallrye.config.SmallRyeConfig;

/**
 * The service's Neo4j {@link Driver}, configured by the same {@code quarkus.neo4j.*} settings as
 * quarkus-neo4j's own (URI, authentication, encryption and trust, pool, retry time), with one
 * difference: the driver logs through SLF4J, which checks a message's level before formatting it.
 * The driver's default logging ({@code Logging.systemLogging()}) formats every message first, among
 * them a {@code trace} line per record received: about 9% of the service's CPU on a page of 50 or
 * 100 rows (docs/BENCHMARK.md), for lines that {@code org.neo4j} at {@code WARN} then drops.
 * quarkus-neo4j has no setting for the driver's logging, so this bean replaces its driver for
 * every injection point (its health check included), and registers the pool's metrics itself
 * (quarkus-neo4j's would describe its own driver, which stays idle).
 */
@Singleton
public class Neo4jDriver {

    private static final Set<String> SECURE_SCHEMES = Set.of("bolt+s", "bolt+ssc", "neo4j+s", "neo4j+ssc");

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    Driver driver(MeterRegistry registry) {
        Neo4jConfiguration settings = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(Neo4jConfiguration.class);
        var metrics = MetricsObservationProvider.newInstance();
        Driver driver = GraphDatabase.driver(settings.uri(), authToken(settings.authentication()), config(settings, metrics));
        registerPoolMetrics(registry, metrics);
        return driver;
    }

    void close(@Disposes Driver driver) {
        driver.close();
    }

    /** What quarkus-neo4j 6.3 builds from the same settings, with the driver logging through SLF4J. */
    static Config config(Neo4jConfiguration settings, MetricsObservationProvider metrics) {
        var builder = Config.builder().withLogging(Logging.slf4j());
        // A URI scheme with +s or +ssc carries its own encryption and trust; the settings apply otherwise.
        if (!SECURE_SCHEMES.contains(URI.create(settings.uri()).getScheme())) {
            if (settings.encrypted()) {
                builder.withEncryption().withTrustStrategy(settings.trustSettings().toInternalRepresentation());
            } else {
                builder.withoutEncryption();
            }
        }
        Neo4jConfiguration.Pool pool = settings.pool();
        if (pool.logLeakedSessions()) {
            builder.withLeakedSessionsLogging();
        }
        builder.withMaxConnectionPoolSize(pool.maxConnectionPoolSize())
                .withConnectionLivenessCheckTimeout(pool.idleTimeBeforeConnectionTest().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxConnectionLifetime(pool.maxConnectionLifetime().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(pool.connectionAcquisitionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(settings.maxTransactionRetryTime().toMillis(), TimeUnit.MILLISECONDS);
        return builder.withObservationProvider(metrics).build();
    }

    /** As quarkus-neo4j reads them: none when disabled, else {@code value} ("user/password") or username and password. */
    static AuthToken authToken(Neo4jConfiguration.Authentication auth) {
        if (auth.disabled()) {
            return AuthTokens.none();
        }
        return auth.value().map(value -> {
            int slash = value.indexOf('/');
            if (slash < 1 || slash == value.length() - 1) {
                throw new IllegalArgumentException("quarkus.neo4j.authentication.value needs the form username/password");
            }
            return AuthTokens.basic(value.substring(0, slash), value.substring(slash + 1));
        }).orElseGet(() -> AuthTokens.basic(auth.username(), auth.password()));
    }

    /**
     * The pool's figures under quarkus-neo4j's names ({@code neo4j_acquired_total}, ...), read from
     * the pool when scraped; connections in use, idle, being created or acquired are gauges. Meters
     * of these names already registered (quarkus-neo4j's, were {@code quarkus.neo4j.pool.metrics.enabled}
     * switched on) are replaced: they would describe its idle driver.
     */
    static void registerPoolMetrics(MeterRegistry registry, MetricsObservationProvider metrics) {
        counter(registry, metrics, "neo4j.acquired", "connections acquired from the pool", ConnectionPoolMetrics::acquired);
        counter(registry, metrics, "neo4j.closed", "connections closed", ConnectionPoolMetrics::closed);
        counter(registry, metrics, "neo4j.created", "connections created", ConnectionPoolMetrics::created);
        counter(registry, metrics, "neo4j.failedToCreate", "connections that failed to be created", ConnectionPoolMetrics::failedToCreate);
        counter(registry, metrics, "neo4j.timedOutToAcquire", "acquisitions that timed out", ConnectionPoolMetrics::timedOutToAcquire);
        counter(registry, metrics, "neo4j.totalAcquisitionTime", "time spent acquiring connections, ms", ConnectionPoolMetrics::totalAcquisitionTime);
        counter(registry, metrics, "neo4j.totalConnectionTime", "time spent creating connections, ms", ConnectionPoolMetrics::totalConnectionTime);
        counter(registry, metrics, "neo4j.totalInUseCount", "connections returned to the pool", ConnectionPoolMetrics::totalInUseCount);
        counter(registry, metrics, "neo4j.totalInUseTime", "time connections were in use, ms", ConnectionPoolMetrics::totalInUseTime);
        gauge(registry, metrics, "neo4j.inUse", "connections in use", ConnectionPoolMetrics::inUse);
        gauge(registry, metrics, "neo4j.idle", "idle connections", ConnectionPoolMetrics::idle);
        gauge(registry, metrics, "neo4j.creating", "connections being created", ConnectionPoolMetrics::creating);
        gauge(registry, metrics, "neo4j.acquiring", "acquisitions waiting", ConnectionPoolMetrics::acquiring);
    }

    private static void counter(MeterRegistry registry, MetricsObservationProvider metrics, String name, String description,
            ToDoubleFunction<ConnectionPoolMetrics> figure) {
        registry.find(name).meters().forEach(registry::remove);
        FunctionCounter.builder(name, metrics, m -> read(m, figure)).description(description).register(registry);
    }

    private static void gauge(MeterRegistry registry, MetricsObservationProvider metrics, String name, String description,
            ToDoubleFunction<ConnectionPoolMetrics> figure) {
        registry.find(name).meters().forEach(registry::remove);
        Gauge.builder(name, metrics, m -> read(m, figure)).description(description).register(registry);
    }

    /** The figure summed over the driver's pools (one per server; one in all against a single Neo4j). */
    private static double read(MetricsObservationProvider metrics, ToDoubleFunction<ConnectionPoolMetrics> figure) {
        return metrics.metrics().connectionPoolMetrics().stream().mapToDouble(figure).sum();
    }
}
