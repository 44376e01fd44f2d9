package com.geokg.graph.execution;

import java.util.Locale;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Puts the {@link CompiledExecutor} in front of SmallRye GraphQL on {@code POST /graphql}. It runs
 * after Quarkus' CORS, body, authentication and path-permission handlers (so
 * {@code KG_READ_ACCESS=authenticated} holds here too) and before SmallRye's route, to which it
 * hands every request it does not answer itself, unchanged. {@code kg.graphql.compiled-execution=false}
 * leaves everything to SmallRye GraphQL; so does the request header {@code X-KG-Execution: general},
 * for one request.
 */
@ApplicationScoped
public class CompiledGraphqlRoute {

    /** After the security handlers (negative orders in the hundreds), before the application's routes. */
    private static final int ORDER = -1;

    /** {@code X-KG-Execution: general} sends a request to the general executor: to compare answers when in doubt. */
    static final String EXECUTION_HEADER = "X-KG-Execution";
    static final String GENERAL = "general";

    private final CompiledExecutor executor;
    private final String path;
    private final boolean enabled;
    private final long maxBody;

    CompiledGraphqlRoute(CompiledExecutor executor,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path,
            @ConfigProperty(name = "kg.graphql.compiled-execution", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.executor = executor;
        this.path = path;
        this.enabled = enabled;
        this.maxBody = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        if (enabled) {
            // SmallRye's own route reads the body with a body handler of its own; this one reads it
            // first (same limit), and the second one sees it has been read and passes on.
            router.post(path).order(ORDER).handler(BodyHandler.create(false).setBodyLimit(maxBody)).handler(this::handle);
        }
    }

    private void handle(RoutingContext ctx) {
        String responseType = responseType(ctx.request().getHeader("Accept"));
        String contentType = ctx.request().getHeader("Content-Type");
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (responseType == null || body == null || contentType == null || GENERAL.equalsIgnoreCase(ctx.request().getHeader(EXECUTION_HEADER))
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            ctx.next();
            return;
        }
        // planning runs here, on the event loop (it is a few dozen microseconds once an operation
        // text is prepared); preparing a new text goes to a worker; the statements run on the
        // driver's threads, and the answer is sent from this request's context again
        Context context = Vertx.currentContext();
        Executor blocking = task -> ctx.vertx().executeBlocking(() -> {
            task.run();
            return null;
        }, false);
        executor.execute(body.getBytes(), blocking).whenComplete((answer, error) -> context.runOnContext(v -> {
            if (ctx.response().closed()) {
                return; // the client went away meanwhile: nothing to answer
            }
            if (error == null && answer.isPresent()) {
                ctx.response().putHeader("Content-Type", responseType).end(Buffer.buffer(answer.get()));
            } else {
                ctx.next();
            }
        }));
    }

    /** The media type SmallRye GraphQL would answer with for this {@code Accept}; null for anything else. */
    static String responseType(String accept) {
        if (accept == null || accept.isBlank() || accept.trim().equals("*/*")) {
            return "application/graphql-response+json; charset=UTF-8";
        }
        String a = accept.toLowerCase(Locale.ROOT);
        if (a.contains("application/graphql-response+json")) {
            return "application/graphql-response+json";
        }
        if (a.contains("application/json")) {
            return "application/json";
        }
        return null;
    }
}
