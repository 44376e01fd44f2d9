package com.geokg.graph;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts the Cypher statements the API sends, so that tests can assert "one statement per root
 * field" and operators can watch the ratio of statements to requests.
 */
@ApplicationScoped
public class StatementCounter {

    private final AtomicLong total = new AtomicLong();

    void increment() {
        total.incrementAndGet();
    }

    long current() {
        return total.get();
    }

    /** Statements sent since start-up. */
    public long total() {
        return total.get();
    }
}
