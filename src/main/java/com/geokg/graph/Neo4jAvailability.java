package com.geokg.graph;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;

/**
 * Whether Neo4j answers, as far as requests have seen. When a statement finds Neo4j unreachable,
 * the service is marked down: requests are refused at once ({@code 503 UNAVAILABLE}), without
 * waiting for a connection, retrying or holding a slot, and a probe checks the connection every
 * second in the background. The first probe that succeeds marks it up again, so the service
 * recovers by itself when Neo4j is back. Readiness ({@code /q/health/ready}) is Neo4j's own check.
 */
@ApplicationScoped
public class Neo4jAvailability {

    private static final Logger LOG = Logger.getLogger(Neo4jAvailability.class);
    private static final long PROBE_MILLIS = 1_000;

    private final Driver driver;
    private final AtomicBoolean down = new AtomicBoolean();
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kg-neo4j-probe");
        t.setDaemon(true);
        return t;
    });

    Neo4jAvailability(Driver driver) {
        this.driver = driver;
    }

    public boolean isDown() {
        return down.get();
    }

    /** Marks Neo4j unreachable (once) and starts probing. */
    public void markDown() {
        if (down.compareAndSet(false, true)) {
            LOG.warn("Neo4j is unreachable: requests are refused with UNAVAILABLE until it answers again");
            probe.schedule(this::check, PROBE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void check() {
        try {
            driver.verifyConnectivity();
            down.set(false);
            LOG.info("Neo4j answers again: requests are served");
        } catch (RuntimeException e) {
            probe.schedule(this::check, PROBE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        probe.shutdownNow();
    }
}
