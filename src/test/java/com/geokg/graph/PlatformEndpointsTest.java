package com.geokg.graph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geokg.support.GraphQL;
import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class PlatformEndpointsTest {

    @Test
    void sdlIsServedWithTheFixedNames() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("interface Actor"))
                .body(containsString("type State implements Actor"))
                .body(containsString("enum ClaimStatus"))
                .body(org.hamcrest.Matchers.matchesPattern(java.util.regex.Pattern.compile(
                        ".*pactPartners\\(.*?\\): \\[State!\\]!.*", java.util.regex.Pattern.DOTALL)));
    }

    /** Errors by code, requests by path, statements, the driver's pool and request latency are at /q/metrics, for Prometheus. */
    @Test
    void metricsShowErrorsByCodeRequestsAndTheDriverPool() {
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("query", "{ states(limit: 100000) { id } }")).when().post("/graphql").then().statusCode(200);
        String metrics = io.restassured.RestAssured.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("kg_graphql_errors_total{code=\"LIMIT_TOO_LARGE\"}"), "errors by code");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("kg_graphql_requests_total{path=\"compiled\"}"), "requests by path");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("kg_cypher_statements_total"), "statements");
        // The pool's figures are those of the driver the service uses (com.geokg.graph.Neo4jDriver):
        // it has acquired connections, so its counter is above zero.
        var acquired = java.util.regex.Pattern.compile("(?m)^neo4j_acquired_total(?:\\{[^}]*})? ([0-9.E]+)$").matcher(metrics);
        org.junit.jupiter.api.Assertions.assertTrue(acquired.find(), "the driver's pool");
        org.junit.jupiter.api.Assertions.assertTrue(Double.parseDouble(acquired.group(1)) > 0, "connections acquired: " + acquired.group(1));
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("neo4j_inUse ") || metrics.contains("neo4j_inUse{"), "connections in use");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("neo4j_idle ") || metrics.contains("neo4j_idle{"), "idle connections");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("http_server_requests_seconds"), "request latency");
    }

    @Test
    void readinessReflectsNeo4j() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Neo4j")));
    }

    @Test
    void graphiqlAndTheGraphViewAreServedBehindTheirRedirects() {
        given().redirects().follow(false).when().get("/q/graphql-ui/").then().statusCode(200)
                .body(containsString("query ThePact"));
        given().when().get("/q/graphql-ui/?query=%7B__typename%7D").then().statusCode(200)
                .body(containsString("graphiql"));
        given().redirects().follow(false).when().get("/q/graphql-ui").then().statusCode(302)
                .header("Location", is("/q/graphql-ui/"));
        given().redirects().follow(false).when().get("/explore").then().statusCode(302)
                .header("Location", is("/explore/"));
        given().when().get("/explore/").then().statusCode(200).body(containsString("id=\"graph\""));
        given().when().get("/webjars/cytoscape/dist/cytoscape.min.js").then().statusCode(200);
        given().redirects().follow(false).when().get("/").then().statusCode(302)
                .header("Location", containsString("/q/graphql-ui/"));
    }

    @Test
    void introspectionPassesTheDepthAndComplexityLimits() {
        String introspection = """
                query IntrospectionQuery {
                  __schema {
                    queryType { name } mutationType { name } subscriptionType { name }
                    types { ...FullType }
                    directives { name description locations args { ...InputValue } }
                  }
                }
                fragment FullType on __Type {
                  kind name description
                  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
                  inputFields { ...InputValue }
                  interfaces { ...TypeRef }
                  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
                  possibleTypes { ...TypeRef }
                }
                fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
                fragment TypeRef on __Type {
                  kind name
                  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
                }""";
        GraphQL.query(introspection, Map.of()).statusCode(200)
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", is("Query"));
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        java.util.List<Map<String, Object>> types = GraphQL.query("""
                { __schema { types {
                    name kind description
                    fields { name description args { name description } }
                    inputFields { name description }
                    enumValues { name description }
                } } }""", Map.of()).statusCode(200).extract().path("data.__schema.types");
        var missing = new java.util.ArrayList<String>();
        for (var type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || type.get("kind").equals("SCALAR")) {
                continue;
            }
            if (!name.equals("Query") && blank(type.get("description"))) {
                missing.add(name);
            }
            for (String list : new String[] {"fields", "inputFields", "enumValues"}) {
                @SuppressWarnings("unchecked")
                var members = (java.util.List<Map<String, Object>>) type.get(list);
                for (var member : members == null ? java.util.List.<Map<String, Object>>of() : members) {
                    if (blank(member.get("description"))) {
                        missing.add(name + "." + member.get("name"));
                    }
                    @SuppressWarnings("unchecked")
                    var args = (java.util.List<Map<String, Object>>) member.get("args");
                    for (var arg : args == null ? java.util.List.<Map<String, Object>>of() : args) {
                        if (blank(arg.get("description"))) {
                            missing.add(name + "." + member.get("name") + "(" + arg.get("name") + ")");
                        }
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), missing);
    }

    private static boolean blank(Object description) {
        return description == null || description.toString().isBlank();
    }

    @Test
    void corsAllowsBrowserApps() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/graphql").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", containsString("localhost:5173"));
    }
}
