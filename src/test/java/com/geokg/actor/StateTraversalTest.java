package com.geokg.actor;

import static com.geokg.support.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class StateTraversalTest {

    private static final String STATE = """
            query($id: ID!) {
              state(id: $id) {
                id name iso3
                pactPartners { id }
                deployedTroopsTo { id }
                receivedTroopsFrom { id }
              }
            }""";

    @Test
    void northKoreaSignedPactWithAndDeployedTroopsToRussia() {
        query(STATE, Map.of("id", "north-korea"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.state.name", org.hamcrest.Matchers.is("North Korea"))
                .body("data.state.iso3", org.hamcrest.Matchers.is("PRK"))
                .body("data.state.pactPartners.id", contains("russia"))
                .body("data.state.deployedTroopsTo.id", contains("russia"))
                .body("data.state.receivedTroopsFrom", empty());
    }

    @Test
    void russiaReceivedTroopsFromNorthKorea() {
        query(STATE, Map.of("id", "russia"))
                .body("errors", nullValue())
                .body("data.state.receivedTroopsFrom.id", contains("north-korea"))
                .body("data.state.pactPartners.id", contains("north-korea"))
                .body("data.state.deployedTroopsTo", empty());
    }

    @Test
    void unknownStateIsNull() {
        query(STATE, Map.of("id", "atlantis"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.state", nullValue());
    }

    @Test
    void troopDeploymentClaimIsAssertedBySouthKoreaAndDeniedByNorthKorea() {
        query("""
                query($kind: String!) {
                  events(where: { kind: { eq: $kind } }) {
                    id
                    claims { status assertedBy { id } deniedBy { id } sources { title } }
                  }
                }""", Map.of("kind", "TROOP_DEPLOYMENT"))
                .body("errors", nullValue())
                .body("data.events.claims.flatten().findAll { it.deniedBy.id.contains('north-korea') }.assertedBy.id.flatten()",
                        hasItem("south-korea-nis"))
                .body("data.events.claims.flatten().findAll { it.deniedBy.id.contains('north-korea') }.status",
                        hasItem("DENIED"))
                .body("data.events.claims.flatten().sources.title.flatten()",
                        hasItem("North Korean intervention in Ukraine is the last thing the world needs"));
    }
}
