package com.geokg.graph.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;


import org.neo4j.driver.Bookmark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.geokg.graph.BoundedBytes;
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
import com.geokg.model.RootFields;
import com.geokg.model.RootFields.Kind;
import com.geokg.model.CypherArguments;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The compiled path of a GraphQL query: each root field of the normalized operation (graphql-java's
 * {@link ExecutableNormalizedOperation}: fragments merged, variables coerced, {@code @skip} and
 * {@code @include} applied) is compiled into its one Cypher statement, and the answer is written
 * as JSON straight from the statement's rows by a {@link ResponsePlan}, with no resolver per
 * field. This is the work the general executor does for these requests, minus its per-field cost.
 *
 * <p>The endpoint ({@code com.geokg.http.GraphqlEndpoint}) has parsed, validated, coerced and
 * priced the operation; this path takes a query whose every root field is a compiled field, and
 * throws {@link NotCompilable} while planning (before anything runs) for anything else, which the
 * general executor then answers. A plan is kept under the request body that asked for it, so that
 * a repeated request skips every step up to running its statements.
 */
@ApplicationScoped
public class CompiledExecutor {

    private static final int CACHED_PLANS = 2_000;
    /** Requests with longer bodies are planned every time: a plan's key is the body. */
    static final int MAX_PLANNED_BODY = 8 * 1024;

    private final GraphReader reader;
    private final Instance<GraphQLSchema> schemaSource;
    private final Map<BodyKey, List<RootAnswer>> plans = new ConcurrentHashMap<>();
    private final JsonFactory json = new JsonFactory();
    private final Counter compiled;
    private final Counter general;
    private volatile Roots roots;

    CompiledExecutor(GraphReader reader, Instance<GraphQLSchema> schemaSource, MeterRegistry registry) {
        this.reader = reader;
        this.schemaSource = schemaSource;
        this.compiled = Counter.builder("kg.graphql.requests").tag("path", "compiled")
                .description("GraphQL requests, by the path that answered them").register(registry);
        this.general = Counter.builder("kg.graphql.requests").tag("path", "general")
                .description("GraphQL requests, by the path that answered them").register(registry);
    }

    /**
     * Runs the plan kept for this very request body, if there is one: empty when the request must
     * go through every step. The stage completes on a driver thread.
     */
    public Optional<CompletionStage<byte[]>> replay(byte[] body, long maxBytes, String requestId, Set<Bookmark> bookmarks) {
        if (body.length > MAX_PLANNED_BODY) {
            return Optional.empty();
        }
        List<RootAnswer> plan = plans.get(new BodyKey(body));
        if (plan == null) {
            return Optional.empty();
        }
        compiled.increment();
        return Optional.of(run(plan, maxBytes, requestId, bookmarks));
    }

    /**
     * Plans the operation (throwing {@link NotCompilable} when this path cannot answer it exactly
     * like the general executor), keeps the plan under {@code planKey} (the request body, or null),
     * then runs its statements, one per root field, one after the other, without blocking.
     */
    public CompletionStage<byte[]> execute(ExecutableNormalizedOperation operation, byte[] planKey, long maxBytes, String requestId,
                                          Set<Bookmark> bookmarks) {
        List<RootAnswer> plan;
        try {
            plan = plan(roots(), operation);
        } catch (NotCompilable e) {
            general.increment();
            throw e;
        }
        if (planKey != null && planKey.length <= MAX_PLANNED_BODY) {
            if (plans.size() >= CACHED_PLANS) {
                plans.clear(); // a bound, not an LRU: the distinct requests of real clients are few
            }
            plans.put(new BodyKey(planKey), plan);
        }
        compiled.increment();
        return run(plan, maxBytes, requestId, bookmarks);
    }

    /** Forgets every kept plan: they were priced with statistics that changed since. */
    public void forgetPlans() {
        plans.clear();
    }

    /** Counts a request the general executor answered without asking this path. */
    public void countGeneral() {
        general.increment();
    }

    /** Requests the general executor answered, and those this path answered: for tests and metrics. */
    public long count(boolean compiledPath) {
        return (long) (compiledPath ? compiled : general).count();
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

    /** Plans and compiles every root field. A plan holds no state of a request: one plan serves any number at once. */
    private static List<RootAnswer> plan(Roots roots, ExecutableNormalizedOperation normalized) {
        var fields = new ArrayList<RootAnswer>();
        for (ExecutableNormalizedField field : normalized.getTopLevelFields()) {
            fields.add(roots.plan(field));
        }
        return fields;
    }

    /** Runs the root fields' statements one after the other, then writes the answer. */
    private CompletionStage<byte[]> run(List<RootAnswer> fields, long maxBytes, String requestId, Set<Bookmark> bookmarks) {
        CompletionStage<List<List<NodeData>>> rows = CompletableFuture.completedFuture(new ArrayList<>(fields.size()));
        for (RootAnswer field : fields) {
            rows = rows.thenCompose(done -> (field.statement() == null
                    ? CompletableFuture.completedFuture(List.<NodeData>of())
                    : reader.runAsync(field.statement(), requestId, bookmarks)).thenApply(read -> {
                        done.add(read);
                        return done;
                    }));
        }
        return rows.thenApply(all -> write(fields, all, maxBytes));
    }

    private byte[] write(List<RootAnswer> fields, List<List<NodeData>> rows, long maxBytes) {
        var bytes = new BoundedBytes(maxBytes);
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

    private Roots roots() {
        Roots r = roots;
        if (r == null) {
            r = new Roots(new ResponsePlan.Planner(schemaSource.get(), reader.schema()), reader.compiler().withLabelsOnDemand(),
                    Models.model());
            roots = r;
        }
        return r;
    }

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
     * {@code statesConnection}, {@link RootFields}) and its {@code @cypher} Query fields;
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
            for (Map.Entry<String, RootFields.Root> entry : RootFields.of(model).entrySet()) {
                RootFields.Root root = entry.getValue();
                NodeType type = root.type() == null ? null : graph.type(root.type().name());
                // a root field is taken where the schema's Query has it with the type it reads (a connection: any)
                String expectedType = switch (root.kind()) {
                    case BY_ID, LIST -> type.name();
                    case CONNECTION -> null;
                    case CYPHER -> root.cypher().type().name();
                };
                add(schema, entry.getKey(), new RootField(root.kind(), type, root.cypher()), expectedType);
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
