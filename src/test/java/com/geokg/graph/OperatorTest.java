package com.geokg.graph;

import static com.geokg.support.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Each operator of the filter dialect, on the seed graph, with its values as variables. */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class OperatorTest {

    @Test
    void textOperators() {
        query("query($v: String) { states(where: { name: { eq: $v } }) { id } }", Map.of("v", "Russia"))
                .body("data.states.id", contains("russia"));
        query("query($v: [String]) { states(where: { iso3: { in: $v } }, sort: [{ id: ASC }]) { id } }", Map.of("v", List.of("UKR", "USA")))
                .body("data.states.id", contains("ukraine", "united-states"));
        query("query($v: String) { states(where: { name: { contains: $v } }, sort: [{ id: ASC }]) { id } }", Map.of("v", "Korea"))
                .body("data.states.id", contains("north-korea", "south-korea"));
        query("query($v: String) { states(where: { name: { startsWith: $v } }) { id } }", Map.of("v", "Uni"))
                .body("data.states.id", contains("united-states"));
        query("query($v: String) { states(where: { name: { endsWith: $v } }) { id } }", Map.of("v", "ine"))
                .body("data.states.id", contains("ukraine"));
        query("query($v: String) { actors(where: { id: { startsWith: $v } }, sort: [{ id: ASC }]) { id } }", Map.of("v", "vladimir"))
                .body("data.actors.id", contains("vladimir-putin"));
    }

    @Test
    void numberOperators() {
        query("query($v: Int) { events(where: { fatalities: { gt: $v } }) { id } }", Map.of("v", 5))
                .body("data.events.id", contains("strike-near-donetsk-2024-10-03"));
        query("query($v: Int) { events(where: { fatalities: { gte: $v } }) { id } }", Map.of("v", 6))
                .body("data.events.id", contains("strike-near-donetsk-2024-10-03"));
        query("query($v: Int) { events(where: { strength: { lt: $v } }) { id } }", Map.of("v", 10000))
                .body("data.events.id", contains("nk-troops-in-vladivostok-2024"));
        query("query($v: Int) { events(where: { strength: { lte: $v } }, sort: [{ strength: DESC }]) { strength } }", Map.of("v", 10000))
                .body("data.events.strength", contains(10000, 1500));
        query("query($v: Float) { claims(where: { confidence: { gte: $v } }) { id } }", Map.of("v", 0.95))
                .body("data.claims.id", contains("claim-putin-kim-signed-mutual-defence-pact"));
    }

    @Test
    void dateOperators() {
        query("query($v: Date) { events(where: { startDate: { lt: $v } }) { id } }", Map.of("v", "2024-01-02"))
                .body("data.events.id", contains("nk-weapons-shipments-russia"));
        query("query($v: Date) { events(where: { startDate: { lte: $v } }, sort: [{ startDate: ASC }]) { id } }", Map.of("v", "2024-08-01"))
                .body("data.events.id", contains("nk-weapons-shipments-russia", "nk-officers-visit-launch-site-2024-08"));
        query("query($v: Date) { events(where: { startDate: { gt: $v } }) { id } }", Map.of("v", "2024-10-01"))
                .body("data.events.id", contains("strike-near-donetsk-2024-10-03"));
        query("query($v: Date) { agreements(where: { signedOn: { eq: $v } }) { id } }", Map.of("v", "2024-06-19"))
                .body("data.agreements.id", contains("russia-north-korea-mutual-defence-pact-2024"));
    }

    @Test
    void booleanCombinators() {
        query("query { states(where: { NOT: { name: { contains: \"Korea\" } } }, sort: [{ id: ASC }]) { id } }")
                .body("data.states.id", contains("russia", "ukraine", "united-states"));
        query("query { states(where: { AND: [{ name: { contains: \"Korea\" } }, { iso3: { eq: \"KOR\" } }] }) { id } }")
                .body("data.states.id", contains("south-korea"));
        query("query { states(where: { OR: [{ iso3: { eq: \"RUS\" } }, { iso3: { eq: \"UKR\" } }] }, sort: [{ id: ASC }]) { id } }")
                .body("data.states.id", contains("russia", "ukraine"));
    }

    @Test
    void relationshipFilters() {
        // some / none / all / single over the parties of agreements and the asserters of claims
        query("query { agreements(where: { parties: { some: { id: { eq: \"north-korea\" } } } }) { id } }")
                .body("data.agreements.size()", org.hamcrest.Matchers.is(1));
        query("query { agreements(where: { parties: { none: { id: { eq: \"north-korea\" } } } }) { id } }")
                .body("data.agreements.size()", org.hamcrest.Matchers.is(0));
        query("query { claims(where: { assertedBy: { all: { id: { startsWith: \"south-korea\" } } }, NOT: { assertedBy: { none: {} } } }) { id } }")
                .body("errors", nullValue())
                .body("data.claims.id", containsInAnyOrder("claim-nis-russian-vessels-transport-special-forces",
                        "claim-nis-troops-stationed-far-east", "claim-nis-1500-soldiers-in-vladivostok", "claim-nis-officers-visited-launch-site"));
        query("query { claims(where: { assertedBy: { single: { id: { startsWith: \"south-korea\" } } } }, sort: [{ id: ASC }]) { id } }")
                .body("data.claims.id", contains("claim-nis-1500-soldiers-in-vladivostok", "claim-nis-officers-visited-launch-site",
                        "claim-nis-russian-vessels-transport-special-forces", "claim-nis-troops-stationed-far-east"));
        query("query { states(where: { deployedTroopsTo: { some: { id: { eq: \"russia\" } } } }) { id } }")
                .body("data.states.id", contains("north-korea"));
    }

    @Test
    void eqNullMatchesAMissingValue() {
        query("query { places(where: { lat: { eq: null } }) { id } }").body("errors", org.hamcrest.Matchers.notNullValue());
        query("query { events(where: { fatalities: { eq: null }, kind: { eq: \"ATTACK\" } }) { id } }")
                .body("data.events", org.hamcrest.Matchers.empty());
    }
}
