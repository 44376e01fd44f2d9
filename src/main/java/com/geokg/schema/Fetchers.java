package com.geokg.schema;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.geokg.graph.Connection;
import com.geokg.graph.GraphReader;
import com.geokg.graph.NodeData;
import com.geokg.graph.PageInfo;
import com.geokg.graph.Selections;
import com.geokg.graph.query.NodeType;
import com.geokg.graph.query.QueryCompiler;
import com.geokg.graph.query.ScalarKind;
import com.geokg.graph.query.ScalarValues;
import com.geokg.model.CompilerSchema;
import com.geokg.model.Model;
import com.geokg.model.Model.CypherDef;
import com.geokg.model.CypherArguments;
import com.geokg.model.Models;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.TypeResolver;

/**
 * The data fetchers of the generated API, for the general executor. A root field compiles its
 * whole selection into one statement and runs it without blocking; every other field reads what
 * that statement projected (scalars by field name, relations under {@code "@" + resultKey}), so
 * no field below the root queries on its own. Mutations check the {@code editor} role first.
 */
final class Fetchers {

    private Fetchers() {
    }

    // ---- root fields --------------------------------------------------------------------------

    static DataFetcher<Object> byId(String typeName) {
        return env -> {
            GraphReader reader = Runtime.reader();
            var statement = reader.compiler().byId(reader.schema().type(typeName), env.getArgument("id"), Selections.of(env));
            return reader.runAsync(statement).thenApply(rows -> rows.isEmpty() ? null : (Object) rows.get(0).values())
                    .toCompletableFuture();
        };
    }

    static DataFetcher<Object> list(String typeName) {
        return env -> {
            GraphReader reader = Runtime.reader();
            var statement = reader.compiler().list(reader.schema().type(typeName), env.getArguments(), Selections.of(env));
            return reader.runAsync(statement).thenApply(rows -> (Object) rows.stream().map(NodeData::values).toList())
                    .toCompletableFuture();
        };
    }

    static DataFetcher<Object> connection(String typeName) {
        return env -> {
            GraphReader reader = Runtime.reader();
            var statement = reader.compiler().connection(reader.schema().type(typeName), env.getArguments(), Selections.of(env));
            return reader.runAsync(statement).thenApply(rows -> (Object) new Connection(rows.get(0))).toCompletableFuture();
        };
    }

    static DataFetcher<Object> cypherQuery(CypherDef field, boolean nodes) {
        ScalarKind kind = nodes ? null : kind(field);
        return env -> {
            GraphReader reader = Runtime.reader();
            NodeType type = nodes ? reader.schema().type(field.type().name()) : null;
            var statement = reader.compiler().computedRoot(type, field.statement(), field.columnName(),
                    CypherArguments.of(field, env.getArguments()), Selections.of(env));
            return reader.runAsync(statement).thenApply(rows -> {
                List<Object> values = rows.stream().map(r -> type == null ? out(kind, false, r.values().get("value"))
                        : (Object) r.values()).toList();
                if (field.type().list()) {
                    return (Object) values;
                }
                return values.isEmpty() ? null : values.get(0);
            }).toCompletableFuture();
        };
    }

    // ---- fields below the root: read from what the root's statement projected ----------------

    static DataFetcher<Object> scalar(ScalarKind kind, boolean list) {
        return env -> out(kind, list, map(env.getSource()).get(env.getFieldDefinition().getName()));
    }

    static DataFetcher<Object> related() {
        return env -> map(env.getSource()).get(QueryCompiler.RELATION_PREFIX + env.getField().getResultKey());
    }

    static DataFetcher<Object> relatedConnection() {
        return env -> new NodeData(map(env.getSource())).connection(env.getField().getResultKey());
    }

    static DataFetcher<Object> connectionEdges() {
        return env -> ((Connection) env.getSource()).edges(e -> e);
    }

    static DataFetcher<Object> connectionPageInfo() {
        return env -> ((Connection) env.getSource()).pageInfo();
    }

    static DataFetcher<Object> connectionTotal() {
        return env -> ((Connection) env.getSource()).totalCount();
    }

    static DataFetcher<Object> edgeCursor() {
        return env -> ((Connection.Edge) env.getSource()).cursor();
    }

    static DataFetcher<Object> edgeNode() {
        return env -> ((Connection.Edge) env.getSource()).item().child("node").values();
    }

    static DataFetcher<Object> edgeProperties() {
        return env -> ((Connection.Edge) env.getSource()).properties().values();
    }

    static DataFetcher<Object> pageInfo(String field) {
        return env -> {
            PageInfo info = env.getSource();
            return switch (field) {
                case "hasNextPage" -> info.hasNextPage();
                case "hasPreviousPage" -> info.hasPreviousPage();
                case "startCursor" -> info.startCursor();
                default -> info.endCursor();
            };
        };
    }

    /** The object type of a node of an interface or union: the first of its types whose label the node has. */
    static TypeResolver typeResolver(String abstractType) {
        return env -> {
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) map(env.getObject()).getOrDefault(QueryCompiler.LABELS_KEY, List.of());
            var schema = Runtime.reader().schema();
            return env.getSchema().getObjectType(schema.concreteType(schema.type(abstractType), labels));
        };
    }

    /** A stored value as the API shows it ({@link ScalarValues#stored}), dates as ISO text. */
    static Object out(ScalarKind kind, boolean list, Object v) {
        Object value = ScalarValues.stored(kind, list, v);
        if (kind != ScalarKind.DATE) {
            return value;
        }
        return value instanceof List<?> dates ? dates.stream().map(d -> d == null ? null : d.toString()).toList()
                : value == null ? null : value.toString();
    }

    /** The kind of one item of a {@code @cypher} Query field's scalar value. */
    private static ScalarKind kind(CypherDef field) {
        return CompilerSchema.kindOf(Models.model(), new Model.TypeRef(field.type().name(), false, false, false));
    }

    // ---- mutations ----------------------------------------------------------------------------

    static DataFetcher<Object> create(String typeName) {
        return env -> editor(env, () -> Runtime.writer().create(typeName, Selections.input(env), Selections.of(env)));
    }

    static DataFetcher<Object> upsert(String typeName) {
        return env -> editor(env, () -> Runtime.writer().upsert(typeName, Selections.input(env), Selections.of(env)));
    }

    static DataFetcher<Object> update(String typeName) {
        return env -> editor(env, () -> Runtime.writer().update(typeName, env.getArgument("id"), Selections.input(env), Selections.of(env)));
    }

    static DataFetcher<Object> delete(String typeName) {
        return env -> editor(env, () -> Runtime.writer().delete(typeName, env.getArgument("id"), Selections.of(env)));
    }

    static DataFetcher<Object> relate(Connect connect, boolean add) {
        String[] properties = connect.properties().keySet().toArray(String[]::new);
        return env -> editor(env, () -> {
            String thisId = env.getArgument(connect.thisId());
            String otherId = env.getArgument(connect.otherId());
            return Runtime.writer().relate(connect.spec(), add, connect.ownerIsFrom() ? thisId : otherId,
                    connect.ownerIsFrom() ? otherId : thisId, Selections.only(env.getArguments(), properties),
                    connect.owner(), Selections.of(env));
        });
    }

    /** Runs the write once the caller is known to have the {@code editor} role. */
    private static CompletableFuture<Object> editor(DataFetchingEnvironment env, Write write) {
        return Runtime.access().editor().subscribeAsCompletionStage()
                .thenCompose(allowed -> write.run())
                .thenApply(node -> (Object) node.values());
    }

    @FunctionalInterface
    private interface Write {
        CompletionStage<NodeData> run();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
