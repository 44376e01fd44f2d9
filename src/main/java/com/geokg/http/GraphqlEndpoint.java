package com.geokg.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.geokg.config.KgConfig;
import com.geokg.graph.GraphStatistics;
import com.geokg.graph.ResponseTooLargeException;
import com.geokg.graph.execution.CompiledExecutor;
import com.geokg.graph.execution.NotCompilable;
import com.geokg.model.Models;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * {@code /graphql}, as the GraphQL-over-HTTP spec describes it. POST with an
 * {@code application/json} body, and GET with the parameters in the URL (queries only; a mutation
 * over GET is 405). The answer is {@code application/graphql-response+json} or
 * {@code application/json}, as {@code Accept} asks; {@code *}{@code /*} and no {@code Accept} get
 * {@code application/json}; anything else is 406. Every request goes the same way, whichever
 * path then answers it:
 * <ol>
 * <li>the parameters, checked to the letter (400 {@code BAD_REQUEST});</li>
 * <li>the operation text, parsed and validated once per distinct text (GRAPHQL_PARSE_FAILED with
 * line and column, GRAPHQL_VALIDATION_FAILED), within the depth and field limits (COST_LIMIT);</li>
 * <li>the variables, coerced to their types (BAD_USER_INPUT);</li>
 * <li>the cost estimate ({@link CostEstimate}: COST_LIMIT, LIMIT_TOO_LARGE);</li>
 * <li>a slot among the operations that run at once ({@link Admission}: 503 OVERLOADED);</li>
 * <li>execution: a query whose every root field is compiled runs on the compiled path (one Cypher
 * statement per root field, the answer written from the rows); anything else runs on SmallRye
 * GraphQL's executor ({@link GeneralExecutor}). Both answer through the same error codes and the
 * same bound on the response size.</li>
 * </ol>
 * Steps 1 to 4 answer request errors without {@code data}: 400 under
 * {@code application/graphql-response+json}, 200 under {@code application/json}.
 */
@ApplicationScoped
public class GraphqlEndpoint {

    private static final Logger LOG = Logger.getLogger(GraphqlEndpoint.class);
    /** After the security handlers (negative orders in the hundreds), before SmallRye's own route. */
    private static final int ORDER = -1;
    static final String EXECUTION_HEADER = "X-KG-Execution";
    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    private final CompiledExecutor compiled;
    private final GeneralExecutor general;
    private final GraphStatistics statistics;
    private final com.geokg.graph.GraphReader reader;
    private final com.geokg.graph.Neo4jAvailability availability;
    private final com.geokg.graph.Bookmarks bookmarks;
    private final Instance<GraphQLSchema> schemaSource;
    private final KgConfig config;
    private final String path;
    private final boolean compiledEnabled;
    private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.WRAP_EXCEPTIONS);
    private final Responses responses = new Responses(mapper);
    private final Failures failures;
    private final Admission admission;
    private final Documents documents;
    private volatile CostEstimate costs;
    private final MeterRegistry registry;
    private volatile GraphStatistics.Snapshot plannedWith;

    GraphqlEndpoint(CompiledExecutor compiled, GeneralExecutor general, GraphStatistics statistics,
                    com.geokg.graph.GraphReader reader, com.geokg.graph.Neo4jAvailability availability, com.geokg.graph.Bookmarks bookmarks,
                    Instance<GraphQLSchema> schemaSource,
                    KgConfig config, MeterRegistry registry,
                    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path,
                    @ConfigProperty(name = "kg.graphql.compiled-execution", defaultValue = "true") boolean compiledEnabled) {
        this.compiled = compiled;
        this.general = general;
        this.statistics = statistics;
        this.availability = availability;
        this.reader = reader;
        this.bookmarks = bookmarks;
        this.schemaSource = schemaSource;
        this.config = config;
        this.registry = registry;
        this.path = path;
        this.compiledEnabled = compiledEnabled;
        this.failures = new Failures(config.limits().transactionTimeout());
        this.admission = new Admission(config.limits().maxConcurrent(), config.limits().maxQueued(),
                config.limits().queueTimeout().toMillis());
        this.documents = new Documents(schemaSource::get, config.limits().maxDepth(), config.limits().maxFields(),
                config.http().introspection(), 1_000_000, 15_000);
    }

    /** Made on first use: the routes are installed before start-up checks the model (ModelCheck reports a bad one). */
    private CostEstimate costs() {
        CostEstimate c = costs;
        if (c == null) {
            c = new CostEstimate(Models.model(), config.query().defaultLimit(), config.query().maxLimit(), config.limits().cypherListEstimate());
            costs = c;
        }
        return c;
    }

    void install(@Observes Router router) {
        router.route(path).order(ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(config.http().graphqlMaxBody()))
                .handler(this::handle)
                .failureHandler(this::failure);
    }

    /** An answer: its status and body. */
    record Answer(int status, byte[] body) {
        static Answer ok(byte[] body) {
            return new Answer(200, body);
        }
    }

    /** The exchange of one request: its id, its response media type, and how to answer. */
    private final class Exchange {
        final RoutingContext ctx;
        final String id;
        final boolean legacyJson;
        final Context context = Vertx.currentContext();
        java.util.Set<org.neo4j.driver.Bookmark> bookmarks = java.util.Set.of();
        /** Set for a mutation's answer: the bookmark a client sends back to read its writes through any instance. */
        volatile String bookmark;

        /** The HTTP request's span (OpenTelemetry's no-op span while tracing is off). */
        final Span span = Span.current();

        Exchange(RoutingContext ctx, String id, boolean legacyJson) {
            this.ctx = ctx;
            this.id = id;
            this.legacyJson = legacyJson;
            span.setAttribute(SPAN_REQUEST_ID, id);
        }

        void send(int status, byte[] body) {
            if (ctx.response().ended() || ctx.response().closed()) {
                return;
            }
            if (bookmark != null && !bookmark.isEmpty()) {
                ctx.response().putHeader(com.geokg.graph.Bookmarks.HEADER, bookmark);
            }
            ctx.response().setStatusCode(status)
                    .putHeader("Content-Type", legacyJson ? JSON : GRAPHQL_RESPONSE)
                    .end(Buffer.buffer(body));
        }

        void refuse(int status, Problem problem) {
            count(problem.code());
            span.setAttribute(SPAN_ERROR_CODE, problem.code().name());
            if (problem.code() == ErrorCode.OVERLOADED || problem.code() == ErrorCode.UNAVAILABLE) {
                ctx.response().putHeader("Retry-After", "1");
            }
            send(status, responses.errors(List.of(problem)));
        }

        void refuse(List<Problem> problems) {
            problems.forEach(p -> count(p.code()));
            span.setAttribute(SPAN_ERROR_CODE, problems.get(0).code().name());
            send(problems.get(0).code().status(legacyJson), responses.errors(problems));
        }

        /** Runs on the request's own context, where the response may be written. */
        void onContext(Runnable task) {
            if (Vertx.currentContext() == context) {
                task.run();
            } else {
                context.runOnContext(v -> task.run());
            }
        }
    }

    private void handle(RoutingContext ctx) {
        String given = ctx.request().getHeader(REQUEST_ID);
        String id = given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.response().putHeader(REQUEST_ID, id);
        HttpMethod method = ctx.request().method();
        Boolean legacy = legacyJson(ctx);
        var x = new Exchange(ctx, id, legacy == null || legacy);
        org.jboss.logging.MDC.put("requestId", id); // in every log line of this request (Quarkus keeps MDC per request context)
        if (method == HttpMethod.OPTIONS) {
            ctx.response().putHeader("Allow", "GET, POST, OPTIONS").setStatusCode(204).end();
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            ctx.response().putHeader("Allow", "GET, POST");
            x.refuse(405, Problem.of(ErrorCode.BAD_REQUEST, "use POST (any operation) or GET (queries only) on " + path));
            return;
        }
        if (legacy == null) {
            x.refuse(406, Problem.of(ErrorCode.BAD_REQUEST,
                    "the Accept header allows neither application/graphql-response+json nor application/json, the media types of GraphQL answers"));
            return;
        }
        java.util.Set<org.neo4j.driver.Bookmark> bookmarks = com.geokg.graph.Bookmarks.parse(ctx.request().getHeader(com.geokg.graph.Bookmarks.HEADER));
        if (bookmarks == null) {
            x.refuse(400, Problem.of(ErrorCode.BAD_REQUEST, "the X-KG-Bookmark header holds no bookmark this service hands out; "
                    + "send back the value of an earlier answer's X-KG-Bookmark, unchanged"));
            return;
        }
        x.bookmarks = bookmarks;
        try {
            if (method == HttpMethod.POST) {
                post(x);
            } else {
                run(x, GraphqlRequest.fromQueryString(mapper, ctx.queryParams()), true, null);
            }
        } catch (RequestError e) {
            x.refuse(e.status(), e.problem());
        } catch (ProblemException e) {
            x.refuse(List.of(e.problem()));
        }
    }

    private void post(Exchange x) {
        String contentType = x.ctx.request().getHeader("Content-Type");
        if (!isJson(contentType)) {
            throw new RequestError(415, ErrorCode.BAD_REQUEST, contentType == null
                    ? "the request has no Content-Type; POST a JSON body with Content-Type: application/json"
                    : "Content-Type '" + Text.shorten(contentType, 80) + "' is not accepted; POST a JSON body with Content-Type: application/json (UTF-8)");
        }
        byte[] body = x.ctx.body() == null || x.ctx.body().buffer() == null ? new byte[0] : x.ctx.body().buffer().getBytes();
        boolean compiledPath = compiledPath(x.ctx);
        if (compiledPath) {
            forgetPlansIfStale();
            Optional<CompletionStage<byte[]>> replayed = compiled.replay(body, config.limits().maxResponseBytes(), x.id, x.bookmarks);
            if (replayed.isPresent()) {
                admitted(x, () -> orGeneral(x, replayed.get().thenApply(Answer::ok), () -> GraphqlRequest.fromBody(mapper, body)));
                return;
            }
        }
        run(x, GraphqlRequest.fromBody(mapper, body), false, compiledPath ? body : null);
    }

    /** Steps 2 to 6 for a request whose parameters are read; {@code planKey} is the body a compiled plan may be kept under. */
    private void run(Exchange x, GraphqlRequest request, boolean get, byte[] planKey) {
        Documents.Prepared prepared = documents.prepare(request.query());
        if (prepared.refused()) {
            x.refuse(prepared.problems());
            return;
        }
        OperationDefinition operation = prepared.operation(request.operationName());
        if (get && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            x.ctx.response().putHeader("Allow", "POST");
            throw new RequestError(405, ErrorCode.BAD_REQUEST, "GET runs queries only; send mutations with POST");
        }
        if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            throw new ProblemException(Problem.of(ErrorCode.BAD_REQUEST, "subscriptions are not served over HTTP"));
        }
        GraphQLSchema schema = schemaSource.get();
        CoercedVariables variables = Variables.coerce(schema, operation, request.variables());
        ExecutableNormalizedOperation normalized;
        try {
            normalized = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(schema, operation,
                    prepared.fragments(), variables, ExecutableNormalizedOperationFactory.Options.defaultOptions()
                            .maxFieldsCount(config.limits().maxFields() * 4));
        } catch (AbortExecutionException e) {
            throw new ProblemException(Problem.of(ErrorCode.COST_LIMIT, "the operation selects too many fields once fragments are expanded"));
        } catch (RuntimeException e) {
            throw new ProblemException(Problem.of(ErrorCode.BAD_USER_INPUT, Text.clean(e.getMessage())));
        }
        boolean query = operation.getOperation() == OperationDefinition.Operation.QUERY;
        CostEstimate.Result cost = costs().estimate(normalized, statistics.current(), query);
        x.span.setAttribute(SPAN_OPERATION_TYPE, operation.getOperation().name().toLowerCase(Locale.ROOT));
        if (operation.getName() != null) {
            x.span.setAttribute(SPAN_OPERATION_NAME, operation.getName());
        }
        x.span.setAttribute(SPAN_COST, round(cost.total()));
        long budget = config.limits().maxCost();
        if (cost.total() > budget) {
            throw new ProblemException(Problem.of(ErrorCode.COST_LIMIT, ("the operation would return about %,d objects (estimated from the page "
                    + "sizes it asks for and the graph's statistics), more than the budget of %,d; the costliest field is '%s' (about %,d): "
                    + "ask for smaller pages (limit, first) or fewer nested lists").formatted(round(cost.total()), budget, cost.costliest(),
                    round(cost.costliestCost()))));
        }
        boolean compiledPath = query && planKey != null || query && get && compiledPath(x.ctx);
        boolean mutation = operation.getOperation() == OperationDefinition.Operation.MUTATION;
        admitted(x, () -> {
            if (compiledPath) {
                try {
                    return orGeneral(x, compiled.execute(normalized, planKey, config.limits().maxResponseBytes(), x.id, x.bookmarks).thenApply(Answer::ok),
                            () -> request);
                } catch (NotCompilable e) {
                    LOG.debugf("general path: %s", e.getMessage());
                }
            } else {
                compiled.countGeneral();
            }
            return mutation ? viaGeneral(x, request).thenApply(answer -> {
                x.bookmark = bookmarks.current(); // this instance's writes, this one's included
                return answer;
            }) : viaGeneral(x, request);
        });
    }

    /** The compiled path's answer, or the general path's when a value turns out to be outside what the compiled path writes. */
    private CompletionStage<Answer> orGeneral(Exchange x, CompletionStage<Answer> compiledAnswer, java.util.function.Supplier<GraphqlRequest> request) {
        return compiledAnswer.handle((bytes, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(bytes);
            }
            if (Failures.unwrap(error) instanceof NotCompilable e) {
                LOG.debugf("general path after the compiled path: %s", e.getMessage());
                compiled.countGeneral();
                return viaGeneral(x, request.get());
            }
            return CompletableFuture.<Answer>failedFuture(error);
        }).thenCompose(java.util.function.Function.identity());
    }

    /** Runs the request on the general executor, from the request's own context (its request scope and identity live there). */
    private CompletionStage<Answer> viaGeneral(Exchange x, GraphqlRequest request) {
        var answer = new CompletableFuture<Answer>();
        x.onContext(() -> {
            try {
                general.execute(x.ctx, request).thenApply(result -> generalAnswer(result, x.id)).whenComplete((bytes, error) -> {
                    if (error == null) {
                        answer.complete(bytes);
                    } else {
                        answer.completeExceptionally(error);
                    }
                });
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    private static long round(double d) {
        return d >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(d);
    }

    /** Takes a slot, runs the execution, answers, gives the slot back. */
    private void admitted(Exchange x, java.util.function.Supplier<CompletionStage<Answer>> execution) {
        if (availability.isDown()) {
            x.refuse(503, Problem.of(ErrorCode.UNAVAILABLE, "the database cannot be reached; retry in a moment"));
            return;
        }
        admission.acquire(x.ctx.vertx()).whenComplete((granted, refused) -> {
            if (refused != null) {
                x.onContext(() -> x.refuse(503, Problem.of(ErrorCode.OVERLOADED, refused.getMessage())));
                return;
            }
            if (x.ctx.response().closed()) {
                admission.release(); // the client went away while waiting
                return;
            }
            // a client that goes away before its answer leaves nothing running in Neo4j
            x.ctx.addEndHandler(end -> {
                if (end.failed() || x.ctx.response().closed() && !x.ctx.response().ended()) {
                    reader.terminate(x.id);
                }
            });
            CompletionStage<Answer> answer;
            try {
                answer = execution.get();
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            answer.whenComplete((done, error) -> {
                admission.release();
                x.onContext(() -> {
                    if (error == null) {
                        x.send(done.status(), done.body());
                    } else {
                        Problem p = failures.problem(error, x.id);
                        count(p.code());
                        if (p.code() == ErrorCode.UNAVAILABLE) {
                            availability.markDown();
                            x.refuse(503, p);
                            return;
                        }
                        x.send(200, responses.result(List.of(p), null, Long.MAX_VALUE));
                    }
                });
            });
        });
    }

    private Answer generalAnswer(ExecutionResult result, String requestId) {
        for (GraphQLError e : result.getErrors()) {
            if (e instanceof ExceptionWhileDataFetching f
                    && Failures.unwrap(f.getException()) instanceof io.quarkus.security.AuthenticationFailedException) {
                // credentials were sent and refused: the request is not permitted at all
                count(ErrorCode.UNAUTHENTICATED);
                return new Answer(401, responses.errors(List.of(Problem.of(ErrorCode.UNAUTHENTICATED,
                        "the credentials were refused: a wrong user or password, or a token this service does not accept"))));
            }
        }
        List<Problem> problems = problems(result.getErrors(), requestId);
        problems.forEach(p -> count(p.code()));
        if (problems.stream().anyMatch(p -> p.code() == ErrorCode.UNAVAILABLE)) {
            availability.markDown();
        }
        return Answer.ok(responses.result(problems, result.getData(), config.limits().maxResponseBytes()));
    }

    /** The general path's errors in this endpoint's terms: one per problem, each with its code. */
    private List<Problem> problems(List<GraphQLError> errors, String requestId) {
        var out = new ArrayList<Problem>();
        boolean nullOnly = true;
        for (GraphQLError e : errors) {
            if (!(e instanceof NonNullableFieldWasNullError)) {
                nullOnly = false;
            }
        }
        for (GraphQLError e : errors) {
            if (e instanceof NonNullableFieldWasNullError && !nullOnly) {
                continue; // the null is a consequence of another error, reported already
            }
            Problem p;
            if (e instanceof ExceptionWhileDataFetching f) {
                p = failures.problem(f.getException(), requestId);
            } else if (e instanceof AbortExecutionException) {
                p = Problem.of(ErrorCode.COST_LIMIT, Text.clean(e.getMessage()));
            } else if (e instanceof ValidationError v) {
                p = Problem.of(ErrorCode.GRAPHQL_VALIDATION_FAILED, Text.clean(v.getDescription()));
            } else if (e.getExtensions() != null && "unauthorized".equals(e.getExtensions().get("code"))) {
                p = failures.problem(new io.quarkus.security.UnauthorizedException(), requestId);
            } else if (e.getExtensions() != null && "forbidden".equals(e.getExtensions().get("code"))) {
                p = failures.problem(new io.quarkus.security.ForbiddenException(), requestId);
            } else {
                LOG.errorf("request %s: %s", requestId, e.getMessage());
                p = Problem.of(ErrorCode.INTERNAL, "internal error; the service logged it with request id " + requestId);
            }
            out.add(new Problem(p.code(), p.message(), Documents.locations(e.getLocations()), e.getPath()));
        }
        return out;
    }

    private void failure(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (ctx.response().ended()) {
            return;
        }
        String id = ctx.response().headers().get(REQUEST_ID);
        if (id == null) { // refused before the handler ran (a body over the limit)
            id = UUID.randomUUID().toString();
            ctx.response().putHeader(REQUEST_ID, id);
        }
        var x = new Exchange(ctx, id, true);
        if (Failures.unwrap(ctx.failure()) instanceof io.quarkus.security.AuthenticationFailedException) {
            x.refuse(401, Problem.of(ErrorCode.UNAUTHENTICATED,
                    "the credentials were refused: a wrong user or password, or a token this service does not accept"));
        } else if (status == 413) {
            x.refuse(413, Problem.of(ErrorCode.REQUEST_TOO_LARGE,
                    "the request body is larger than %,d bytes, the most /graphql accepts".formatted(config.http().graphqlMaxBody())));
        } else if (ctx.failure() instanceof ResponseTooLargeException e) {
            x.refuse(200, Problem.of(ErrorCode.RESPONSE_TOO_LARGE, e.getMessage()));
        } else if (status >= 400 && status < 500) {
            x.refuse(status, Problem.of(ErrorCode.BAD_REQUEST, "the request could not be read"));
        } else {
            if (ctx.failure() != null) {
                LOG.errorf(ctx.failure(), "request %s failed", x.id);
            }
            x.refuse(500, Problem.of(ErrorCode.INTERNAL, "internal error; the service logged it with request id " + x.id));
        }
    }

    private boolean compiledPath(RoutingContext ctx) {
        return compiledEnabled && !"general".equalsIgnoreCase(ctx.request().getHeader(EXECUTION_HEADER));
    }

    private void forgetPlansIfStale() {
        GraphStatistics.Snapshot now = statistics.current();
        if (now != plannedWith) {
            plannedWith = now;
            compiled.forgetPlans(); // kept plans passed the cost check of older statistics
        }
    }

    /**
     * Whether to answer {@code application/json} (true), {@code application/graphql-response+json}
     * (false), or neither (null: 406). In the order of preference of the client's {@code Accept}.
     */
    static Boolean legacyJson(RoutingContext ctx) {
        return legacyJson(ctx.request().getHeader("Accept"));
    }

    static Boolean legacyJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        record Range(String type, double q, int order) {
        }
        var ranges = new ArrayList<Range>();
        String[] items = accept.split(",");
        for (int i = 0; i < items.length && i < 32; i++) {
            String[] parts = items[i].split(";");
            double q = 1;
            for (int j = 1; j < parts.length; j++) {
                String param = parts[j].trim().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(parts[0].trim().toLowerCase(Locale.ROOT), q, i));
        }
        ranges.sort((a, b) -> a.q() != b.q() ? Double.compare(b.q(), a.q()) : Integer.compare(a.order(), b.order()));
        for (Range range : ranges) {
            if (range.q() <= 0) {
                continue;
            }
            switch (range.type()) {
                case "application/graphql-response+json":
                    return false;
                case "application/json", "application/*", "*/*":
                    return true;
                default:
                    break;
            }
        }
        return null;
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].trim().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) {
                return false;
            }
        }
        return true;
    }

    // ---- tracing (attributes of the HTTP request's span) ----------------------------------------

    private static final AttributeKey<String> SPAN_REQUEST_ID = AttributeKey.stringKey("kg.request_id");
    private static final AttributeKey<String> SPAN_ERROR_CODE = AttributeKey.stringKey("kg.error.code");
    private static final AttributeKey<String> SPAN_OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");
    private static final AttributeKey<String> SPAN_OPERATION_NAME = AttributeKey.stringKey("graphql.operation.name");
    private static final AttributeKey<Long> SPAN_COST = AttributeKey.longKey("kg.cost");

    // ---- metrics ---------------------------------------------------------------------------------

    private void count(ErrorCode code) {
        Counter.builder("kg.graphql.errors").tag("code", code.name())
                .description("GraphQL errors answered, by code").register(registry).increment();
    }

    /** For tests: operations running and waiting now, and those refused so far. */
    public Map<String, Long> admissionState() {
        return Map.of("running", (long) admission.running(), "queued", (long) admission.queued(), "refused", admission.refused());
    }
}
