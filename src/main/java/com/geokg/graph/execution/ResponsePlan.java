package com.geokg.graph.execution;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.geokg.graph.Connection;
import com.geokg.graph.NodeData;
import com.geokg.graph.PageInfo;
import com.geokg.graph.query.Edge;
import com.geokg.graph.query.GraphSchema;
import com.geokg.graph.query.NodeType;
import com.geokg.graph.query.QueryCompiler;
import com.geokg.graph.query.Relation;
import com.geokg.graph.query.ScalarField;
import com.geokg.graph.query.ScalarKind;
import com.geokg.graph.query.ScalarValues;

import graphql.GraphQLContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * How to write the answer of one root field straight from the rows of its compiled statement:
 * a tree of steps, built from the normalized operation before anything runs, that reads each
 * value where {@link QueryCompiler} put it (scalars under their field names, relations under
 * {@code "@" + resultKey}, connections as {@code {totalCount, skip, reversed, page}}) and
 * serialises it with the schema's own scalar and enum types.
 *
 * <p>It answers what the GraphQL records and {@code @Source} resolvers answer, without running
 * graphql-java's per-field machinery. A field it does not know makes planning fail with
 * {@link NotCompilable} (the request then takes the general path); a value the schema's types
 * refuse (a null for a non-null field, an unknown enum value) makes writing fail the same way.
 */
final class ResponsePlan {

    private static final GraphQLContext NO_CONTEXT = GraphQLContext.getDefault();

    private ResponsePlan() {
    }

    /** Writes one value (an object, a list of objects or null) of a field whose type is given. */
    interface ObjectWriter {
        void write(JsonGenerator out, Object value) throws IOException;
    }

    /** One field of an object: its result key and how to write its value from the parent's value. */
    private interface FieldStep {
        void write(JsonGenerator out, Object parent) throws IOException;
    }

    // ---- planning -----------------------------------------------------------------------------

    /** Plans one field of an object type other than {@code __typename}, given the field's declared type. */
    @FunctionalInterface
    private interface FieldPlanner {
        FieldStep plan(ExecutableNormalizedField field, String key, String name, GraphQLOutputType type);
    }

    /**
     * The plan of one object type: {@code __typename} answers its name, every other field is
     * planned by {@code planner} with its type as the schema declares it on {@code typeName}.
     */
    private static ObjectWriter object(Planner p, String typeName, List<ExecutableNormalizedField> fields, FieldPlanner planner) {
        var steps = new ArrayList<FieldStep>(fields.size());
        for (ExecutableNormalizedField f : fields) {
            String name = f.getName();
            steps.add(name.equals("__typename")
                    ? typename(f.getResultKey(), typeName)
                    : planner.plan(f, f.getResultKey(), name, p.fieldType(typeName, name)));
        }
        return fixed(steps);
    }

    private static NotCompilable unknown(String typeName, String field) {
        return new NotCompilable(typeName + "." + field + " is not a compiled field");
    }

