package com.geokg.schema;

import static com.geokg.support.GraphQL.as;
import static com.geokg.support.GraphQL.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.geokg.graph.StatementCounter;
import com.geokg.graph.execution.CompiledExecutor;
import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A data team extends the model without code: {@code KG_MODEL=builtin,cypher/examples/sanctions.graphql}
 * (a new type, and {@code extend type State} for a new field), the data loaded with the loader, and
 * sanctions are queried, filtered, sorted, paged, counted and written like any other type, one
 * statement per root field, reads on the compiled path.
 */
@QuarkusTest
@TestProfile(SanctionsModelTest.WithSanctions.class)
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class SanctionsModelTest {

    public static class WithSanctions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kg.model", "builtin," + Path.of("cypher/examples/sanctions.graphql").toAbsolutePath()
                    + "," + Path.of("src/test/resources/models/sanctions-queries.graphql").toAbsolutePath());
        }
    }

    @Inject
    Driver driver;

    @Inject
    StatementCounter statements;

    @Inject
    CompiledExecutor executor;

    @BeforeEach
    void loadSanctions() throws Exception {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH 'test-' DETACH DELETE n").execute();
        given().auth().preemptive().basic("loader", "loader-secret").contentType("text/plain")
                .body(Files.readString(Path.of("cypher/examples/sanctions.cypher")))
                .when().post("/load?name=sanctions.cypher&stream=false&force=true")
                .then().statusCode(200);
    }

    @Test
    void sanctionsAreListedFilteredAndSortedInOneStatement() {
        long before = statements.total();
        long compiled = executor.count(true);
        query("""
                query($text: String) {
                  sanctions(where: { name: { contains: $text } }, sort: [{ imposedOn: DESC }]) {
                    id name imposedOn imposedBy { id } targets { id }
                  }
                }""", Map.of("text", "sanctions on"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.sanctions.id", contains("example-sanction-troop-deployment", "example-sanction-arms-transfers",
                        "example-sanction-shipping"))
                .body("data.sanctions[1].imposedOn", is("2024-10-17"))
                .body("data.sanctions[1].imposedBy.id", containsInAnyOrder("united-states", "south-korea"));
        assertEquals(1, statements.total() - before);
        assertEquals(1, executor.count(true) - compiled, "answered on the compiled path");

        query("""
                { sanctions(where: { targets: { some: { id: { eq: "russia" } } } }, sort: [{ name: ASC }]) { id } }""", Map.of())
                .body("data.sanctions.id", contains("example-sanction-arms-transfers", "example-sanction-shipping"));
    }

    @Test
    void aConnectionCountsAndPages() {
        long total = driver.executableQuery("MATCH (s:Sanction) RETURN count(s) AS n").execute().records().get(0).get("n").asLong();
        long before = statements.total();
        String after = query("""
                { sanctionsConnection(first: 2, sort: [{ name: ASC }]) {
                    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }""", Map.of())
                .body("data.sanctionsConnection.totalCount", is((int) total))
                .body("data.sanctionsConnection.pageInfo.hasNextPage", is(true))
                .body("data.sanctionsConnection.edges.node.id", contains("example-sanction-arms-transfers", "example-sanction-shipping"))
                .extract().path("data.sanctionsConnection.pageInfo.endCursor");
        query("""
                query($after: String) { sanctionsConnection(first: 2, after: $after, sort: [{ name: ASC }]) {
                    pageInfo { hasNextPage } edges { node { id } } } }""", Map.of("after", after))
                .body("data.sanctionsConnection.pageInfo.hasNextPage", is(false))
                .body("data.sanctionsConnection.edges.node.id", contains("example-sanction-troop-deployment"));
        assertEquals(2, statements.total() - before);
    }

    @Test
    void theNewFieldOnStateTraversesFromAState() {
        long before = statements.total();
        query("""
                { state(id: "south-korea") { name sanctionsImposed(sort: [{ imposedOn: ASC }]) { id targets { id } } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.state.sanctionsImposed.id", contains("example-sanction-arms-transfers", "example-sanction-troop-deployment"));
        query("""
                { states(where: { sanctionsImposed: { some: { name: { contains: "shipping" } } } }) { id } }""", Map.of())
                .body("data.states.id", contains("united-states"));
        assertEquals(2, statements.total() - before);
    }

    @Test
    void sanctionsAreCreatedUpdatedConnectedAndDeletedByEditors() {
        long before = statements.total();
        as("editor", """
                mutation($input: SanctionInput!) { createSanction(input: $input) { id name imposedOn } }""",
                Map.of("input", Map.of("id", "test-sanction", "name", "Test sanction", "imposedOn", "2025-01-02")))
                .body("errors", nullValue())
                .body("data.createSanction.imposedOn", is("2025-01-02"));
        as("editor", """
                mutation { updateSanction(id: "test-sanction", input: { name: "Renamed" }) { name } }""", Map.of())
                .body("data.updateSanction.name", is("Renamed"));
        as("editor", """
                mutation {
                  a: connectImposedBy(sanctionId: "test-sanction", actorId: "ukraine") { imposedBy { id } }
                  b: connectTarget(sanctionId: "test-sanction", actorId: "russia") { targets { id } }
                  c: connectSanctionsImposed(stateId: "south-korea", sanctionId: "test-sanction") { sanctionsImposed { id } }
                }""", Map.of())
                .body("errors", nullValue())
                .body("data.a.imposedBy.id", contains("ukraine"))
                .body("data.b.targets.id", contains("russia"))
                .body("data.c.sanctionsImposed.id", org.hamcrest.Matchers.hasItem("test-sanction"));
        query("{ sanction(id: \"test-sanction\") { name imposedBy(sort: [{ id: ASC }]) { id } } }", Map.of())
                .body("data.sanction.imposedBy.id", contains("south-korea", "ukraine"));
        as("editor", "mutation { deleteSanction(id: \"test-sanction\") { id } }", Map.of())
                .body("data.deleteSanction.id", is("test-sanction"));
        query("{ sanction(id: \"test-sanction\") { id } }", Map.of()).body("data.sanction", nullValue());
        assertEquals(8, statements.total() - before, "one statement per root field: 1 + 1 + 3 + 1 + 1 + 1");
        query(CREATE_ANONYMOUSLY, Map.of()).body("errors[0].extensions.code", is("UNAUTHENTICATED"));
    }

    private static final String CREATE_ANONYMOUSLY = "mutation { createSanction(input: { id: \"test-anon\", name: \"X\" }) { id } }";

    @Test
    void cypherFieldsOfTheModelAnswerOnBothPaths() throws Exception {
        String query = """
                query($actor: ID!) {
                  sanctioningStates(actorId: $actor) { id sanctionsImposedCount sanctionsImposed(sort: [{ id: ASC }]) { id } }
                  sanctionCount(actorId: $actor)
                }""";
        long before = statements.total();
        long compiled = executor.count(true);
        String answer = query(query, Map.of("actor", "russia")).statusCode(200)
                .body("errors", nullValue())
                .body("data.sanctioningStates.id", containsInAnyOrder("united-states", "south-korea"))
                .body("data.sanctionCount", is(2))
                .body("data.sanctioningStates.find { it.id == 'united-states' }.sanctionsImposedCount", is(2))
                .extract().asString();
        assertEquals(2, statements.total() - before, "one statement per root field");
        assertEquals(1, executor.count(true) - compiled, "answered on the compiled path");
        String general = given().contentType("application/json").header("X-KG-Execution", "general")
                .body(Map.of("query", query, "variables", Map.of("actor", "russia")))
                .when().post("/graphql").then().statusCode(200).extract().asString();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals(json.readTree(general), json.readTree(answer), "the general executor answers the same");
    }

    @Test
    void neighboursStartFromNodesOfTheNewType() {
        query("""
                { neighbours(id: "example-sanction-arms-transfers") { relationship direction id } }""", Map.of())
                .body("errors", nullValue())
                .body("data.neighbours.relationship", org.hamcrest.Matchers.hasItems("IMPOSED", "TARGETS"));
    }

    @Test
    void theNewTypeIsSearchedCaptionedAndDatedLikeTheOthers() throws Exception {
        // the model marks Sanction.name @searchable @caption and imposedOn @when: no code knows sanctions
        assertTrue(com.geokg.support.Eventually.eventually(() -> given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ search(text: \"shipping\", labels: [\"Sanction\"]) { node { id } } }"))
                .when().post("/graphql").then().extract().path("data.search[0].node.id") != null, 100), "the index holds the sanctions");
        query("""
                { search(text: "sanctions troop", labels: ["Sanction"]) { node { id type name date } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.search[0].node.id", is("example-sanction-troop-deployment"))
                .body("data.search[0].node.type", is("Sanction"))
                .body("data.search[0].node.name", is("Example: sanctions on the troop deployment"))
                .body("data.search[0].node.date", is("2024-11-05"));
        query("""
                { neighbourhood(id: "russia", types: ["TARGETS"], from: "2024-10-01") { nodes { id } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.neighbourhood.nodes.id", org.hamcrest.Matchers.contains("russia", "example-sanction-arms-transfers"));
    }

    @Test
    void theSchemaDescribesTheNewTypeLikeTheOthers() {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        for (String expected : List.of("type Sanction {", "input SanctionWhere {", "input SanctionSort {", "type SanctionsConnection {",
                "sanctionsImposed(", "createSanction(", "connectImposedBy(")) {
            org.junit.jupiter.api.Assertions.assertTrue(sdl.contains(expected), expected);
        }
    }
}
