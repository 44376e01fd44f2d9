package com.geokg.graph.execution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    private final GraphReader reader;
    private final Instance<GraphQLSchema> schemaSource;
    private final int maxDepth;
    private final int maxComplexity;
    private final Map<String, PreparedOperation> prepared = new ConcurrentHashMap<>();
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
     * Answers a GraphQL-over-HTTP JSON request body, or returns empty when the general executor
     * must answer it. Runs the request's statements (one per root field) when it answers.
     */
    public Optional<byte[]> execute(byte[] body) {
        try {
            byte[] answer = answer(body);
            compiled.increment();
            return Optional.of(answer);
        } catch (NotCompilable reason) {
            LOG.debugf("general path: %s", reason.getMessage());
        } catch (RuntimeException | IOException unexpected) {
            LOG.debugf(unexpected, "general path after %s", unexpected);
        }
        general.increment();
        return Optional.empty();
    }

    /** Requests the general executor answered, and those this path answered: for tests and metrics. */
    public long count(boolean compiledPath) {
        return (long) (compiledPath ? compiled : general).count();
    }

    private byte[] answer(byte[] body) throws IOException {
        Request request = Request.parse(mapper, body);
        Roots roots = roots();
        PreparedOperation operation = prepared(request, roots.planner.schema);
        ExecutableNormalizedOperation normalized;
        try {
            normalized = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                    roots.planner.schema, operation.document(), operation.operationName(), RawVariables.of(request.variables()));
        } catch (RuntimeException invalidVariables) {
            throw new NotCompilable("variables: " + invalidVariables.getMessage());
        }
        // plan and compile every root field before running any statement
        var fields = new ArrayList<RootAnswer>();
        for (ExecutableNormalizedField field : normalized.getTopLevelFields()) {
            fields.add(roots.plan(field));
        }
        var bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator out = json.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeFieldName("data");
            out.writeStartObject();
            for (RootAnswer field : fields) {
                out.writeFieldName(field.key());
                field.write(out, field.statement() == null ? List.of() : reader.run(field.statement()));
            }
            out.writeEndObject();
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private PreparedOperation prepared(Request request, GraphQLSchema schema) {
        if (request.query().length() > MAX_QUERY_CHARS) {
            throw new NotCompilable("operation text longer than " + MAX_QUERY_CHARS + " characters");
        }
        String key = request.operationName() + '\u0000' + request.query();
        PreparedOperation operation = prepared.get(key);
        if (operation == null) {
            if (prepared.size() >= CACHED_DOCUMENTS) {
                prepared.clear(); // a bound, not an LRU: distinct operations of real clients are few
            }
            operation = PreparedOperation.prepare(schema, request.query(), request.operationName(), maxDepth, maxComplexity);
            prepared.put(key, operation);
        }
        if (operation.refusal() != null) {
            throw new NotCompilable(operation.refusal());
        }
        return operation;
    }

    private Roots roots() {
        Roots r = roots;
        if (r == null) {
            r = new Roots(new ResponsePlan.Planner(schemaSource.get(), reader.schema()), reader.compiler().withLabelsOnDemand());
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

    /** How a root field reads: one node by id, a list, or a connection. */
    private enum Kind { BY_ID, LIST, CONNECTION }

    private record RootField(Kind kind, NodeType type) {
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
     * The compiled root fields. By the API's naming rule, a node type {@code State} is read by
     * {@code state(id)}, {@code states(...)} and {@code statesConnection(...)}; a root field is
     * taken only where the schema's {@code Query} type has it with the matching type.
     */
    private static final class Roots {
        final ResponsePlan.Planner planner;
        final QueryCompiler compiler;
        final Map<String, RootField> fields = new HashMap<>();

        Roots(ResponsePlan.Planner planner, QueryCompiler compiler) {
            this.planner = planner;
            this.compiler = compiler;
            GraphQLSchema schema = planner.schema;
            GraphSchema graph = planner.graph;
            for (NodeType type : graph.types()) {
                String single = Character.toLowerCase(type.name().charAt(0)) + type.name().substring(1);
                add(schema, single, Kind.BY_ID, type, type.name());
                add(schema, single + "s", Kind.LIST, type, type.name());
                add(schema, single + "s" + QueryCompiler.CONNECTION_SUFFIX, Kind.CONNECTION, type, null);
            }
        }

        private void add(GraphQLSchema schema, String field, Kind kind, NodeType type, String expectedType) {
            GraphQLFieldDefinition definition = schema.getQueryType().getFieldDefinition(field);
            if (definition != null && (expectedType == null || expectedType.equals(ResponsePlan.typeName(definition.getType())))) {
                fields.put(field, new RootField(kind, type));
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
                };
            } catch (NotCompilable e) {
                throw e;
            } catch (RuntimeException refused) {
                // an argument the compiler refuses (LIMIT_TOO_LARGE, INVALID_ARGUMENT...): the general
                // executor reports it with its code, path and location
                throw new NotCompilable("compiler refused " + field.getName() + ": " + refused.getMessage());
            }
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
