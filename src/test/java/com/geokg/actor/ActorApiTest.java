package com.geokg.actor;

import static com.geokg.support.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class ActorApiTest {

    @Test
    void actorResolvesToItsConcreteTypeWithTypeSpecificFields() {
        query("""
                query($id: ID!) {
                  actor(id: $id) {
                    __typename id name aliases
                    ... on State { iso3 leaders { title person { id } } }
                  }
                }""", Map.of("id", "north-korea"))
                .body("errors", nullValue())
                .body("data.actor.__typename", is("State"))
                .body("data.actor.iso3", is("PRK"))
                .body("data.actor.aliases", hasItem("Democratic People's Republic of Korea"))
                .body("data.actor.leaders.person.id", contains("kim-jong-un"))
                .body("data.actor.leaders.title", contains("Leader of North Korea"));
    }

    @Test
    void personLeadsAndSigned() {
        query("""
                query { actor(id: "vladimir-putin") { __typename ... on Person { leads { title actor { id } } signed { id } } } }""")
                .body("errors", nullValue())
                .body("data.actor.__typename", is("Person"))
                .body("data.actor.leads.actor.id", contains("russia"))
                .body("data.actor.signed.id", contains("russia-north-korea-mutual-defence-pact-2024"));
    }

    @Test
    void partOfFollowsAgenciesToTheirStateAndUnitsUpTheirArmy() {
        query("""
                query {
                  nis: actor(id: "south-korea-nis") { partOf { id } }
                  unit: actor(id: "kpa-special-forces") { partOf { id partOf { id } } }
                  sk: state(id: "south-korea") { parts { id } }
                }""")
                .body("errors", nullValue())
                .body("data.nis.partOf.id", contains("south-korea"))
                .body("data.unit.partOf.id", contains("korean-peoples-army"))
                .body("data.unit.partOf[0].partOf.id", contains("north-korea"))
                .body("data.sk.parts.id", contains("south-korea-nis"));
    }

    @Test
    void aliasesOfTheSameRelationDoNotCollide() {
        query("""
                query { state(id: "north-korea") { a: pactPartners { id } b: pactPartners { name } name: deployedTroopsTo { id } } }""")
                .body("errors", nullValue())
                .body("data.state.a.id", contains("russia"))
                .body("data.state.b.name", contains("Russia"))
                .body("data.state.name.id", contains("russia"));
    }

    @Test
    void statesSortAndPage() {
        query("""
                query($limit: Int, $offset: Int) { states(sort: [{ name: DESC }], limit: $limit, offset: $offset) { id } }""",
                Map.of("limit", 2, "offset", 1))
                .body("errors", nullValue())
                .body("data.states.id", contains("ukraine", "south-korea"));
    }

    @Test
    void statesFilterOnStringOperators() {
        query("""
                query { states(where: { name: { startsWith: "North" }, OR: [{ iso3: { endsWith: "K" } }, { name: { contains: "Korea" } }] }) { id } }""")
                .body("errors", nullValue())
                .body("data.states.id", contains("north-korea"));
    }

    @Test
    void unknownActorIsNull() {
        query("query($id: ID!) { actor(id: $id) { id } }", Map.of("id", "nobody"))
                .body("errors", nullValue())
                .body("data.actor", nullValue());
    }
}
