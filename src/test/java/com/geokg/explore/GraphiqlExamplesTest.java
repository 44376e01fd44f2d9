package com.geokg.explore;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * GraphiQL's saved example tabs never rot: every example runs against {@code /graphql} without
 * an error, and the page GraphiQL opens on carries all of them.
 */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class GraphiqlExamplesTest {

    private static final Pattern NAMED_OPERATION = Pattern.compile("(?m)^query ([A-Z][A-Za-z]+)[ ({]");

    static String operationName(GraphiqlExamples.Example example) {
        var m = NAMED_OPERATION.matcher(example.query());
        return m.find() ? m.group(1) : null;
    }

    static Stream<GraphiqlExamples.Example> examples() {
        return GraphiqlExamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleRunsWithoutErrors(GraphiqlExamples.Example example) {
        given().contentType(ContentType.JSON).body(Map.of("query", example.query()))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data", notNullValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleIsANamedOperationThatTeaches(GraphiqlExamples.Example example) {
        assertTrue(operationName(example) != null, example.name() + " names its operation (the tab's title)");
        assertTrue(example.query().startsWith("# "), example.name() + " starts with a comment for the analyst");
    }

    @Test
    void graphiqlPageCarriesEveryExampleAsATab() {
        var page = given().when().get("/q/graphql-ui/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("geokg-render.js"))
                .body(containsString("graphiql.min.js"))
                .body(not(containsString("{{EXAMPLES}}")));
        for (var example : GraphiqlExamples.all()) {
            page.body(containsString("query " + operationName(example)));
        }
        given().when().get("/q/graphql-ui/geokg-render.js").then().statusCode(200)
                .contentType(containsString("javascript")).body(containsString("defaultTabs"));
        // the scripts the page loads are still SmallRye's, from its jar
        given().when().get("/q/graphql-ui/graphiql.min.js").then().statusCode(200);
        given().when().get("/q/graphql-ui/react.production.min.js").then().statusCode(200);
    }

    @Test
    void rootRedirectsToGraphiql() {
        given().redirects().follow(false).when().get("/").then().statusCode(302).header("Location", is("/q/graphql-ui/"));
    }
}
