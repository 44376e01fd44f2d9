package com.geokg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.geokg.graph.GraphStatistics;
import com.geokg.model.Models;
import com.geokg.support.Neo4jTestResource;

import graphql.execution.CoercedVariables;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The cost estimate against the real schema: with statistics shaped like the benchmark's N=200
 * graph, the hostile request of the issue is priced in the millions (what it would really return)
 * while everyday pages stay small; the statistics themselves come from the count store and match
 * what Cypher counts.
 */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class CostEstimateTest {

    @Inject
    Instance<GraphQLSchema> schema;

    @Inject
    GraphStatistics statistics;

    @Inject
    Driver driver;

    private final CostEstimate costs = new CostEstimate(Models.model(), 100, 1000, 10);

    /** About the benchmark's N=200 graph: 3,000 actors, 20,000 events, 20 events per actor, 3 participants per event. */
    private static GraphStatistics.Snapshot benchmarkLike() {
        var nodes = new HashMap<String, Long>();
        var rels = new HashMap<String, Long>();
        Map<String, Long> actors = Map.of("State", 200L, "Person", 1000L, "Organization", 1000L, "MilitaryUnit", 800L);
        nodes.putAll(actors);
        nodes.put("Actor", 3000L);
        nodes.put("Event", 20_000L);
        nodes.put("Agreement", 2_000L);
        actors.forEach((label, n) -> {
            rels.put(GraphStatistics.key(label, "PARTICIPATED_IN", true), n * 20);
            rels.put(GraphStatistics.key(label, "PARTICIPATED_IN", false), 0L);
            rels.put(GraphStatistics.key(label, "PARTY_TO", true), n * 2);
            rels.put(GraphStatistics.key(label, "PARTY_TO", false), 0L);
        });
        rels.put(GraphStatistics.key("Event", "PARTICIPATED_IN", false), 60_000L);
        rels.put(GraphStatistics.key("Event", "PARTICIPATED_IN", true), 0L);
        rels.put(GraphStatistics.key("Agreement", "PARTY_TO", false), 6_000L);
        rels.put(GraphStatistics.key("Agreement", "PARTY_TO", true), 0L);
        return new GraphStatistics.Snapshot(nodes, rels, Instant.now());
    }

    private ExecutableNormalizedOperation normalized(String query) {
        return ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(schema.get(), Parser.parse(query), null,
                CoercedVariables.emptyVariables());
    }

    private double cost(String query) {
        return costs.estimate(normalized(query), benchmarkLike(), !query.startsWith("mutation")).total();
    }

    @Test
    void theHostileRequestIsPricedAtWhatItWouldReturn() {
        String hostile = "{ actors(limit: 1000) { id events { id participants { actor { id events { id participants { actor { id } } } } } } } }";
        // 1,000 actors, 20,000 events, 60,000 participants, 60,000 actors, 1.2 million events, 3.6 million participants, as many actors
        double c = cost(hostile);
        assertTrue(c > 8_000_000 && c < 9_000_000, "estimate " + c);
        assertTrue(c > 50_000, "over the default budget");
    }

    @Test
    void everydayPagesArePricedSmall() {
        assertEquals(1, cost("{ state(id: \"russia\") { name } }"), 0.01); // one object; scalars cost nothing more
        assertEquals(150, cost("{ states(limit: 50) { id agreements { id } } }"), 0.01); // 50 + 50 x 2
        assertEquals(100, cost("{ states { id } }"), 0.01); // the default page
        assertEquals(200, cost("{ states(limit: 1000) { id } }"), 0.01); // capped by the 200 states there are
        assertEquals(100 + 100 * 3, cost("{ events(limit: 100) { id participants { role } } }"), 0.01);
        assertEquals(1 + 20 + 20, cost("{ eventsConnection(first: 20) { totalCount edges { node { id } } } }"), 0.01);
        assertEquals(1 + 2, cost("{ state(id: \"x\") { agreements(limit: 5) { id } } }"), 0.01); // a state has 2 on average
        assertEquals(0, cost("{ __schema { types { name fields { name } } } }"));
    }

    @Test
    void pagesAboveTheMaximumAreRefused() {
        var e = assertThrows(ProblemException.class, () -> cost("{ states { agreements(limit: 5000) { id } } }"));
        assertEquals(ErrorCode.LIMIT_TOO_LARGE, e.problem().code());
    }

    @Test
    void statisticsComeFromTheCountStoreAndMatchCypher() {
        GraphStatistics.Snapshot s = statistics.refresh();
        for (String label : List.of("State", "Event", "Claim", "Actor")) {
            long counted = driver.executableQuery("MATCH (n:" + label + ") RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
            assertEquals(counted, s.nodes(label), label);
        }
        long states = s.nodes("State");
        long out = driver.executableQuery("MATCH (:State)-[r:PARTY_TO]->() RETURN count(r) AS n").execute().records().get(0).get("n").asLong();
        assertEquals((double) out / states, s.degree("State", "PARTY_TO", true, false), 1e-9);
        assertTrue(out > 0);
    }
}
