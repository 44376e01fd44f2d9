package com.geokg.graph.execution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.geokg.graph.Connection;
import com.geokg.graph.GraphReader;
import com.geokg.graph.NodeData;
import com.geokg.graph.query.CypherStatement;
import com.geokg.graph.query.GraphSchema;
import com.geokg.graph.query.NodeType;
import com.geokg.graph.query.QueryCompiler;
import com.geokg.graph.query.Selection;
import com.geokg.graph.query.ScalarKind;
import com.geokg.model.CompilerSchema;
import com.geokg.model.Model;
import com.geokg.model.Model.CypherDef;
import com.geokg.model.Models;
import com.geokg.model.Naming;
import com.geokg.model.CypherArguments;

import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The compiled path of a GraphQL request: a read-only operation over the graph is normalized
 * (graphql-java's own {@link ExecutableNormalizedOperationFactory}: fragments merged, variables
 * coerced), each root field is compiled into its one Cypher statement, and the answer is written
 * as JSON straight from the statement's rows by a {@link ResponsePlan}, with no resolver per
 * field. This is the work the general executor does for these requests, minus its per-field cost.
 *
 * <p>Only what it can answer exactly like the general executor takes this path: a valid query
 * (parsed and validated once per distinct text, against the schema SmallRye GraphQL built),
 * without directives, well inside the depth and complexity limits, whose every field is a compiled
 * field. Everything else (mutations, introspection, {@code neighbours}, invalid requests, errors
 * of any kind) answers {@link Optional#empty()} and is left to SmallRye GraphQL, which then
 * answers or reports the error the standard way. Since the path only reads, handing over is
 * always safe.
 */
@ApplicationScoped
public class CompiledExecutor {

    private static final Logger LOG = Logger.getLogger(CompiledExecutor.class);
    private static final int CACHED_DOCUMENTS = 1_000;
    /** Longer operation texts (real ones are a few KB) take the general path: the cache holds texts, so it must stay small. */
    static final int MAX_QUERY_CHARS = 64 * 1024;
    private static final int CACHED_PLANS = 2_000;
    /** Requests with longer bodies are planned every time: a plan's key is the body. */
    static final int MAX_PLANNED_BODY = 8 * 1024;

    private final GraphReader reader;
    private final Instance<GraphQLSchema> schemaSource;
    private final int maxDepth;
    private final int maxComplexity;
    private final Map<String, PreparedOperation> prepared = new ConcurrentHashMap<>();
    private final Map<BodyKey, List<RootAnswer>> plans = new ConcurrentHashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory json = new JsonFactory();
    private final Counter compiled;
    private final Counter general;
    private volatile Roots roots;

    CompiledExecutor(GraphReader reader, Instance<GraphQLSchema> schemaSource, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth") Optional<Integer> maxDepth,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity") Optional<Integer> maxComplexity) {
        this.reader = reader;
        this.schemaSource = schemaSource;
        this.maxDepth = maxDepth.orElse(Integer.MAX_VALUE);
        this.maxComplexity = maxComplexity.orElse(Integer.MAX_VALUE);
        this.compiled = Counter.builder("kg.graphql.requests").tag("path", "compiled")
                .description("GraphQL POST requests, by the path that answered them").register(registry);
        this.general = Counter.builder("kg.graphql.requests").tag("path", "general")
                .description("GraphQL POST requests, by the path that answered them").register(registry);
    }

    /**
     * Answers a GraphQL-over-HTTP JSON request body, or completes with empty when the general
     * executor must answer it. Runs the request's statements (one per root field, one after the
     * other) without blocking the caller: the caller may be an event loop. Only the preparation
     * of an operation text not seen before (parsing and validating it) is handed to
     * {@code blocking}; the stage completes on a driver thread.
     */
    public CompletionStage<Optional<byte[]>> execute(byte[] body, Executor blocking) {
        CompletionStage<List<RootAnswer>> planned;
        try {
            BodyKey key = body.length <= MAX_PLANNED_BODY ? new BodyKey(body) : null;
            List<RootAnswer> plan = key == null ? null : plans.get(key);
            if (plan != null) {
                planned = CompletableFuture.completedFuture(plan);
            } else {
                Request request = Request.parse(mapper, body);
                Roots roots = roots();
                PreparedOperation operation = cached(request);
                planned = operation != null
                        ? CompletableFuture.completedFuture(keep(key, plan(roots, operation, request)))
                        : CompletableFuture.supplyAsync(() -> keep(key, plan(roots, prepare(request, roots.planner.schema), request)), blocking);
            }
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.completedFuture(handOver(e));
        }
        return planned.thenCompose(this::run).handle((answer, error) -> {
            if (error != null) {
                return handOver(error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error);
            }
            compiled.increment();
            return Optional.of(answer);
        });
    }

    private Optional<byte[]> handOver(Throwable reason) {
        if (reason instanceof NotCompilable) {
            LOG.debugf("general path: %s", reason.getMessage());
        } else {
            LOG.debugf(reason, "general path after %s", reason);
        }
        general.increment();
        return Optional.empty();
    }

    /** Requests the general executor answered, and those this path answered: for tests and metrics. */
    public long count(boolean compiledPath) {
        return (long) (compiledPath ? compiled : general).count();
    }

    /**
     * Keeps a plan for requests with the same body: the body is the whole request (operation
     * text, operation name, variables; the caller has checked headers and rights), and a plan
     * depends on nothing else (the schema and the compiler's settings are fixed) and holds no
     * state of a request, so one plan serves any number of requests at once. Refusals are not
     * kept: planning throws before this.
     */
    private List<RootAnswer> keep(BodyKey key, List<RootAnswer> plan) {
        if (key != null) {
            if (plans.size() >= CACHED_PLANS) {
                plans.clear(); // a bound, not an LRU, as for the prepared operations
            }
            plans.put(key, plan);
        }
        return plan;
    }

    /** A request body, compared by content. */
    private static final class BodyKey {
        private final byte[] bytes;
        private final int hash;

        BodyKey(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BodyKey k && k.hash == hash && Arrays.equals(k.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Normalizes the operation with the request's variables, then plans and compiles every root field. */
    private static List<RootAnswer> plan(Roots roots, PreparedOperation operation, Request request) {
        ExecutableNormalizedOperation normalized;
        try {
            normalized = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                    roots.planner.schema, operation.document(), operation.operationName(), RawVariables.of(request.variables()));
        } catch (RuntimeException invalidVariables) {
            throw new NotCompilable("variables: " + invalidVariables.getMessage());
        }
        var fields = new ArrayList<RootAnswer>();
        for (ExecutableNormalizedField field : normalized.getTopLevelFields()) {
            fields.add(roots.plan(field));
        }
        return fields;
    }

    /** Runs the root fields' statements one after the other, then writes the answer. */
    private CompletionStage<byte[]> run(List<RootAnswer> fields) {
        CompletionStage<List<List<NodeData>>> rows = CompletableFuture.completedFuture(new ArrayList<>(fields.size()));
        for (RootAnswer field : fields) {
            rows = rows.thenCompose(done -> (field.statement() == null
                    ? CompletableFuture.completedFuture(List.<NodeData>of())
                    : reader.runAsync(field.statement())).thenApply(read -> {
                        done.add(read);
                        return done;
                    }));
        }
        return rows.thenApply(all -> write(fields, all));
    }

    private byte[] write(List<RootAnswer> fields, List<List<NodeData>> rows) {
        var bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator out = json.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeFieldName("data");
            out.writeStartObject();
            for (int i = 0; i < fields.size(); i++) {
                out.writeFieldName(fields.get(i).key());
                fields.get(i).write(out, rows.get(i));
            }
            out.writeEndObject();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String key(Request request) {
        return request.operationName() + '\u0000' + request.query();
    }

    /** The prepared operation of this text, if prepared before; refused texts throw. */
    private PreparedOperation cached(Request request) {
        if (request.query().length() > MAX_QUERY_CHARS) {
            throw new NotCompilable("operation text longer than " + MAX_QUERY_CHARS + " characters");
        }
        return checked(prepared.get(key(request)));
    }

    private PreparedOperation prepare(Request request, GraphQLSchema schema) {
        if (prepared.size() >= CACHED_DOCUMENTS) {
            prepared.clear(); // a bound, not an LRU: distinct operations of real clients are few
        }
        PreparedOperation operation = PreparedOperation.prepare(schema, request.query(), request.operationName(), maxDepth, maxComplexity);
        prepared.put(key(request), operation);
        return checked(operation);
    }

    private static PreparedOperation checked(PreparedOperation operation) {
        if (operation != null && operation.refusal() != null) {
            throw new NotCompilable(operation.refusal());
        }
        return operation;
    }

    private Roots roots() {
        Roots r = roots;
        if (r == null) {
            r = new Roots(new ResponsePlan.Planner(schemaSource.get(), reader.schema()), reader.compiler().withLabelsOnDemand(),
                    Models.model());
            roots = r;
        }
        return r;
    }

    /** The body of a GraphQL-over-HTTP POST: {@code query}, {@code operationName}, {@code variables}. */
    record Request(String query, String operationName, Map<String, Object> variables) {

        @SuppressWarnings("unchecked")
        static Request parse(ObjectMapper mapper, byte[] body) throws IOException {
            Map<String, Object> json = mapper.readValue(body, Map.class);
            if (!(json.get("query") instanceof String query)) {
                throw new NotCompilable("no query");
            }
            Object name = json.get("operationName");
            Object variables = json.get("variables");
            Object extensions = json.get("extensions");
            if ((name != null && !(name instanceof String)) || (variables != null && !(variables instanceof Map))
                    || (extensions instanceof Map<?, ?> e && !e.isEmpty())) {
                throw new NotCompilable("operationName, variables or extensions");
            }
            String operationName = name == null || ((String) name).isBlank() ? null : (String) name;
            return new Request(query, operationName, variables == null ? Map.of() : (Map<String, Object>) variables);
        }
    }

    /** How a root field reads: one node by id, a list, a connection, or a {@code @cypher} field of the model. */
    private enum Kind { BY_ID, LIST, CONNECTION, CYPHER }

    private record RootField(Kind kind, NodeType type, CypherDef cypher) {
    }

    /** A planned root field: its statement (none for {@code __typename}) and how to write its rows. */
    private record RootAnswer(String key, CypherStatement statement, RowsWriter writer) {
        void write(JsonGenerator out, List<NodeData> rows) throws IOException {
            writer.write(out, rows);
        }
    }

    @FunctionalInterface
    private interface RowsWriter {
        void write(JsonGenerator out, List<NodeData> rows) throws IOException;
    }

    /**
     * The compiled root fields: those the model generates ({@code state(id)}, {@code states},
     * {@code statesConnection}, named by {@link Naming}) and its {@code @cypher} Query fields;
     * a root field is taken only where the schema's {@code Query} type has it with the matching type.
     */
    private static final class Roots {
        final ResponsePlan.Planner planner;
        final QueryCompiler compiler;
        final Model model;
        final Map<String, RootField> fields = new HashMap<>();

        Roots(ResponsePlan.Planner planner, QueryCompiler compiler, Model model) {
            this.planner = planner;
            this.compiler = compiler;
            this.model = model;
            GraphQLSchema schema = planner.schema;
            GraphSchema graph = planner.graph;
            for (Model.NodeDef node : model.nodes().values()) {
                if (node.kind() == Model.Kind.UNION) {
                    continue;
                }
                NodeType type = graph.type(node.name());
                if (node.hasId()) {
                    add(schema, Naming.byId(node), new RootField(Kind.BY_ID, type, null), type.name());
                }
                add(schema, Naming.list(node), new RootField(Kind.LIST, type, null), type.name());
                add(schema, Naming.connection(node), new RootField(Kind.CONNECTION, type, null), null);
            }
            for (CypherDef query : model.queries()) {
                NodeType type = model.nodes().containsKey(query.type().name()) ? graph.type(query.type().name()) : null;
                add(schema, query.name(), new RootField(Kind.CYPHER, type, query), query.type().name());
            }
        }

        private void add(GraphQLSchema schema, String field, RootField root, String expectedType) {
            GraphQLFieldDefinition definition = schema.getQueryType().getFieldDefinition(field);
            if (definition != null && (expectedType == null || expectedType.equals(ResponsePlan.typeName(definition.getType())))) {
                fields.put(field, root);
            }
        }

        RootAnswer plan(ExecutableNormalizedField field) {
            String key = field.getResultKey();
            if (field.getName().equals("__typename")) {
                String typeName = planner.schema.getQueryType().getName();
                return new RootAnswer(key, null, (out, rows) -> out.writeString(typeName));
            }
            RootField root = fields.get(field.getName());
            if (root == null) {
                throw new NotCompilable("root field " + field.getName() + " is not compiled");
            }
            GraphQLOutputType type = planner.schema.getQueryType().getFieldDefinition(field.getName()).getType();
            List<Selection> selection = selections(field.getChildren());
            Map<String, Object> arguments = field.getResolvedArguments();
            try {
                return switch (root.kind()) {
                    case BY_ID -> {
                        var writer = ResponsePlan.node(planner, root.type(), field.getChildren());
                        yield new RootAnswer(key, compiler.byId(root.type(), (String) arguments.get("id"), selection),
                                (out, rows) -> ResponsePlan.writeObject(out, type, rows.isEmpty() ? null : rows.get(0).values(), writer));
                    }
                    case LIST -> {
                        var writer = ResponsePlan.node(planner, root.type(), field.getChildren());
                        yield new RootAnswer(key, compiler.list(root.type(), arguments, selection),
                                (out, rows) -> ResponsePlan.writeObject(out, type, rows.stream().map(NodeData::values).toList(), writer));
                    }
                    case CONNECTION -> {
                        var writer = ResponsePlan.connection(planner, root.type(), null, ResponsePlan.typeName(type), field.getChildren());
                        yield new RootAnswer(key, compiler.connection(root.type(), arguments, selection),
                                (out, rows) -> ResponsePlan.writeObject(out, type, new Connection(rows.get(0)), writer));
                    }
                    case CYPHER -> computed(key, root, type, arguments, selection, field);
                };
            } catch (NotCompilable e) {
                throw e;
            } catch (RuntimeException refused) {
                // an argument the compiler refuses (LIMIT_TOO_LARGE, INVALID_ARGUMENT...): the general
                // executor reports it with its code, path and location
                throw new NotCompilable("compiler refused " + field.getName() + ": " + refused.getMessage());
            }
        }

        /** A {@code @cypher} Query field: nodes written like a list's, scalars by the schema's leaf types. */
        private RootAnswer computed(String key, RootField root, GraphQLOutputType type, Map<String, Object> arguments,
                                    List<Selection> selection, ExecutableNormalizedField field) {
            CypherDef query = root.cypher();
            var statement = compiler.computedRoot(root.type(), query.statement(), query.columnName(),
                    CypherArguments.of(query, arguments), selection);
            ResponsePlan.ObjectWriter items = root.type() == null ? ResponsePlan.leaf(type)
                    : ResponsePlan.node(planner, root.type(), field.getChildren());
            boolean many = query.type().list();
            // each row holds one item of the field's value
            ScalarKind kind = root.type() == null
                    ? CompilerSchema.kindOf(model, new Model.TypeRef(query.type().name(), false, false, false)) : null;
            return new RootAnswer(key, statement, (out, rows) -> {
                List<Object> values = rows.stream().map(r -> root.type() == null ? ResponsePlan.convert(kind, r.values().get("value"))
                        : (Object) r.values()).toList();
                ResponsePlan.writeObject(out, type, many ? values : values.isEmpty() ? null : values.get(0), items);
            });
        }

        /** The normalized fields as the compiler's selections: what {@code Selections.of} makes of the same fields. */
        private static List<Selection> selections(List<ExecutableNormalizedField> fields) {
            var out = new ArrayList<Selection>(fields.size());
            for (ExecutableNormalizedField f : fields) {
                out.add(new Selection(f.getName(), f.getResultKey(), f.getResolvedArguments(),
                        java.util.Set.copyOf(f.getObjectTypeNames()), selections(f.getChildren())));
            }
            return out;
        }
    }
}
