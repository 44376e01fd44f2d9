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
        assertEquals(counts.figures().size(), leaves.size(), "one read per figure");
        assertEquals(new TreeSet<>(List.of("NodeCountFromCountStore", "RelationshipCountFromCountStore")), new TreeSet<>(leaves),
                "no label scan or expand: " + leaves);
        // the builtin model: 11 labels and, for each relationship field, both directions
        assertTrue(counts.figures().size() > 50, "figures: " + counts.figures().size());
    }

    @Test
    void theProcedureAndTheStatementReadTheSameFigures() {
        var counts = GraphStatistics.counts(Models.model());
        var fromStatement = statistics.fromStatement(counts);
        assertEquals(counts.figures().size(), fromStatement.size());
        assertEquals(fromStatement, statistics.fromGraphCounts(counts));
        assertTrue(fromStatement.values().stream().anyMatch(c -> c == 0), "a figure the count store does not list is zero");
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
