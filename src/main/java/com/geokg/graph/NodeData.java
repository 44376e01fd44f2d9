package com.geokg.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.geokg.graph.query.QueryCompiler;

/**
 * One node as the compiled query projected it: scalars under their field names, relation results
 * under {@code "@" + resultKey}. GraphQL records keep it to answer their relation fields from memory,
 * without another round trip.
 */
public record NodeData(Map<String, Object> values) {

    public String string(String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString();
    }

    public Integer integer(String key) {
        Object v = values.get(key);
        return v == null ? null : ((Number) v).intValue();
    }

    public Double decimal(String key) {
        Object v = values.get(key);
        return v == null ? null : ((Number) v).doubleValue();
    }

    public LocalDate date(String key) {
        return (LocalDate) values.get(key);
    }

    public List<String> strings(String key) {
        Object v = values.get(key);
        return v == null ? List.of() : ((List<?>) v).stream().map(Object::toString).toList();
    }

    @SuppressWarnings("unchecked")
    public List<String> labels() {
        Object v = values.get(QueryCompiler.LABELS_KEY);
        return v == null ? List.of() : (List<String>) v;
    }

    /** The items of a relation field, by the GraphQL result key (alias) it was selected under. */
    @SuppressWarnings("unchecked")
    public <T> List<T> many(String resultKey, Function<NodeData, T> mapper) {
        Object v = values.get(QueryCompiler.RELATION_PREFIX + resultKey);
        if (v == null) {
            return List.of();
        }
        return ((List<Map<String, Object>>) v).stream().map(m -> mapper.apply(new NodeData(m))).toList();
    }

    /** A nested map by plain key ({@code node}, {@code properties} of a connection edge). */
    @SuppressWarnings("unchecked")
    public NodeData child(String key) {
        Object v = values.get(key);
        return new NodeData(v == null ? Map.of() : (Map<String, Object>) v);
    }

    /** The connection a {@code fooConnection} field was selected under. */
    public Connection connection(String resultKey) {
        return new Connection(child(QueryCompiler.RELATION_PREFIX + resultKey));
    }

    /** The value of a single-valued relation field, or {@code null}. */
    @SuppressWarnings("unchecked")
    public <T> T one(String resultKey, Function<NodeData, T> mapper) {
        Object v = values.get(QueryCompiler.RELATION_PREFIX + resultKey);
        return v == null ? null : mapper.apply(new NodeData((Map<String, Object>) v));
    }
}
