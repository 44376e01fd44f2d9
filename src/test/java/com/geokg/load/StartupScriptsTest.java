package com.geokg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The shipped scripts, applied at start-up, can be applied again without changing the graph. */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class StartupScriptsTest {

    private static final String SNAPSHOT = """
            MATCH (n) WHERE NOT n:LoadRecord
            OPTIONAL MATCH (n)-[r]->(m)
            WITH n, r, m ORDER BY n.id, type(r), m.id
            RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
                   collect([type(r), properties(r), m.id]) AS out
            ORDER BY id
            """;

    @Inject
    StartupScripts scripts;

    @Inject
    Driver driver;

    @Test
    void secondStartSkipsEveryScriptAlreadyLoaded() {
        var before = snapshot();
        assertEquals(List.of(), scripts.applyAll(false));
        assertEquals(before, snapshot());
    }

    @Test
    void reapplyingTheScriptsChangesNothing() {
        var before = snapshot();
        var applied = scripts.applyAll(true);
        assertEquals(List.of("V0001__schema_constraints_and_indexes.cypher", "V0002__sort_indexes.cypher",
                "V0100__seed_article_nk_troops_russia_2024.cypher", "V0101__seed_stance_dates.cypher"), applied);
        assertEquals(before, snapshot());
    }

    @Test
    void seedHoldsTheArticlesGraph() {
        var counts = driver.executableQuery("""
                RETURN COUNT { (:State) } AS states, COUNT { (:Person) } AS people, COUNT { (:Claim) } AS claims,
                       COUNT { (:Event) } AS events, COUNT { (:Place) } AS places, COUNT { (:Source) } AS sources,
                       COUNT { (:Agreement) } AS agreements
                """).execute().records().get(0).asMap();
        assertEquals(Map.of("states", 5L, "people", 4L, "claims", 11L, "events", 8L, "places", 4L, "sources", 1L,
                "agreements", 1L), counts);
        long constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")
                .execute().records().get(0).get("n").asLong();
        assertTrue(constraints >= 10, "a uniqueness constraint per label");
    }

    @Test
    void shippedScriptsAreInTheLoadHistoryAndASkippedApplyRecordsNothing() {
        long records = count("MATCH (r:LoadRecord) RETURN count(r) AS n");
        assertEquals(List.of(), scripts.applyAll(false));
        assertEquals(records, count("MATCH (r:LoadRecord) RETURN count(r) AS n"));
        assertTrue(count("MATCH (r:LoadRecord {file: 'cypher/V0001__schema_constraints_and_indexes.cypher', outcome: 'SUCCEEDED'}) RETURN count(r) AS n") >= 1);
        assertTrue(count("MATCH (r:LoadRecord {file: 'cypher/V0100__seed_article_nk_troops_russia_2024.cypher', outcome: 'SUCCEEDED'}) RETURN count(r) AS n") >= 1);
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
    }

    private List<Map<String, Object>> snapshot() {
        return driver.executableQuery(SNAPSHOT).execute().records().stream().map(r -> r.asMap()).toList();
    }
}
