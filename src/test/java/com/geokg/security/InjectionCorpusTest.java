package com.geokg.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.geokg.support.Neo4jTestResource;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Hostile strings through every argument of every root field and every mutation, as an editor:
 * quotes, backticks, comment closers, Cypher that would delete the graph if it were ever pasted
 * into a statement, Unicode escapes, right-to-left marks, NUL, and a 1 MB string. The graph must
 * be exactly as it was afterwards (node, relationship and property checksums), no answer may be a
 * 5xx, and a text stored through a mutation must come back byte for byte: values travel as
 * parameters, never as Cypher.
 */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class InjectionCorpusTest {

    static final List<String> CORPUS = List.of(
            "'", "\"", "`", "\\", "*/", "/*", "//",
            "}) DETACH DELETE n //",
            "x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
            "`) DETACH DELETE n RETURN 1 AS `",
            "$id", "{id}", "\\u0027 OR 1=1",
            "\u202eevil\u202c", "\u0000", "na\u00efve \u2603 \ud83c\udf0d",
            "x".repeat(1_000_000));

    @Inject
    Instance<GraphQLSchema> schema;

    @Inject
    Driver driver;

    @TestHTTPResource("/graphql")
    URL url;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EDITOR = "Basic " + Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noArgumentOfAnyRootFieldOrMutationChangesTheGraph() {
        String before = checksum();
        int requests = 0;
        for (boolean mutation : List.of(false, true)) {
            GraphQLObjectType root = mutation ? schema.get().getMutationType() : schema.get().getQueryType();
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                if (field.getArguments().isEmpty() || field.getName().startsWith("__")) {
                    continue;
                }
                for (String hostile : CORPUS) {
                    send(mutation, field, hostile);
                    requests++;
                }
            }
        }
        assertTrue(requests > 300, "requests sent: " + requests);
        assertEquals(before, checksum(), "the graph is unchanged");
    }

    @Test
    void textsAreStoredVerbatim() {
        for (String hostile : CORPUS) {
            if (hostile.length() > 1000) {
                continue; // a place name of a megabyte is not a text worth storing
            }
            String text = hostile.isBlank() || hostile.equals("\u0000") ? "name " + hostile : hostile;
            given().auth().preemptive().basic("editor", "editor-secret").contentType(ContentType.JSON)
                    .body(Map.of("query", "mutation($name: String!) { createPlace(input: { id: \"test-injection\", name: $name }) { id } }",
                            "variables", Map.of("name", text)))
                    .when().post("/graphql").then().statusCode(200);
            String stored = driver.executableQuery("MATCH (p:Place {id: 'test-injection'}) RETURN p.name AS name").execute()
                    .records().get(0).get("name").asString();
            assertEquals(text, stored);
            driver.executableQuery("MATCH (p:Place {id: 'test-injection'}) DETACH DELETE p").execute();
        }
    }

    private void send(boolean mutation, GraphQLFieldDefinition field, String hostile) {
        var declarations = new ArrayList<String>();
        var uses = new ArrayList<String>();
        var variables = new LinkedHashMap<String, Object>();
        for (GraphQLArgument argument : field.getArguments()) {
            Object value = value(argument.getType(), hostile, 0);
            if (value == null) {
                continue;
            }
            declarations.add("$" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
            uses.add(argument.getName() + ": $" + argument.getName());
            variables.put(argument.getName(), value);
        }
        GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
        String selection = type instanceof GraphQLObjectType || !(type instanceof GraphQLScalarType || type instanceof GraphQLEnumType)
                ? " { __typename }" : "";
        String operation = (mutation ? "mutation" : "query") + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")")
                + " { " + field.getName() + (uses.isEmpty() ? "" : "(" + String.join(", ", uses) + ")") + selection + " }";
        // java.net.http and Jackson: megabyte bodies several hundred times over stay fast
        HttpResponse<byte[]> answer;
        JsonNode json;
        try {
            answer = http.send(HttpRequest.newBuilder(url.toURI()).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Authorization", EDITOR)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("query", operation, "variables", variables))))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            json = JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError(field.getName() + ": " + e, e);
        }
        assertTrue(answer.statusCode() < 500, field.getName() + ": status " + answer.statusCode());
        var messages = new ArrayList<String>();
        json.path("errors").forEach(e -> messages.add(e.path("message").asText()));
        for (String message : messages) {
            assertTrue(message.length() <= 600, "a message of " + message.length() + " characters: no input dumps");
            String own = message.replace(hostile, "").replace(hostile.substring(0, Math.min(hostile.length(), 400)), "");
            assertFalse(own.contains("Exception") || own.contains("MATCH (") || own.contains("RETURN ") || own.contains("com.geokg"),
                    field.getName() + ": " + message);
        }
    }

    /** A value of this type made of the hostile string wherever text goes; null where none can be made. */
    private static Object value(GraphQLInputType type, String hostile, int depth) {
        if (type instanceof GraphQLNonNull n) {
            return value((GraphQLInputType) n.getWrappedType(), hostile, depth);
        }
        if (type instanceof GraphQLList l) {
            Object item = value((GraphQLInputType) l.getWrappedType(), hostile, depth);
            return item == null ? null : List.of(item);
        }
        if (type instanceof GraphQLScalarType s) {
            return switch (s.getName()) {
                case "String", "ID" -> hostile;
                case "Int" -> 1;
                case "Float" -> 0.5;
                case "Boolean" -> true;
                case "Date" -> "2024-01-01";
                default -> hostile;
            };
        }
        if (type instanceof GraphQLEnumType e) {
            return e.getValues().get(0).getName();
        }
        if (type instanceof GraphQLInputObjectType o && depth < 3) {
            var map = new LinkedHashMap<String, Object>();
            for (GraphQLInputObjectField f : o.getFieldDefinitions()) {
                if (f.getName().equals("AND") || f.getName().equals("OR") || f.getName().equals("NOT")) {
                    continue;
                }
                Object v = value(f.getType(), hostile, depth + 1);
                if (v != null) {
                    map.put(f.getName(), v);
                }
            }
            return map.isEmpty() ? null : map;
        }
        return null;
    }

    private String checksum() {
        var nodes = driver.executableQuery("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p ORDER BY id")
                .execute().records().stream().map(r -> r.asMap().toString()).toList();
        var rels = driver.executableQuery("MATCH ()-[r]->() RETURN elementId(r) AS id, type(r) AS type, properties(r) AS p ORDER BY id")
                .execute().records().stream().map(r -> r.asMap().toString()).toList();
        return nodes.size() + "/" + rels.size() + "/" + nodes.hashCode() + "/" + rels.hashCode();
    }
}
