package com.geokg.graph;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

import org.neo4j.driver.exceptions.Neo4jException;

import com.geokg.graph.query.CypherStatement;

/**
 * One OpenTelemetry span per Cypher statement the API sends, a child of the HTTP request's span:
 * the statement text (parameterized: no client value is in it), read or write, the rows it
 * answered, and Neo4j's error code when it failed. With tracing off (the default,
 * {@code quarkus.otel.sdk.disabled=true}) the tracer is OpenTelemetry's no-op one and a span
 * costs an object allocation.
 */
@ApplicationScoped
public class CypherTracing {

    static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("db.system.name");
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("db.operation.name");
    static final AttributeKey<String> QUERY = AttributeKey.stringKey("db.query.text");
    static final AttributeKey<Long> ROWS = AttributeKey.longKey("db.response.returned_rows");
    static final AttributeKey<String> STATUS = AttributeKey.stringKey("db.response.status_code");
    static final AttributeKey<String> REQUEST = AttributeKey.stringKey("kg.request_id");

    /** What a statement does to the graph: the span's name and its {@code db.operation.name}. */
    public enum Access {
        READ("read"), WRITE("write");

        final String operation;

        Access(String operation) {
            this.operation = operation;
        }
    }

    private final Tracer tracer;

    /** OpenTelemetry's no-op one when the application is built without it ({@code quarkus.otel.enabled=false}). */
    CypherTracing(jakarta.enterprise.inject.Instance<OpenTelemetry> openTelemetry) {
        this.tracer = (openTelemetry.isResolvable() ? openTelemetry.get() : OpenTelemetry.noop()).getTracer("com.geokg.cypher");
    }

    /** Runs {@code work}, which sends {@code statement}, inside a span that ends when its answer has come. */
    public <T> CompletionStage<T> async(Access access, CypherStatement statement, String requestId,
                                        Supplier<CompletionStage<T>> work, ToIntFunction<T> rows) {
        Span span = start(access, statement, requestId);
        CompletionStage<T> answer;
        try (Scope scope = span.makeCurrent()) {
            answer = work.get();
        } catch (RuntimeException e) {
            fail(span, e);
            throw e;
        }
        return answer.whenComplete((value, error) -> {
            if (error != null) {
                fail(span, error);
            } else {
                span.setAttribute(ROWS, (long) rows.applyAsInt(value));
                span.end();
            }
        });
    }

    /** {@link #async} for a caller that waits. */
    public <T> T blocking(Access access, CypherStatement statement, Supplier<T> work, ToIntFunction<T> rows) {
        Span span = start(access, statement, null);
        try (Scope scope = span.makeCurrent()) {
            T value = work.get();
            span.setAttribute(ROWS, (long) rows.applyAsInt(value));
            span.end();
            return value;
        } catch (RuntimeException e) {
            fail(span, e);
            throw e;
        }
    }

    private Span start(Access access, CypherStatement statement, String requestId) {
        var builder = tracer.spanBuilder("neo4j " + access.operation).setSpanKind(SpanKind.CLIENT)
                .setAttribute(SYSTEM, "neo4j")
                .setAttribute(OPERATION, access.operation)
                .setAttribute(QUERY, statement.cypher());
        if (requestId != null) {
            builder.setAttribute(REQUEST, requestId);
        }
        return builder.startSpan();
    }

    private static void fail(Span span, Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof Neo4jException)) {
            cause = cause.getCause();
        }
        if (cause instanceof Neo4jException neo4j && neo4j.code() != null) {
            span.setAttribute(STATUS, neo4j.code());
        }
        // the span records the failure's kind, not its message: messages can quote client values
        span.setStatus(StatusCode.ERROR, cause.getClass().getSimpleName());
        span.end();
    }
}
