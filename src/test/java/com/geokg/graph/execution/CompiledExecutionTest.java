package com.geokg.graph.execution;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.geokg.graph.StatementCounter;
import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The compiled path answers exactly what SmallRye GraphQL's general executor answers: every
 * request of the corpus is posted over HTTP (where the compiled path answers it, which the
 * request counter proves) and run through the general executor directly, and the two JSON answers
 * must be equal. Requests outside the compiled path are handed over and answered as before.
 */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class CompiledExecutionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CompiledExecutor executor;

    @Inject
    StatementCounter statements;

    record Case(String name, String query, Map<String, Object> variables) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> corpus() {
        return List.of(
                new Case("flat list, every scalar and __typename", """
                        { states { __typename id name aliases description iso3 } }""", Map.of()),
                new Case("by id with derived relations", """
                        query($id: ID!) { state(id: $id) { id pactPartners { id name } deployedTroopsTo { id } receivedTroopsFrom { id } } }""",
                        Map.of("id", "north-korea")),
                new Case("by id, none", """
                        { state(id: "atlantis") { id } }""", Map.of()),
                new Case("interface with inline fragments, sorted", """
                        { actors(sort: [{ name: DESC }], limit: 12) {
                            __typename id name
                            ... on State { iso3 }
                            ... on Person { leads { title since until actor { __typename id } } signed { id } }
                            partOf { id } parts { id } leaders { title person { id } }
                        } }""", Map.of()),
                new Case("named fragment and operation name", """
                        query Other { states { id } }
                        query WithFragment { actors { ...who } }
                        fragment who on Actor { id ... on State { iso3 pactPartners { id } } }""", Map.of()),
                new Case("root connection, first page and every pageInfo field", """
                        { actorsConnection(first: 3, sort: [{ name: ASC }]) {
                            __typename totalCount
                            pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
                            edges { __typename cursor node { __typename id name } }
                        } }""", Map.of()),
                new Case("root connection, after a cursor", """
                        query($after: String) { claimsConnection(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status } } } }""",
                        Map.of("after", "YXJyYXljb25uZWN0aW9uOjI=")),
                new Case("root connection, last page backwards", """
                        { placesConnection(last: 2) { pageInfo { hasPreviousPage hasNextPage startCursor } edges { cursor node { id name kind lat lon } } } }""",
                        Map.of()),
                new Case("agreements with relationship items and a relation connection", """
                        { agreements { id kind name signedOn aliases description
                            parties { id } signatories { id }
                            partyRoles { __typename role signedOn actor { id } }
                            partiesConnection(first: 2, sort: [{ node: { id: DESC } }]) {
                              totalCount pageInfo { hasNextPage endCursor }
                              edges { cursor properties { __typename role signedOn } node { __typename id name } }
                            }
                            claims { id }
                        } }""", Map.of()),
                new Case("claims: enum, numbers, stances, sources, about", """
                        { claims(sort: [{ id: ASC }]) {
                            id text status confidence quantity quantityQualifier quantityUnit
                            assertedBy { id } deniedBy { id }
                            assertions { on actor { id } } denials { on actor { id } }
                            assertedByConnection { totalCount edges { properties { on } node { id } } }
                            deniedByConnection(where: { node: { id: { eq: "north-korea" } } }) { totalCount edges { node { id } } }
                            aboutEvents { id } aboutActors { __typename id } aboutAgreements { id } aboutPlaces { id }
                            sources { id title kind url publisher publishedOn datePrecision summary publishedBy { id } }
                        } }""", Map.of()),
                new Case("events: dates, ints, participants, place", """
                        query($kind: String) { events(where: { kind: { eq: $kind } }, sort: [{ startDate: DESC }]) {
                            id kind title summary startDate endDate datePrecision fatalities strength
                            participants { role actor { id } }
                            participantsConnection(sort: [{ edge: { role: ASC } }]) { totalCount edges { properties { role } node { id } } }
                            place { id name lat lon state { id } locatedIn { id } }
                            claims { id }
                        } }""", Map.of("kind", "TROOP_DEPLOYMENT")),
                new Case("actor events three ways", """
                        { actor(id: "north-korea") { id
                            events { id } participations { role event { id } }
                            eventsConnection(first: 2) { totalCount pageInfo { hasNextPage } edges { properties { role } node { id title } } }
                            asserted { id } denied { id } claims { id } agreements { id }
                        } }""", Map.of()),
                new Case("places and sources", """
                        { places { id name kind description lat lon state { id } locatedIn { id } places { id } events { id } claims { id } }
                          sources { id title kind url publisher publishedOn datePrecision summary claims { id } publishedBy { __typename id } } }""",
                        Map.of()),
                new Case("aliases, the same relation twice with arguments, root __typename", """
                        { __typename
                          first: states(limit: 2) { key: id label: name }
                          rest: states(offset: 2) { id }
                          russia: state(id: "russia") { all: pactPartners { id } none: pactPartners(where: { id: { eq: "x" } }) { id } }
                        }""", Map.of()),
                new Case("generated from the model: a union, people, a new relationship connection", """
                        { claims(sort: [{ id: ASC }]) { id about { __typename ... on State { iso3 } ... on Event { title } ... on Claim { status } } }
                          people(sort: [{ name: ASC }], where: { leads: { some: { id: { eq: "russia" } } } }) { id name leads { title actor { id } } }
                          agreements { signatoriesConnection { totalCount edges { properties { on } node { id } } } }
                          statesConnection(where: { pactPartners: { some: { id: { eq: "russia" } } } }) { totalCount edges { node { id } } } }""",
                        Map.of()),
                new Case("filters with AND, OR, NOT and relation filters", """
                        { events(where: { OR: [{ kind: { in: ["TROOP_DEPLOYMENT", "ATTACK"] } }, { NOT: { title: { contains: "a" } } }],
                                          participants: { some: { id: { startsWith: "north" } } } }, limit: 5, offset: 1) { id title } }""",
                        Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersAsTheGeneralExecutorDoes(Case c) throws Exception {
        long compiledBefore = executor.count(true);
        String overHttp = given().contentType(ContentType.JSON)
                .body(Map.of("query", c.query(), "variables", c.variables(), "operationName", operationName(c)))
                .when().post("/graphql")
                .then().statusCode(200).extract().asString();
        assertEquals(compiledBefore + 1, executor.count(true), "the compiled path answered");

        long compiledBeforeReference = executor.count(true);
        String reference = given().contentType(ContentType.JSON).header("X-KG-Execution", "general")
                .body(Map.of("query", c.query(), "variables", c.variables(), "operationName", operationName(c)))
                .when().post("/graphql")
                .then().statusCode(200).extract().asString();
        assertEquals(compiledBeforeReference, executor.count(true), "the header bypasses the compiled path");

        JsonNode expected = JSON.readTree(reference);
        assertTrue(expected.path("errors").isMissingNode(), () -> "the general executor answered with errors: " + reference);
        assertEquals(expected, JSON.readTree(overHttp));
    }

    private static String operationName(Case c) {
        return c.query().contains("query WithFragment") ? "WithFragment" : "";
    }

    @Test
    void oneStatementPerRootFieldOnTheCompiledPath() {
        long compiledBefore = executor.count(true);
        long before = statements.total();
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ a: events(limit: 100) { id participants { actor { id agreements { id parties { id } } } } } b: statesConnection { totalCount } __typename }"))
                .when().post("/graphql").then().statusCode(200);
        assertEquals(compiledBefore + 1, executor.count(true));
        assertEquals(2, statements.total() - before);
    }

    /**
     * A plan is kept per request body: a repeated request reuses it, and still reads the database
     * (one statement each time: plans are kept, answers are not); the same operation with other
     * variables, including ones that change the statement's shape (a filter), gets its own plan.
     */
    @Test
    void plansAreKeptPerRequestAnswersAreNot() {
        String limited = "query($limit: Int) { states(limit: $limit) { id } }";
        String filtered = "query($where: StateWhere) { states(where: $where) { id } }";
        long compiledBefore = executor.count(true);
        long before = statements.total();
        assertEquals(List.of(1, 2, 1, 2), List.of(
                states(limited, Map.of("limit", 1)).size(), states(limited, Map.of("limit", 2)).size(),
                states(limited, Map.of("limit", 1)).size(), states(limited, Map.of("limit", 2)).size()));
        assertEquals(List.of("russia"), states(filtered, Map.of("where", Map.of("id", Map.of("eq", "russia")))));
        assertEquals(List.of("north-korea"), states(filtered, Map.of("where", Map.of("id", Map.of("eq", "north-korea")))));
        assertEquals(List.of("north-korea", "russia"), states(filtered,
                Map.of("where", Map.of("id", Map.of("in", List.of("russia", "north-korea"))))));
        assertEquals(List.of("russia"), states(filtered, Map.of("where", Map.of("id", Map.of("eq", "russia")))));
        assertEquals(compiledBefore + 8, executor.count(true));
        assertEquals(8, statements.total() - before, "every request read the database");
    }

    private static List<String> states(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath().getList("data.states.id", String.class);
    }

    /** A request refused for its variables is refused again next time (refusals are not kept as plans), by neither path. */
    @Test
    void badVariablesAreRefusedEveryTime() {
        String query = "query($limit: Int) { states(limit: $limit) { id } }";
        for (int i = 0; i < 2; i++) {
            long generalBefore = executor.count(false);
            long compiledBefore = executor.count(true);
            given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", Map.of("limit", "many")))
                    .when().post("/graphql")
                    .then().statusCode(200).body("errors[0].message", org.hamcrest.Matchers.containsString("limit"))
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.is("BAD_USER_INPUT"));
            assertEquals(generalBefore, executor.count(false));
            assertEquals(compiledBefore, executor.count(true));
        }
        assertEquals(1, states(query, Map.of("limit", 1)).size());
    }

    static List<String> refusedBeforeEitherPath() {
        return List.of(
                "{ states(limit: 5000) { id } }",
                "{ states { nope } }",
                "{ states { id ");
    }

    /** Invalid requests are answered by the endpoint itself, before either path. */
    @ParameterizedTest(name = "refused [{index}]")
    @MethodSource("refusedBeforeEitherPath")
    void refusesInvalidRequestsBeforeEitherPath(String query) throws Exception {
        long generalBefore = executor.count(false);
        long compiledBefore = executor.count(true);
        String overHttp = given().contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200).extract().asString();
        assertEquals(generalBefore, executor.count(false));
        assertEquals(compiledBefore, executor.count(true));
        JsonNode answer = JSON.readTree(overHttp);
        assertTrue(answer.has("errors") && !answer.has("data"), overHttp);
    }

    /** {@code @include} and {@code @skip} are applied with the request's variables; the compiled path answers. */
    @Test
    void conditionalFieldsAreCompiled() {
        long compiledBefore = executor.count(true);
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "query($yes: Boolean!) { states(limit: 1) @include(if: $yes) { id } agreements(limit: 1) @skip(if: $yes) { id } }",
                        "variables", Map.of("yes", true)))
                .when().post("/graphql")
                .then().statusCode(200).body("data.states.size()", org.hamcrest.Matchers.is(1))
                .body("data.agreements", org.hamcrest.Matchers.nullValue());
        assertEquals(compiledBefore + 1, executor.count(true));
    }

    static List<String> generalPath() {
        return List.of(
                "{ neighbours(id: \"russia\") { id } }",
                "{ __schema { queryType { name } } }",
                "mutation { deleteState(id: \"russia\") { id } }");
    }

    @ParameterizedTest(name = "general path [{index}]")
    @MethodSource("generalPath")
    void handsOverWhatItDoesNotAnswerUnchanged(String query) throws Exception {
        long generalBefore = executor.count(false);
        String overHttp = given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", Map.of("yes", true)))
                .when().post("/graphql")
                .then().extract().asString();
        assertEquals(generalBefore + 1, executor.count(false), "handed over to the general executor");
        JsonNode answer = JSON.readTree(overHttp);
        assertTrue(answer.has("data") || answer.has("errors"), overHttp);
    }

    @Test
    void missingVariablesAreReportedByName() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "query($id: ID!) { state(id: $id) { id } }", "variables", Map.of()))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].message", org.hamcrest.Matchers.containsString("$id"))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.is("BAD_USER_INPUT"));
    }

    @Test
    void browserAppsGetCorsHeadersOnCompiledAnswers() {
        long compiledBefore = executor.count(true);
        given().contentType(ContentType.JSON).header("Origin", "http://localhost:5173")
                .body(Map.of("query", "{ states(limit: 1) { id } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.containsString("localhost:5173"));
        assertEquals(compiledBefore + 1, executor.count(true));
    }

    @Test
    void answersWithTheMediaTypeTheClientAccepts() {
        String query = "{ states(limit: 1) { id } }";
        given().contentType(ContentType.JSON).accept("application/json").body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200).contentType("application/json");
        given().contentType(ContentType.JSON).accept("application/graphql-response+json").body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200).contentType("application/graphql-response+json");
    }
}
