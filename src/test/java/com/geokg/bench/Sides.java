package com.geokg.bench;

import java.io.IOException;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ways of asking a {@link BenchQuery}, each ending in the JSON bytes a client holds (and the
 * optional third side, the Neo4j GraphQL Library, asked like the GraphQL side: {@link #library}).
 *
 * <p>GraphQL: an HTTP POST ({@link KeepAliveHttp}, one keep-alive connection per client thread) to the service subprocess, which compiles the operation to Cypher, runs
 * it over Bolt against the benchmark's Neo4j and serialises the answer; timed until the whole
 * body is received. Raw: the hand-written Cypher through the driver over Bolt (the same driver
 * API and read routing as the service's {@code GraphReader}), the records shaped into the same
 * {@code data} object and serialised to JSON; timed until the bytes exist.
 */
final class Sides {

    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private Sides() {
    }

    static LoadRunner.Call graphql(KeepAliveHttp http, ObjectMapper mapper, BenchQuery query) throws IOException {
        byte[] body = mapper.writeValueAsBytes(Map.of("query", query.graphql(), "variables", query.variables()));
        return () -> http.postJson(body);
    }

    /**
     * The optional third side: the query in the Neo4j GraphQL Library's dialect, posted exactly as the
     * GraphQL side posts ours (the same {@link KeepAliveHttp} client, one keep-alive connection per
     * client thread) to the library's Node process; timed until the whole body is received.
     */
    static LoadRunner.Call library(KeepAliveHttp http, ObjectMapper mapper, BenchQuery query) throws IOException {
        byte[] body = mapper.writeValueAsBytes(Map.of("query", query.library().graphql(), "variables", query.library().variables()));
        return () -> http.postJson(body);
    }

    static LoadRunner.Call raw(Driver driver, BenchQuery query) {
        return () -> {
            var result = driver.executableQuery(query.cypher()).withParameters(query.params()).withConfig(READ).execute();
            return Json.write(Map.of("data", query.shape().apply(result.records())));
        };
    }

    /**
     * The statement the service compiles, run as the service runs it, its rows serialised as they
     * come (the service's internal {@code @relation} keys and all): the GraphQL side minus HTTP,
     * GraphQL parsing, validation, execution and serialisation. A diagnostic, not one of the two sides.
     */
    static LoadRunner.Call compiled(Driver driver, BenchQuery query) {
        return () -> {
            var result = driver.executableQuery(query.compiled().cypher()).withParameters(query.compiled().parameters())
                    .withConfig(READ).execute();
            return Json.write(Map.of("data", result.records().stream().map(r -> r.get("node").asMap()).toList()));
        };
    }

    /** Parses the compiled statement's answer (the same client work as the other sides) and checks it is not empty. */
    static LoadRunner.Check compiledCheck(ObjectMapper mapper, BenchQuery query) {
        return bytes -> {
            if (mapper.readTree(bytes).path("data").isEmpty()) {
                throw new IllegalStateException(query.name() + ": the compiled statement returned no rows");
            }
        };
    }

    /**
     * Every answer, from either side: no {@code errors}, the expected number of items, and the same
     * {@code data} as the reference answer (the graph does not change while the benchmark runs).
     */
    static LoadRunner.Check check(ObjectMapper mapper, BenchQuery query, JsonNode reference) {
        return bytes -> {
            JsonNode data = data(mapper, query, bytes);
            if (reference != null && !reference.equals(data)) {
                throw new IllegalStateException(query.name() + ": answer differs from the reference answer");
            }
        };
    }

    /** Every answer of the library: as {@link #check}, on the answer converted into our shape. */
    static LoadRunner.Check libraryCheck(ObjectMapper mapper, BenchQuery query, JsonNode reference) {
        return bytes -> {
            JsonNode data = libraryData(mapper, query, bytes);
            if (!reference.equals(data)) {
                throw new IllegalStateException(query.name() + ": the library's answer differs from the reference answer");
            }
        };
    }

    /** The {@code data} of a library answer converted into our shape ({@link BenchQuery.Library#toOurs}), after the checks that need no reference. */
    static JsonNode libraryData(ObjectMapper mapper, BenchQuery query, byte[] bytes) throws IOException {
        JsonNode root = mapper.readTree(bytes);
        if (root.has("errors")) {
            throw new IllegalStateException(query.name() + ": the library answered GraphQL errors: " + root.get("errors"));
        }
        return counted(query, query.library().toOurs().apply(root.path("data")));
    }

    /** The {@code data} of an answer, after the checks that need no reference. */
    static JsonNode data(ObjectMapper mapper, BenchQuery query, byte[] bytes) throws IOException {
        JsonNode root = mapper.readTree(bytes);
        if (root.has("errors")) {
            throw new IllegalStateException(query.name() + ": GraphQL errors: " + root.get("errors"));
        }
        return counted(query, root.path("data"));
    }

    private static JsonNode counted(BenchQuery query, JsonNode data) {
        int items = query.items().applyAsInt(data);
        if (items != query.expected()) {
            throw new IllegalStateException(query.name() + ": expected " + query.expected() + " items, got " + items);
        }
        return data;
    }
}
