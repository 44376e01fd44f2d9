package com.geokg.graph;

import static com.geokg.support.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Each root field is one Cypher statement, however deep its selection: no N+1. */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class RoundTripTest {

    @Inject
    StatementCounter counter;

    @Test
    void threeLevelQueryOverAllEventsIsOneStatement() {
        long before = counter.total();
        query("""
                query {
                  events(limit: 100) {
                    id
                    participants { role actor { id ... on State { agreements { id parties { id } } } } }
                    claims { assertedBy { id } deniedBy { id } sources { title } }
                    place { name state { id } }
                  }
                }""").body("errors", nullValue());
        assertEquals(1, counter.total() - before);
    }

    @Test
    void twoRootFieldsAreTwoStatements() {
        long before = counter.total();
        query("""
                query { a: state(id: "russia") { pactPartners { pactPartners { id } } } b: claims { assertedBy { id } } }""")
                .body("errors", nullValue());
        assertEquals(2, counter.total() - before);
    }
}
