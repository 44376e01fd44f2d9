package com.geokg.explore;

import static com.geokg.support.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class ExploreApiTest {

    private static final String NEIGHBOURS = """
            query($id: ID!, $types: [String], $direction: Direction) {
              neighbours(id: $id, types: $types, direction: $direction) { relationship direction id labels name properties { key value } }
            }""";

    @Inject
    Driver driver;

    @AfterEach
    void removeTestRelationships() {
        driver.executableQuery("MATCH ()-[r:SANCTIONED]->() DELETE r").execute();
    }

    @Test
    void followsAnyModelRelationshipWithItsProperties() {
        query(NEIGHBOURS, Map.of("id", "north-korea", "types", List.of("PARTY_TO"), "direction", "OUT"))
                .body("errors", nullValue())
                .body("data.neighbours.id", contains("russia-north-korea-mutual-defence-pact-2024"))
                .body("data.neighbours[0].properties.key", contains("role", "signedOn"))
                .body("data.neighbours[0].properties.value", contains("SIGNATORY", "2024-06-19"));
        query(NEIGHBOURS, Map.of("id", "claim-nk-deploying-troops-to-russia", "direction", "IN"))
                .body("data.neighbours.relationship", everyItem(org.hamcrest.Matchers.oneOf("ASSERTED", "DENIED")))
                .body("data.neighbours.direction", everyItem(is("IN")));
    }

    @Test
    void followsARelationshipTypeLoadedAfterTheApiWasBuilt() {
        driver.executableQuery("MATCH (a:State {id: 'united-states'}), (b:State {id: 'north-korea'}) CREATE (a)-[:SANCTIONED {since: 2017}]->(b)").execute();
        query(NEIGHBOURS, Map.of("id", "north-korea", "types", List.of("SANCTIONED"), "direction", "IN"))
                .body("errors", nullValue())
                .body("data.neighbours.id", contains("united-states"))
                .body("data.neighbours[0].labels", hasItem("State"))
                .body("data.neighbours[0].properties[0].value", is("2017"));
    }

    @Test
    void unknownOrMalformedRelationshipTypesAreRefusedBeforeReachingCypher() {
        query(NEIGHBOURS, Map.of("id", "north-korea", "types", List.of("NO_SUCH_TYPE")))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("no relationship type 'NO_SUCH_TYPE'"));
        query(NEIGHBOURS, Map.of("id", "north-korea", "types", List.of("X]-() DETACH DELETE (n) //")))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("is not a relationship type name"));
        query("query { states(limit: 10) { id } }").body("data.states.size()", is(5));
    }
}
