package com.geokg.http;

import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

import graphql.ExecutionResult;

/**
 * The general path: SmallRye GraphQL's own execution service, which runs the schema's data
 * fetchers (mutations, introspection, {@code neighbours}, and any query the compiled path does not
 * take), called the way Quarkus' SmallRye GraphQL handler calls it (the request context active,
 * the caller's identity and request current), but answering the {@link ExecutionResult} to this
 * endpoint, which writes the response itself: its status, its error codes, its messages.
 */
@ApplicationScoped
class GeneralExecutor {

    private final Instance<CurrentIdentityAssociation> identity;
    private final CurrentVertxRequest currentRequest;
    private final ObjectMapper mapper = new ObjectMapper();
    private volatile ExecutionService service;

    GeneralExecutor(Instance<CurrentIdentityAssociation> identity, CurrentVertxRequest currentRequest) {
        this.identity = identity;
        this.currentRequest = currentRequest;
    }

    CompletionStage<ExecutionResult> execute(RoutingContext ctx, GraphqlRequest request) {
        var result = new CompletableFuture<ExecutionResult>();
        ManagedContext requestContext = Arc.container().requestContext();
        Runnable terminate = () -> {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.terminate();
        };
        ctx.addEndHandler(end -> terminate.run()); // when the answer is sent, or the client has gone
        if (!requestContext.isActive()) {
            requestContext.activate();
        }
        try {
            if (identity.isResolvable()) {
                QuarkusHttpUser user = (QuarkusHttpUser) ctx.user();
                if (user != null) {
                    identity.get().setIdentity(user.getSecurityIdentity());
                } else {
                    identity.get().setIdentity(QuarkusHttpUser.getSecurityIdentity(ctx, null));
                }
            }
            currentRequest.setCurrent(ctx);
            Map<String, Object> meta = new ConcurrentHashMap<>();
            meta.put("runBlocking", false);
            meta.put("httpHeaders", headers(ctx.request().headers()));
            meta.put("state", requestContext.getState());
            service().executeAsync(input(request), meta, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    result.complete(response.getExecutionResult());
                }

                @Override
                public void fail(Throwable t) {
                    result.completeExceptionally(t);
                }
            });
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.deactivate();
        } catch (RuntimeException e) {
            terminate.run();
            result.completeExceptionally(e);
        }
        return result;
    }

    private JsonObject input(GraphqlRequest request) {
        var json = new LinkedHashMap<String, Object>();
        json.put("query", request.query());
        if (request.operationName() != null) {
            json.put("operationName", request.operationName());
        }
        json.put("variables", request.variables());
        try (JsonReader reader = Json.createReader(new StringReader(mapper.writeValueAsString(json)))) {
            return reader.readObject();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request not writable as JSON", e);
        }
    }

    private static Map<String, List<String>> headers(MultiMap headers) {
        var h = new HashMap<String, List<String>>();
        for (String name : headers.names()) {
            h.put(name, headers.getAll(name));
        }
        return h;
    }

    private ExecutionService service() {
        ExecutionService s = service;
        if (s == null) {
            s = Arc.container().instance(ExecutionService.class).get();
            service = s;
        }
        return s;
    }
}
