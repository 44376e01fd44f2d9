package com.geokg.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The switches of a production setup: introspection, GraphiQL and the graph view off, CORS for one named origin,
 * and a small body limit on {@code /graphql} while {@code /load} keeps its large one.
 */
@QuarkusTest
@TestProfile(ProductionSwitchesTest.Production.class)
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class ProductionSwitchesTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kg.http.introspection", "false",
                    "kg.http.graphiql", "false",
                    "kg.http.explore", "false",
                    "kg.http.graphql-max-body", "2048",
                    "quarkus.http.cors.origins", "https://app.example.org");
        }
    }

    @Test
    void introspectionIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __schema { types { name } } }"))
                .when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("introspection is switched off"));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ a: __type(name: \"State\") { name } }"))
                .when().post("/graphql").then().body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename state(id: \"russia\") { name } }"))
                .when().post("/graphql").then().body("data.state.name", is("Russia"));
    }

    @Test
    void graphiqlIsNotServed() {
        given().redirects().follow(false).when().get("/q/graphql-ui/").then().statusCode(404);
        given().redirects().follow(false).when().get("/q/graphql-ui/index.html").then().statusCode(404);
        given().redirects().follow(false).when().get("/").then().statusCode(404);
    }

    @Test
    void graphViewIsNotServed() {
        given().redirects().follow(false).when().get("/explore").then().statusCode(404);
        given().redirects().follow(false).when().get("/explore/").then().statusCode(404);
        given().redirects().follow(false).when().get("/explore/explore.js").then().statusCode(404);
    }

    @Test
    void corsAllowsOnlyTheNamedOrigin() {
        given().contentType(ContentType.JSON).header("Origin", "https://app.example.org").body(Map.of("query", "{ __typename }"))
                .when().post("/graphql").then().statusCode(200).header("Access-Control-Allow-Origin", "https://app.example.org");
        given().contentType(ContentType.JSON).header("Origin", "https://evil.example").body(Map.of("query", "{ __typename }"))
                .when().post("/graphql").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void bodyLimitsArePerEndpoint() {
        String padded = "{ __typename }" + " ".repeat(3000);
        given().contentType(ContentType.JSON).body(Map.of("query", padded)).when().post("/graphql")
                .then().statusCode(413).body("errors[0].extensions.code", is("REQUEST_TOO_LARGE"));
        String script = "// a script larger than the GraphQL limit\n" + "// padding\n".repeat(400) + "RETURN 1;\n";
        given().auth().preemptive().basic("loader", "loader-secret").contentType("text/plain").body(script)
                .when().post("/load").then().statusCode(200).body(containsString("outcome: SUCCEEDED"));
    }
}
