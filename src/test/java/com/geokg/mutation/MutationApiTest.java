package com.geokg.mutation;

import static com.geokg.support.GraphQL.as;
import static com.geokg.support.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.geokg.graph.StatementCounter;
import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Writes: one transaction each, the editor role, and bad input that writes nothing. */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class MutationApiTest {

    private static final String CREATE_STATE = """
            mutation($input: StateInput!) { createState(input: $input) { id name iso3 aliases } }""";

    private static final String FINGERPRINT = """
            MATCH (n) WHERE NOT n:LoadRecord
            RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships,
                   sum(size(keys(n))) AS properties""";

    @Inject
    Driver driver;

    @Inject
    StatementCounter counter;

    @AfterEach
    void removeTestData() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH 'test-' DETACH DELETE n").execute();
        driver.executableQuery("MATCH ()-[r:PARTICIPATED_IN {role: 'OBSERVER'}]->() DELETE r").execute();
    }

    @Test
    void anonymousCallersCannotWriteAndNothingIsWritten() {
        var before = fingerprint();
        query(CREATE_STATE, Map.of("input", state("test-atlantis")))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"));
        assertEquals(before, fingerprint());
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsWritten() {
        var before = fingerprint();
        io.restassured.RestAssured.given().auth().preemptive().basic("editor", "not-the-password")
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("query", CREATE_STATE, "variables", Map.of("input", state("test-atlantis"))))
                .when().post("/graphql")
                .then().statusCode(401);
        assertEquals(before, fingerprint());
    }

    @Test
    void aUserWithoutTheEditorRoleCannotWrite() {
        var before = fingerprint();
        as("reader", CREATE_STATE, Map.of("input", state("test-atlantis")))
                .body("errors[0].extensions.code", is("FORBIDDEN"));
        as("loader", CREATE_STATE, Map.of("input", state("test-atlantis")))
                .body("errors[0].extensions.code", is("FORBIDDEN"));
        assertEquals(before, fingerprint());
    }

    @Test
    void editorCreatesUpdatesUpsertsAndDeletesAState() {
        as("editor", CREATE_STATE, Map.of("input", state("test-atlantis")))
                .body("errors", nullValue())
                .body("data.createState.id", is("test-atlantis"))
                .body("data.createState.aliases", contains("Poseidonis"));
        query("query { state(id: \"test-atlantis\") { name iso3 } }").body("data.state.iso3", is("ATL"));

        var update = new HashMap<String, Object>(Map.of("name", "Atlantis Nova"));
        update.put("iso3", null); // an explicit null removes the property
        as("editor", "mutation($id: ID!, $input: StateUpdate!) { updateState(id: $id, input: $input) { name iso3 } }",
                Map.of("id", "test-atlantis", "input", update))
                .body("errors", nullValue())
                .body("data.updateState.name", is("Atlantis Nova"))
                .body("data.updateState.iso3", nullValue());

        as("editor", "mutation($input: StateInput!) { upsertState(input: $input) { name } }",
                Map.of("input", Map.of("id", "test-atlantis", "name", "Atlantis")))
                .body("data.upsertState.name", is("Atlantis"));
        as("editor", "mutation($input: StateInput!) { upsertState(input: $input) { id name } }",
                Map.of("input", Map.of("id", "test-lemuria", "name", "Lemuria")))
                .body("data.upsertState.id", is("test-lemuria"));
        query("query { actor(id: \"test-lemuria\") { __typename } }").body("data.actor.__typename", is("State"));

        as("editor", "mutation($id: ID!) { deleteState(id: $id) { id name } }", Map.of("id", "test-atlantis"))
                .body("data.deleteState.name", is("Atlantis"));
        query("query { state(id: \"test-atlantis\") { id } }").body("data.state", nullValue());
    }

    @Test
    void eachNodeTypeCanBeCreated() {
        as("editor", """
                mutation {
                  p: createPerson(input: { id: "test-person", name: "A. Person" }) { id }
                  o: createOrganization(input: { id: "test-org", name: "An Agency" }) { id }
                  u: createMilitaryUnit(input: { id: "test-unit", name: "A Unit" }) { id }
                  a: createAgreement(input: { id: "test-treaty", name: "A Treaty", kind: "TREATY", signedOn: "2025-01-02" }) { signedOn }
                  e: createEvent(input: { id: "test-event", kind: "VISIT", title: "A visit", startDate: "2025-02-03", fatalities: 0 }) { startDate }
                  pl: createPlace(input: { id: "test-place", name: "Somewhere", lat: 1.5, lon: 2.5 }) { lat }
                  s: createSource(input: { id: "test-source", title: "A report", kind: "NEWS" }) { title }
                  c: createClaim(input: { id: "test-claim", text: "Something is so.", status: UNVERIFIED, confidence: 0.4 }) { status }
                }""", Map.of())
                .body("errors", nullValue())
                .body("data.a.signedOn", is("2025-01-02"))
                .body("data.e.startDate", is("2025-02-03"))
                .body("data.pl.lat", is(1.5f))
                .body("data.c.status", is("UNVERIFIED"));
        query("query { actor(id: \"test-unit\") { __typename } }").body("data.actor.__typename", is("MilitaryUnit"));
    }

    @Test
    void badInputGetsACodeAndWritesNothing() {
        as("editor", CREATE_STATE, Map.of("input", state("test-atlantis"))).body("errors", nullValue());
        var before = fingerprint();
        as("editor", CREATE_STATE, Map.of("input", state("test-atlantis")))
                .body("errors[0].extensions.code", is("ALREADY_EXISTS"));
        as("editor", CREATE_STATE, Map.of("input", state("North Korea!")))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("slug"));
        as("editor", "mutation($id: ID!) { updateState(id: $id, input: { name: \"X\" }) { id } }", Map.of("id", "test-nowhere"))
                .body("errors[0].extensions.code", is("NOT_FOUND"));
        as("editor", "mutation { createClaim(input: { id: \"test-c2\", text: \"t\", status: ASSERTED, confidence: 2 }) { id } }", Map.of())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        as("editor", "mutation { createEvent(input: { id: \"test-e2\", kind: \"attack\", title: \"t\" }) { id } }", Map.of())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("UPPER_SNAKE_CASE"));
        as("editor", "mutation($d: Date) { createEvent(input: { id: \"test-e3\", kind: \"ATTACK\", title: \"t\", startDate: $d }) { id } }",
                Map.of("d", "2024-02-30"))
                .body("errors", org.hamcrest.Matchers.notNullValue())
                .body("data", nullValue());
        as("editor", "mutation { createEvent(input: { id: \"test-e4\", title: \"no kind\" }) { id } }", Map.of())
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"));
        as("editor", "mutation { deleteEvent(id: \"test-nothing\") { id } }", Map.of())
                .body("errors[0].extensions.code", is("NOT_FOUND"));
        assertEquals(before, fingerprint());
    }

    @Test
    void connectAndDisconnectRelationshipsWithProperties() {
        as("editor", """
                mutation { createEvent(input: { id: "test-event", kind: "VISIT", title: "A visit" }) { id } }""", Map.of())
                .body("errors", nullValue());
        as("editor", """
                mutation($e: ID!, $a: ID!) {
                  connectParticipant(eventId: $e, actorId: $a, role: "OBSERVER") { participants { role actor { id } } }
                }""", Map.of("e", "test-event", "a", "south-korea"))
                .body("errors", nullValue())
                .body("data.connectParticipant.participants.role", contains("OBSERVER"))
                .body("data.connectParticipant.participants.actor.id", contains("south-korea"));
        as("editor", """
                mutation { connectPlace(eventId: "test-event", placeId: "vladivostok") { place { id } } }""", Map.of())
                .body("data.connectPlace.place.id", is("vladivostok"));
        as("editor", """
                mutation { createClaim(input: { id: "test-claim", text: "A visit happened.", status: ASSERTED }) { id } }""", Map.of());
        as("editor", """
                mutation {
                  a: connectAbout(claimId: "test-claim", targetId: "test-event") { aboutEvents { id } }
                  b: connectAssertedBy(claimId: "test-claim", actorId: "south-korea-nis", on: "2025-03-04") { assertions { on actor { id } } }
                  c: connectDeniedBy(claimId: "test-claim", actorId: "north-korea") { deniedBy { id } }
                  d: connectSource(claimId: "test-claim", sourceId: "scmp-opinion-nk-intervention-ukraine-2024-10") { sources { id } }
                }""", Map.of())
                .body("errors", nullValue())
                .body("data.a.aboutEvents.id", contains("test-event"))
                .body("data.b.assertions.on", contains("2025-03-04"))
                .body("data.c.deniedBy.id", contains("north-korea"));
        as("editor", """
                mutation($e: ID!, $a: ID!) { disconnectParticipant(eventId: $e, actorId: $a, role: "OBSERVER") { participants { role } } }""",
                Map.of("e", "test-event", "a", "south-korea"))
                .body("data.disconnectParticipant.participants", empty());
    }

    @Test
    void connectingToAMissingNodeNamesItAndWritesNothing() {
        var before = fingerprint();
        as("editor", """
                mutation { connectParticipant(eventId: "strike-near-donetsk-2024-10-03", actorId: "test-ghost", role: "OBSERVER") { id } }""", Map.of())
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].message", is("no Actor with id 'test-ghost'"));
        as("editor", """
                mutation { connectLocatedIn(placeId: "vladivostok", containerId: "test-ghost") { id } }""", Map.of())
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].message", is("no Place or State with id 'test-ghost'"));
        assertEquals(before, fingerprint());
    }

    @Test
    void aMutationIsOneStatement() {
        long before = counter.total();
        as("editor", CREATE_STATE, Map.of("input", state("test-atlantis"))).body("errors", nullValue());
        as("editor", """
                mutation { connectPartOf(actorId: "test-atlantis", parentId: "russia") { id partOf { id parts { id } } } }""", Map.of())
                .body("data.connectPartOf.partOf.id", contains("russia"));
        assertEquals(2, counter.total() - before);
    }

    private static Map<String, Object> state(String id) {
        return Map.of("id", id, "name", "Atlantis", "iso3", "ATL", "aliases", List.of("Poseidonis"));
    }

    private Map<String, Object> fingerprint() {
        return driver.executableQuery(FINGERPRINT).execute().records().get(0).asMap();
    }
}
