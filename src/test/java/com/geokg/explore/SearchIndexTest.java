package com.geokg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The full-text index follows the model: kept as it is when the model has not changed, so a restart does not index the graph again. */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class SearchIndexTest {

    @Inject
    SearchIndex index;

    @Inject
    Driver driver;

    @Test
    void aStartWithTheSameModelKeepsTheIndex() {
        long before = indexId();
        index.onStart(null); // what the next start-up does
        assertEquals(before, indexId(), "the index was dropped and built again");
        assertTrue(index.available());
    }

    private long indexId() {
        return driver.executableQuery("SHOW FULLTEXT INDEXES YIELD name, id, state WHERE name = 'kg_search' RETURN id, state")
                .execute().records().get(0).get("id").asLong();
    }
}
