package com.geokg.graph;

import static com.geokg.support.GraphQL.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every kind of bad request gets a GraphQL error (or a 4xx), never a 500, and reads nothing it should not. */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class BadInputTest {

    @Test
    void syntaxErrorIsAGraphQLErrorNotAServerError() {
        query("query { state(id: \"russia\") { id ")
                .statusCode(lessThan(500))
                .body("data", nullValue())
                .body("errors[0].message", notNullValue());
    }

    @Test
    void unknownFieldIsAValidationError() {
        query("query { state(id: \"russia\") { id population } }")
                .statusCode(lessThan(500))
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("population"));
    }

    @Test
    void missingRequiredArgumentIsAValidationError() {
        query("query { state { id } }")
                .statusCode(lessThan(500))
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void variableOfTheWrongTypeIsRefused() {
        query("query($limit: Int) { states(limit: $limit) { id } }", Map.of("limit", "many"))
                .statusCode(lessThan(500))
                .body("errors[0].message", containsString("limit"))
                .body("data", nullValue());
    }

    @Test
    void dateThatIsNoDateIsRefused() {
        query("query($d: Date) { events(where: { startDate: { gt: $d } }) { id } }", Map.of("d", "2024-13-45"))
                .statusCode(lessThan(500))
                .body("errors", notNullValue())
                .body("data.events", nullValue());
    }

    @Test
    void limitAboveTheMaximumHasAStableCode() {
        query("query { states(limit: 100000) { id } }")
                .statusCode(200)
                .body("errors[0].extensions.code", is("LIMIT_TOO_LARGE"))
                .body("errors[0].message", containsString("100000"));
    }

    @Test
    void negativeOffsetHasAStableCode() {
        query("query { events(offset: -1) { id } }")
                .statusCode(200)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    }

    @Test
    void errorsNeverLeakCypherOrJavaClassNames() {
        query("query { states(limit: -5) { id } }")
                .body("errors[0].message", is("limit must not be negative, got -5"))
                .body("errors[0].extensions.exception", nullValue());
    }

    @Test
    void bodyThatIsNotJsonIsA4xx() {
        given().contentType(ContentType.JSON).body("{ this is not json").when().post("/graphql")
                .then().statusCode(lessThan(500));
    }

    @Test
    void queryTooDeepIsRefused() {
        String deep = "{ state(id: \"russia\") { " + "pactPartners { ".repeat(17) + "id" + " }".repeat(17) + " } }";
        query(deep)
                .statusCode(lessThan(500))
                .body("data", nullValue())
                .body("errors.message", hasItem(containsString("depth")));
    }
}
