package com.geokg.load;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.RoutingControl;

/**
 * The record of every script loaded into the graph: one {@code :LoadRecord} node per script and
 * load, with the script's name and SHA-256, start and end, mode, counters and outcome. A script
 * whose checksum already loaded successfully is skipped unless forced.
 *
 * <p>Used by the service (a CDI bean) and by the command-line loader (constructed directly).
 */
@ApplicationScoped
public class LoadHistory {

    /** The outcome stored for a script that loaded completely. */
    public static final String SUCCEEDED = "SUCCEEDED";

    private static final String SUCCEEDED_BEFORE = """
            MATCH (r:LoadRecord {sha256: $sha256, outcome: 'SUCCEEDED'})
            RETURN count(r) > 0 AS loaded
            """;

    private static final String RECORD = """
            CREATE (r:LoadRecord {id: randomUUID()})
            SET r += $record
            """;

    private final Driver driver;

    public LoadHistory(Driver driver) {
        this.driver = driver;
    }

    /**
     * One script's load.
     *
     * @param outcome    {@value #SUCCEEDED}, {@code FAILED} (some statements may have committed, see
     *                   {@code committed}) or {@code ROLLED_BACK} (atomic load, nothing committed)
     * @param committed  the committed statement numbers, e.g. {@code "1-41"}; empty for none
     * @param error      the problem that stopped it, or null
     */
    public record Entry(String file, String sha256, ZonedDateTime startedAt, ZonedDateTime endedAt, String outcome,
                        LoadMode mode, int statements, String committed, Counters counters, String error) {
        public Entry {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(outcome, "outcome");
        }

        Map<String, Object> properties() {
            var record = new HashMap<String, Object>(counters.asProperties());
            record.put("file", file);
            record.put("sha256", sha256);
            record.put("startedAt", startedAt);
            record.put("endedAt", endedAt);
            record.put("outcome", outcome);
            record.put("mode", mode.name());
            record.put("statementsInScript", statements);
            record.put("committed", committed);
            if (error != null) {
                record.put("error", error);
            }
            return record;
        }
    }

    /** Whether a script with this checksum has already loaded successfully. */
    public boolean alreadyLoaded(String sha256) {
        return driver.executableQuery(SUCCEEDED_BEFORE)
                .withParameters(Map.of("sha256", sha256))
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
                .execute().records().get(0).get("loaded").asBoolean();
    }

    /** Writes one load record in its own transaction. */
    public void record(Entry entry) {
        driver.executableQuery(RECORD).withParameters(Map.of("record", entry.properties())).execute();
    }

    /** Writes one load record in the caller's transaction, so that it commits (or not) with the load. */
    public void record(QueryRunner tx, Entry entry) {
        tx.run(RECORD, Map.of("record", entry.properties())).consume();
    }
}
