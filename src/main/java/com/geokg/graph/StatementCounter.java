package com.geokg.graph;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the Cypher statements the API sends, so that tests can assert "one statement per root
 * field" and operators can watch {@code kg_cypher_statements_total} against the request rate at
 * {@code /q/metrics}: a ratio that grows with result size would be an N+1.
 */
@ApplicationScoped
public class StatementCounter {

    private final AtomicLong total = new AtomicLong();
    private final Counter metric;

    /** Created at start-up, so that {@code kg_cypher_statements_total} is at {@code /q/metrics} (as 0) before the first statement. */
    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        // nothing to do: observing the event makes the bean, and so the counter
    }

    StatementCounter(MeterRegistry registry) {
        this.metric = Counter.builder("kg.cypher.statements")
                .description("Cypher statements sent by the GraphQL API (one per root field or mutation)")
                .register(registry);
    }

    void increment() {
        total.incrementAndGet();
        metric.increment();
    }

    long current() {
        return total.get();
    }

    /** Statements sent since start-up. */
    public long total() {
        return total.get();
    }
}