    /** Plans the fields of nodes of {@code type} (an interface: one plan per object type, chosen by labels). */
    static ObjectWriter node(Planner p, NodeType type, List<ExecutableNormalizedField> fields) {
        if (!type.isAbstract()) {
            return nodeOf(p, p.graph.type(type.name()), fields);
        }
        var byType = new LinkedHashMap<String, ObjectWriter>();
        for (String concrete : type.concreteTypes()) {
            var applying = fields.stream().filter(f -> f.getObjectTypeNames().contains(concrete)).toList();
            byType.put(concrete, nodeOf(p, p.graph.type(concrete), applying));
        }
        return (out, value) -> {
            Map<String, Object> node = map(value);
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) node.getOrDefault(QueryCompiler.LABELS_KEY, List.of());
            byType.get(p.graph.concreteType(type, labels)).write(out, node);
        };
    }

    /** A node of one object type: scalars by field name, relations and their connections by {@code "@" + resultKey}. */
    private static ObjectWriter nodeOf(Planner p, NodeType type, List<ExecutableNormalizedField> fields) {
        return object(p, type.name(), fields, (f, key, name, fieldType) -> {
            ScalarField scalar = type.scalars().get(name);
            if (scalar != null) {
                return leaf(key, fieldType, m -> convert(scalar.kind(), scalar.list(), map(m).get(name)));
            }
            String related = QueryCompiler.RELATION_PREFIX + key;
            Relation relation = type.relations().get(name);
            if (relation != null) {
                NodeType target = p.graph.type(relation.targetType());
                ObjectWriter items = relation.edgeItems()
                        ? edgeItem(p, relation.edge(), target, typeName(fieldType), f.getChildren())
                        : node(p, target, f.getChildren());
                return nested(key, fieldType, m -> map(m).get(related), items);
            }
            if (name.endsWith(QueryCompiler.CONNECTION_SUFFIX)) {
                Relation paged = type.relations().get(name.substring(0, name.length() - QueryCompiler.CONNECTION_SUFFIX.length()));
                if (paged != null && paged.many()) {
                    ObjectWriter connection = connection(p, p.graph.type(paged.targetType()), paged.connectionEdge(), typeName(fieldType), f.getChildren());
                    return nested(key, fieldType, m -> new NodeData(map(m)).connection(key), connection);
                }
            }
            throw unknown(type.name(), name);
        });
    }

    /** An item of a relation whose items are relationships: its properties and the node at the other end. */
    private static ObjectWriter edgeItem(Planner p, Edge edge, NodeType target, String typeName, List<ExecutableNormalizedField> fields) {
        return object(p, typeName, fields, (f, key, name, fieldType) -> {
            ScalarField property = edge.properties().get(name);
            if (property != null) {
                return leaf(key, fieldType, m -> convert(property.kind(), map(m).get(name)));
            }
            if (name.equals(edge.nodeField())) {
                String related = QueryCompiler.RELATION_PREFIX + key;
                return nested(key, fieldType, m -> map(m).get(related), node(p, target, f.getChildren()));
            }
            throw unknown(typeName, name);
        });
    }

    /** A Relay connection: the value is a {@link Connection}. {@code edge} is null for connections over nodes only. */
    static ObjectWriter connection(Planner p, NodeType target, Edge edge, String typeName, List<ExecutableNormalizedField> fields) {
        return object(p, typeName, fields, (f, key, name, fieldType) -> switch (name) {
            case "totalCount" -> leaf(key, fieldType, c -> ((Connection) c).totalCount());
            case "pageInfo" -> nested(key, fieldType, c -> ((Connection) c).pageInfo(), pageInfo(p, typeName(fieldType), f.getChildren()));
            case "edges" -> nested(key, fieldType, c -> ((Connection) c).edges(e -> e),
                    connectionEdge(p, target, edge, typeName(fieldType), f.getChildren()));
            default -> throw unknown(typeName, name);
        });
    }

    private static ObjectWriter connectionEdge(Planner p, NodeType target, Edge edge, String typeName, List<ExecutableNormalizedField> fields) {
        return object(p, typeName, fields, (f, key, name, fieldType) -> switch (name) {
            case "cursor" -> leaf(key, fieldType, e -> ((Connection.Edge) e).cursor());
            case "node" -> nested(key, fieldType, e -> ((Connection.Edge) e).item().child("node").values(), node(p, target, f.getChildren()));
            case "properties" -> {
                if (edge == null) {
                    throw unknown(typeName, name);
                }
                yield nested(key, fieldType, e -> ((Connection.Edge) e).properties().values(),
                        properties(p, edge, typeName(fieldType), f.getChildren()));
            }
            default -> throw unknown(typeName, name);
        });
    }

    private static ObjectWriter properties(Planner p, Edge edge, String typeName, List<ExecutableNormalizedField> fields) {
        return object(p, typeName, fields, (f, key, name, fieldType) -> {
            ScalarField property = edge.properties().get(name);
            if (property == null) {
                throw unknown(typeName, name);
            }
            return leaf(key, fieldType, m -> convert(property.kind(), map(m).get(name)));
        });
    }

    private static ObjectWriter pageInfo(Planner p, String typeName, List<ExecutableNormalizedField> fields) {
        return object(p, typeName, fields, (f, key, name, fieldType) -> leaf(key, fieldType, switch (name) {
            case "hasNextPage" -> i -> ((PageInfo) i).hasNextPage();
            case "hasPreviousPage" -> i -> ((PageInfo) i).hasPreviousPage();
            case "startCursor" -> i -> ((PageInfo) i).startCursor();
            case "endCursor" -> i -> ((PageInfo) i).endCursor();
            default -> throw unknown(typeName, name);
        }));
    }

    /** What planning needs: the GraphQL schema (field types) and the graph model (where values are). */
    static final class Planner {
        final GraphQLSchema schema;
        final GraphSchema graph;

        Planner(GraphQLSchema schema, GraphSchema graph) {
            this.schema = schema;
            this.graph = graph;
        }

        GraphQLOutputType fieldType(String objectType, String field) {
            if (!(schema.getType(objectType) instanceof GraphQLObjectType object)) {
                throw new NotCompilable(objectType + " is not an object type");
            }
            GraphQLFieldDefinition definition = object.getFieldDefinition(field);
            if (definition == null) {
                throw new NotCompilable(objectType + " has no field " + field);
            }
            return definition.getType();
        }
    }

    // ---- steps --------------------------------------------------------------------------------

    private static ObjectWriter fixed(List<FieldStep> steps) {
        FieldStep[] all = steps.toArray(FieldStep[]::new);
        return (out, value) -> {
            out.writeStartObject();
            for (FieldStep step : all) {
                step.write(out, value);
            }
            out.writeEndObject();
        };
    }

    private static FieldStep typename(String key, String typeName) {
        return (out, parent) -> out.writeStringField(key, typeName);
    }

    private static FieldStep leaf(String key, GraphQLOutputType type, Function<Object, Object> getter) {
        return nested(key, type, getter, leafWriter(type));
    }

    private static FieldStep nested(String key, GraphQLOutputType type, Function<Object, Object> getter, ObjectWriter items) {
        return (out, parent) -> {
            out.writeFieldName(key);
            writeObject(out, type, getter.apply(parent), items);
        };
    }

    /**
     * Writes a value of the given GraphQL type: null, a list (each item in turn) or, once the
     * wrappers are peeled off, one value of the named type by {@code items} (an object's fields, or
     * a scalar). A null where the type is non-null leaves the request to the general executor.
     */
    static void writeObject(JsonGenerator out, GraphQLOutputType type, Object value, ObjectWriter items) throws IOException {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                throw new NotCompilable("null for a non-null field");
            }
            writeObject(out, (GraphQLOutputType) nonNull.getWrappedType(), value, items);
        } else if (value == null) {
            out.writeNull();
        } else if (type instanceof GraphQLList list) {
            out.writeStartArray();
            for (Object item : (List<?>) value) {
                writeObject(out, (GraphQLOutputType) list.getWrappedType(), item, items);
            }
            out.writeEndArray();
        } else {
            items.write(out, value);
        }
    }

    /** The writer of a leaf type's values, for root fields whose values are scalars. */
    static ObjectWriter leaf(GraphQLOutputType type) {
        return leafWriter(type);
    }

    /** Writes one non-null value of a leaf type (scalar or enum), decided when planning. */
    private static ObjectWriter leafWriter(GraphQLOutputType type) {
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        if (named instanceof GraphQLScalarType scalar) {
            String name = scalar.getName();
            return (out, value) -> {
                if (!writeBuiltIn(out, name, value)) {
                    writeSerialized(out, serialize(scalar, value));
                }
            };
        }
        if (named instanceof GraphQLEnumType enumType) {
            return (out, value) -> writeSerialized(out, serialize(enumType, value));
        }
        throw new NotCompilable("not a leaf type: " + GraphQLTypeUtil.simplePrint(type));
    }

    /**
     * Writes a value of a built-in scalar that is already of the Java type that scalar serialises
     * to (what its coercing would return unchanged); false for anything else, which then goes
     * through the scalar's coercing.
     */
    private static boolean writeBuiltIn(JsonGenerator out, String scalar, Object value) throws IOException {
        switch (scalar) {
            case "String", "ID" -> {
                if (value instanceof String s) {
                    out.writeString(s);
                    return true;
                }
            }
            case "Int" -> {
                if (value instanceof Integer i) {
                    out.writeNumber(i);
                    return true;
                }
            }
            case "Float" -> {
                if (value instanceof Double d && Double.isFinite(d)) {
                    out.writeNumber(d);
                    return true;
                }
            }
            case "Boolean" -> {
                if (value instanceof Boolean b) {
                    out.writeBoolean(b);
                    return true;
                }
            }
            default -> {
                return false;
            }
        }
        return false;
    }

    private static Object serialize(GraphQLScalarType scalar, Object value) {
        try {
            return scalar.getCoercing().serialize(value, NO_CONTEXT, Locale.getDefault());
        } catch (RuntimeException refused) {
            throw new NotCompilable(scalar.getName() + " refuses a stored value");
        }
    }

    private static Object serialize(GraphQLEnumType type, Object value) {
        try {
            return type.serialize(value);
        } catch (RuntimeException refused) {
            throw new NotCompilable(type.getName() + " refuses a stored value");
        }
    }

    private static void writeSerialized(JsonGenerator out, Object v) throws IOException {
        if (v instanceof String s) {
            out.writeString(s);
        } else if (v instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            out.writeNumber(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            out.writeNumber(((Number) v).doubleValue());
        } else if (v instanceof BigInteger b) {
            out.writeNumber(b);
        } else if (v instanceof BigDecimal d) {
            out.writeNumber(d);
        } else {
            out.writeString(String.valueOf(v));
        }
    }

    /** The stored value as the GraphQL records return it ({@link NodeData}'s conversions). */
    static Object convert(ScalarKind kind, Object v) {
        return convert(kind, false, v);
    }

    /** A stored value as the schema's types write it ({@link ScalarValues#stored}); a date that is no date goes to the general path. */
    static Object convert(ScalarKind kind, boolean list, Object v) {
        Object value = ScalarValues.stored(kind, list, v);
        if (kind == ScalarKind.DATE && !(list ? ((List<?>) value).stream().allMatch(LocalDate.class::isInstance)
                : value == null || value instanceof LocalDate)) {
            throw new NotCompilable("a stored date that is not a date");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    static String typeName(GraphQLOutputType type) {
        return GraphQLTypeUtil.unwrapAll(type).getName();
    }
}
