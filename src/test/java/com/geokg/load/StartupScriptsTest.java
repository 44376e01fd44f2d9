package com.geokg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class StartupScriptsTest {

    @Inject
    StartupScripts startupScripts;

    @Inject
    Driver driver;

    @Test
    void shippedScriptsAreRecordedOnceAndASecondApplyChangesNothing() {
        long nodesBefore = count("MATCH (n) RETURN count(n) AS n");

        assertEquals(List.of(), startupScripts.applyAll());

        assertEquals(nodesBefore, count("MATCH (n) RETURN count(n) AS n"));
        assertEquals(1, count("MATCH (r:LoadRecord {file: 'cypher/V0001__schema_constraints_and_indexes.cypher', outcome: 'SUCCEEDED'}) RETURN count(r) AS n"));
        assertEquals(1, count("MATCH (r:LoadRecord {file: 'cypher/V0100__seed_article_nk_troops_russia_2024.cypher', outcome: 'SUCCEEDED'}) RETURN count(r) AS n"));
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
    }
}
