package com.geokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

import com.geokg.model.Models;
import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The cost estimate's figures: one statement, every figure read from the count store, none by scanning. */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class GraphStatisticsTest {

    @Inject
    Driver driver;

    @Inject
    GraphStatistics statistics;

    @Test
    void everyFigureComesFromTheCountStoreInOneStatement() {
        var counts = GraphStatistics.counts(Models.model());
        Plan plan = driver.executableQuery("EXPLAIN " + counts.cypher()).execute().summary().plan();
        var leaves = new ArrayList<String>();
        collectLeaves(plan, leaves);
        assertEquals(counts.keys().size(), leaves.size(), "one read per figure");
        assertEquals(new TreeSet<>(List.of("NodeCountFromCountStore", "RelationshipCountFromCountStore")), new TreeSet<>(leaves),
                "no label scan or expand: " + leaves);
        // the builtin model: 11 labels and, for each relationship field, both directions
        assertTrue(counts.keys().size() > 50, "figures: " + counts.keys().size());
    }

    @Test
    void figuresMatchWhatCypherCounts() {
        var snapshot = statistics.refresh();
        long claims = driver.executableQuery("MATCH (n:Claim) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
        assertEquals(claims, snapshot.nodes("Claim"));
        long asserted = driver.executableQuery("MATCH (:Claim)<-[r:ASSERTED]-() RETURN count(r) AS n").execute().records().get(0).get("n").asLong();
        assertTrue(asserted > 0);
        assertEquals(asserted, snapshot.relationships().get(GraphStatistics.key("Claim", "ASSERTED", false)));
    }

    private static void collectLeaves(Plan plan, List<String> leaves) {
        if (plan.children().isEmpty()) {
            leaves.add(plan.operatorType().replaceAll("@.*", ""));
        }
        plan.children().forEach(child -> collectLeaves(child, leaves));
    }
}
