package com.geokg.load;

import java.time.ZonedDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

/**
 * The record of every script loaded into the graph: one {@code :LoadRecord} node per load, with the
 * script's name and SHA-256, start and end, counters and outcome. A script whose checksum already
 * loaded successfully is skipped unless forced.
 */
@ApplicationScoped
public class LoadHistory {

    private static final String SUCCEEDED_BEFORE = """
            MATCH (r:LoadRecord {sha256: $sha256, outcome: 'SUCCEEDED'})
            RETURN count(r) > 0 AS loaded
            """;

    private static final String RECORD = """
            CREATE (r:LoadRecord {id: randomUUID()})
            SET r += $record
            """;

    private final Driver driver;

    LoadHistory(Driver driver) {
        this.driver = driver;
    }

    /** Whether a script with this checksum has already loaded successfully. */
    public boolean alreadyLoaded(String sha256) {
        return driver.executableQuery(SUCCEEDED_BEFORE)
                .withParameters(Map.of("sha256", sha256))
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
                .execute().records().get(0).get("loaded").asBoolean();
    }

    /** Writes one load record; values must be Neo4j property values. */
    public void record(String file, String sha256, ZonedDateTime startedAt, ZonedDateTime endedAt, String outcome,
                       Map<String, Object> counters) {
        var record = new java.util.HashMap<String, Object>(counters);
        record.put("file", file);
        record.put("sha256", sha256);
        record.put("startedAt", startedAt);
        record.put("endedAt", endedAt);
        record.put("outcome", outcome);
        driver.executableQuery(RECORD).withParameters(Map.of("record", record)).execute();
    }
}
