package com.geokg.schema;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The SDL served at {@code /graphql/schema.graphql} keeps the shape of the golden copy
 * ({@code schema/golden.graphql}, the SDL of the hand-written API, taken before the API was
 * generated from the model): every difference is listed, one line each, in
 * {@code schema/deliberate-changes.txt}, which the README's "Changes from the hand-written API"
 * explains. A difference that is not listed, or a listed one that is gone, fails.
 */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class GoldenSchemaTest {

    @Test
    void servedSchemaDiffersFromTheGoldenCopyOnlyByTheListedChanges() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        var diff = SchemaSignature.diff(SchemaSignature.of(resource("schema/golden.graphql")), SchemaSignature.of(served));
        var listed = new java.util.ArrayList<>(listedChanges());
        listed.sort(null);
        var found = new java.util.ArrayList<>(diff);
        found.sort(null);
        assertEquals(String.join("\n", listed), String.join("\n", found),
                "the served SDL differs from schema/golden.graphql other than listed in schema/deliberate-changes.txt");
    }

    private static List<String> listedChanges() throws IOException {
        return resource("schema/deliberate-changes.txt").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldenSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
