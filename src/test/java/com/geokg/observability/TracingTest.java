package com.geokg.observability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.geokg.support.Eventually;
import com.geokg.support.Neo4jTestResource;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Tracing switched on ({@code quarkus.otel.sdk.disabled=false}) with an in-memory exporter: a
 * request's span carries the operation, its estimated cost and the request id; each Cypher
 * statement is a child span of it with the (parameterized) statement and its rows; a caller's
 * {@code traceparent} is continued; refusals name their code.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class TracingTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "20ms",
                    // nothing listens there: only the in-memory exporter is read
                    "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:9");
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aCompiledQueryIsOneRequestSpanWithOneStatementSpanUnderIt() throws Exception {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        given().contentType(ContentType.JSON).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .header("X-Request-Id", "trace-test-1")
                .body(Map.of("query", "query Pact { state(id: \"north-korea\") { name pactPartners { name } } }"))
                .when().post("/graphql").then().statusCode(200).body("data.state.name", is("North Korea"));

        List<SpanData> ofTrace = spansOf(trace, 2);
        SpanData request = ofTrace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertEquals("00f067aa0ba902b7", request.getParentSpanId()); // the caller's span
        assertEquals("trace-test-1", request.getAttributes().get(AttributeKey.stringKey("kg.request_id")));
        assertEquals("query", request.getAttributes().get(AttributeKey.stringKey("graphql.operation.type")));
        assertEquals("Pact", request.getAttributes().get(AttributeKey.stringKey("graphql.operation.name")));
        assertTrue(request.getAttributes().get(AttributeKey.longKey("kg.cost")) > 0);

        List<SpanData> statements = ofTrace.stream().filter(s -> s.getName().equals("neo4j read")).toList();
        assertEquals(1, statements.size(), statements::toString); // one statement for the root field, nested lists included
        SpanData statement = statements.get(0);
        assertEquals(SpanKind.CLIENT, statement.getKind());
        assertEquals(request.getSpanId(), statement.getParentSpanId());
        assertEquals("neo4j", statement.getAttributes().get(AttributeKey.stringKey("db.system.name")));
        String cypher = statement.getAttributes().get(AttributeKey.stringKey("db.query.text"));
        assertTrue(cypher.contains("MATCH") && !cypher.contains("north-korea"), cypher);
        assertEquals(1L, statement.getAttributes().get(AttributeKey.longKey("db.response.returned_rows")));
        assertEquals("trace-test-1", statement.getAttributes().get(AttributeKey.stringKey("kg.request_id")));
    }

    @Test
    void aMutationIsAWriteSpan() throws Exception {
        String trace = "5bf92f3577b34da6a3ce929d0e0e4737";
        given().auth().preemptive().basic("editor", "editor-secret").contentType(ContentType.JSON)
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b8-01")
                .body(Map.of("query", "mutation { updateState(id: \"russia\", input: { name: \"Russia\" }) { name } }"))
                .when().post("/graphql").then().statusCode(200).body("data.updateState.name", is("Russia"));

        List<SpanData> ofTrace = spansOf(trace, 2);
        SpanData write = ofTrace.stream().filter(s -> s.getName().equals("neo4j write")).findFirst().orElseThrow();
        assertEquals("write", write.getAttributes().get(AttributeKey.stringKey("db.operation.name")));
        assertFalse(write.getAttributes().get(AttributeKey.stringKey("db.query.text")).contains("Russia"));
        SpanData request = ofTrace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertEquals("mutation", request.getAttributes().get(AttributeKey.stringKey("graphql.operation.type")));
        assertEquals(request.getTraceId(), write.getTraceId());
    }

    @Test
    void aRefusalNamesItsCodeAndSendsNoStatement() throws Exception {
        String trace = "6bf92f3577b34da6a3ce929d0e0e4738";
        given().contentType(ContentType.JSON).header("traceparent", "00-" + trace + "-00f067aa0ba902b9-01")
                .body(Map.of("query", "{ states(limit: 100000) { name } }"))
                .when().post("/graphql").then().body("errors[0].extensions.code", is("LIMIT_TOO_LARGE"));

        List<SpanData> ofTrace = spansOf(trace, 1);
        SpanData request = ofTrace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertEquals("LIMIT_TOO_LARGE", request.getAttributes().get(AttributeKey.stringKey("kg.error.code")));
        assertTrue(ofTrace.stream().noneMatch(s -> s.getName().startsWith("neo4j")), ofTrace::toString);
        assertNotEquals(StatusCode.ERROR, request.getStatus().getStatusCode()); // the client's mistake, not the service's
    }

    private List<SpanData> spansOf(String trace, int atLeast) throws Exception {
        assertTrue(Eventually.eventually(() -> {
            List<SpanData> found = ofTrace(trace);
            return found.size() >= atLeast && found.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER);
        }, 50), "spans of trace " + trace + " exported");
        return ofTrace(trace);
    }

    private List<SpanData> ofTrace(String trace) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(trace)).toList();
    }
}
