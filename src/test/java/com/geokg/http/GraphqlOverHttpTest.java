package com.geokg.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.geokg.graph.execution.CompiledExecutor;
import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * {@code /graphql} as the GraphQL-over-HTTP spec describes it, over real HTTP: methods, media
 * types, parameters, status codes, request errors without {@code data}, and the error codes and
 * messages of every kind of bad request (positions on syntax errors, no Java names, no dumps).
 */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class GraphqlOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(java|javax|jakarta|com|org|io|graphql)\\.[a-z]+\\.|Exception|\\bat [a-z]+\\.");

    @Inject
    CompiledExecutor executor;

    @Test
    void getRunsQueriesOnTheCompiledPath() {
        long compiled = executor.count(true);
        given().queryParam("query", "query($id: ID!) { state(id: $id) { name } }").queryParam("variables", "{\"id\":\"russia\"}")
                .when().get("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .body("data.state.name", is("Russia"));
        assertEquals(compiled + 1, executor.count(true));
    }

    @Test
    void getRunsQueriesOnTheGeneralPath() {
        long general = executor.count(false);
        given().header("X-KG-Execution", "general").queryParam("query", "{ state(id: \"russia\") { name } }")
                .when().get("/graphql")
                .then().statusCode(200).body("data.state.name", is("Russia"));
        assertEquals(general + 1, executor.count(false));
        given().queryParam("query", "{ neighbours(id: \"russia\", limit: 1) { id } }")
                .when().get("/graphql").then().statusCode(200).body("data.neighbours.size()", is(1));
    }

    @Test
    void getNeverRunsMutations() {
        given().queryParam("query", "mutation { deleteState(id: \"russia\") { id } }")
                .when().get("/graphql")
                .then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", is("BAD_REQUEST"))
                .body("$", not(hasKey("data")));
        given().queryParam("query", "{ state(id: \"russia\") { id } }").when().get("/graphql")
                .then().body("data.state.id", is("russia")); // still there
    }

    @Test
    void answersTheMediaTypeTheClientAccepts() {
        post(Map.of("query", "{ __typename }"), GRAPHQL_RESPONSE).statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE));
        post(Map.of("query", "{ __typename }"), "application/json").statusCode(200).contentType(startsWith("application/json"));
        post(Map.of("query", "{ __typename }"), "*/*").statusCode(200).contentType(startsWith("application/json"));
        post(Map.of("query", "{ __typename }"), "application/json;q=0.5, application/graphql-response+json").statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }")).header("Accept", "")
                .when().post("/graphql").then().statusCode(200).contentType(startsWith("application/json"));
        post(Map.of("query", "{ __typename }"), "text/html").statusCode(406).body("errors[0].extensions.code", is("BAD_REQUEST"));
    }

    @Test
    void refusesBodiesThatAreNotJson() {
        given().contentType("text/plain").body("{ __typename }").when().post("/graphql")
                .then().statusCode(415).body("errors[0].message", containsString("application/json"));
        given().body("{\"query\":\"{ __typename }\"}").when().post("/graphql")
                .then().statusCode(415);
        given().contentType("application/json; charset=latin1").body("{\"query\":\"{ __typename }\"}").when().post("/graphql")
                .then().statusCode(415);
        given().contentType(ContentType.JSON).body("{ \"not a JSON").when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", is("BAD_REQUEST"))
                .body("errors[0].message", containsString("not valid JSON"));
        given().contentType(ContentType.JSON).when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", containsString("empty"));
        given().contentType(ContentType.JSON).when().put("/graphql")
                .then().statusCode(405).header("Allow", "GET, POST");
    }

    static List<Object[]> badParameters() {
        return List.of(
                new Object[] {"{\"qeury\":\"{ __typename }\"}", "no \"query\""},
                new Object[] {"{\"query\":{\"obj\":1}}", "must be a string"},
                new Object[] {"{\"query\":0}", "must be a string"},
                new Object[] {"{\"query\":\"{ __typename }\",\"operationName\":false}", "operationName"},
                new Object[] {"{\"query\":\"{ __typename }\",\"variables\":\"string\"}", "variables"},
                new Object[] {"{\"query\":\"{ __typename }\",\"variables\":[1]}", "variables"},
                new Object[] {"{\"query\":\"{ __typename }\",\"extensions\":0}", "extensions"},
                new Object[] {"[{\"query\":\"{ __typename }\"}]", "JSON object"});
    }

    @ParameterizedTest
    @MethodSource("badParameters")
    void refusesParametersOfTheWrongKind(String body, String message) {
        given().contentType(ContentType.JSON).body(body).when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", is("BAD_REQUEST"))
                .body("errors[0].message", containsString(message)).body("$", not(hasKey("data")));
    }

    @Test
    void acceptsNullAndEmptyParameters() {
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                .body("{\"query\":\"query Q { __typename }\",\"variables\":null,\"operationName\":null,\"extensions\":{\"some\":\"value\"}}")
                .when().post("/graphql")
                .then().statusCode(200).body("data.__typename", is("Query")).body("errors", nullValue());
        post(Map.of("query", "query Q { __typename }", "operationName", "Q"), "application/json").statusCode(200).body("errors", nullValue());
    }

    @Test
    void syntaxErrorsSayWhere() {
        post(Map.of("query", "{\n  states {\n    id\n"), GRAPHQL_RESPONSE)
                .statusCode(400).body("$", not(hasKey("data")))
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", startsWith("Syntax error at line 4, column 1"))
                .body("errors[0].locations[0].line", is(4));
        post(Map.of("query", "{ states(where: { name: { eq: \"unterminated } }) { id } }"), "application/json")
                .statusCode(200).body("errors[0].extensions.code", is("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("line 1, column 31"));
    }

    @Test
    void validationErrorsNameTheField() {
        post(Map.of("query", "{ state(id: \"russia\") { population } }"), GRAPHQL_RESPONSE)
                .statusCode(400).body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", is("Field 'population' in type 'State' is undefined"))
                .body("errors[0].locations[0].column", is(25));
    }

    @Test
    void variablesAreCoercedByTheSpec() {
        post(Map.of("query", "query($limit: Int) { states(limit: $limit) { id } }", "variables", Map.of("limit", "ten")), GRAPHQL_RESPONSE)
                .statusCode(400).body("$", not(hasKey("data"))).body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", is("variable '$limit' has an invalid value: expected Int, got the text \"ten\""));
        post(Map.of("query", "query($id: ID!) { state(id: $id) { id } }", "variables", Map.of("id", Map.of("a", 1))), "application/json")
                .statusCode(200).body("$", not(hasKey("data")))
                .body("errors[0].message", is("variable '$id' has an invalid value: expected ID!, got an object"));
        for (String variables : List.of("{\"id\":null}", "{}")) {
            given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                    .body("{\"query\":\"query($id: ID!) { state(id: $id) { id } }\",\"variables\":" + variables + "}")
                    .when().post("/graphql")
                    .then().statusCode(400).body("errors[0].message", is("variable '$id' of type ID! must not be null; give it a value"));
        }
        post(Map.of("query", "query($d: Date) { events(where: { startDate: { gt: $d } }) { id } }", "variables", Map.of("d", "2024-13-45")),
                GRAPHQL_RESPONSE).statusCode(400).body("errors.size()", is(1)).body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    }

    @Test
    void aLiteralThatIsNoDateIsOneErrorNamingTheField() {
        post(Map.of("query", "{ events(where: { startDate: { gte: \"not-a-date\" } }) { id } }"), "application/json")
                .statusCode(200).body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("'not-a-date' is not a date"))
                .body("errors[0].message", containsString("startDate"));
    }

    @Test
    void operationsAreChosenByName() {
        String doc = "query A { __typename } query B { states(limit: 1) { id } }";
        post(Map.of("query", doc, "operationName", "B"), GRAPHQL_RESPONSE).statusCode(200).body("data.states.size()", is(1));
        post(Map.of("query", doc), GRAPHQL_RESPONSE).statusCode(400).body("errors[0].message", containsString("operationName"));
        post(Map.of("query", doc, "operationName", "C"), GRAPHQL_RESPONSE).statusCode(400)
                .body("errors[0].message", containsString("no operation named 'C'"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithItsCode() {
        given().contentType(ContentType.JSON).body("{\"query\":\"# " + "x".repeat(1_100_000) + "\"}")
                .when().post("/graphql")
                .then().statusCode(413).body("errors[0].extensions.code", is("REQUEST_TOO_LARGE"))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void everyResponseCarriesARequestId() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }")).when().post("/graphql")
                .then().header("X-Request-Id", notNullValue());
        given().contentType(ContentType.JSON).header("X-Request-Id", "trace-42").body(Map.of("query", "{ __typename }")).when().post("/graphql")
                .then().header("X-Request-Id", "trace-42");
        given().contentType(ContentType.JSON).header("X-Request-Id", "bad id\u00e9").body(Map.of("query", "{ __typename }")).when().post("/graphql")
                .then().header("X-Request-Id", not("bad id\u00e9"));
    }

    static List<String> badRequests() {
        return List.of(
                "{ states(limit: -5) { id } }",
                "{ states(limit: 100000) { id } }",
                "{ events(offset: -1) { id } }",
                "{ state(id: \"russia\") { nope } }",
                "{ states { id ",
                "query($x: Int) { states(limit: $x) { id } }",
                "{ statesConnection(first: 2, after: \"not-a-cursor\") { totalCount } }",
                "mutation { deleteState(id: \"russia\") { id } }",
                "mutation { createPlace(input: { id: \"Not A Slug\", name: \"x\" }) { id } }",
                "{ neighbours(id: \"russia\", types: [\"NOPE\"]) { id } }",
                "subscription { x }");
    }

    /** Whatever is wrong, the answer names no Java class, holds no stack trace and no Cypher, and has one error. */
    @ParameterizedTest
    @MethodSource("badRequests")
    void errorsNeverLeak(String query) {
        for (String accept : List.of(GRAPHQL_RESPONSE, "application/json")) {
            String body = given().contentType(ContentType.JSON).accept(accept).body(Map.of("query", query, "variables", Map.of("x", "1")))
                    .when().post("/graphql").then().statusCode(org.hamcrest.Matchers.lessThan(500))
                    .body("errors.size()", is(1)).body("errors[0].extensions.code", notNullValue())
                    .extract().asString();
            assertFalse(JAVA_NAME.matcher(body).find(), body);
            assertFalse(body.contains("MATCH") || body.contains("RETURN") || body.contains("classification"), body);
        }
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body, String accept) {
        return given().contentType(ContentType.JSON).accept(accept).body(body).when().post("/graphql").then();
    }
}
