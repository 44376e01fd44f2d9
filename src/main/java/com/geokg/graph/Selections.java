package com.geokg.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.geokg.graph.query.Selection;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;

/** Reads the selection set and arguments of the current GraphQL field, for the query compiler. */
public final class Selections {

    private Selections() {
    }

    public static DataFetchingEnvironment environment(Context context) {
        return context.unwrap(DataFetchingEnvironment.class);
    }

    /** The sub-selection of the field being resolved. */
    public static List<Selection> of(Context context) {
        return of(environment(context).getSelectionSet());
    }

    /** The arguments of the field being resolved, as GraphQL coerced them. */
    public static Map<String, Object> arguments(Context context) {
        return environment(context).getArguments();
    }

    /** The {@code input} argument of a mutation, with only the fields the client gave (a null is given). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> input(Context context) {
        Object input = arguments(context).get("input");
        return input == null ? Map.of() : (Map<String, Object>) input;
    }

    /** The given keys of an argument map, those present only. */
    public static Map<String, Object> only(Map<String, Object> arguments, String... keys) {
        var out = new java.util.LinkedHashMap<String, Object>();
        for (String key : keys) {
            if (arguments.containsKey(key)) {
                out.put(key, arguments.get(key));
            }
        }
        return out;
    }

    /** The alias (or name) the current field was selected under: the key of its pre-fetched value. */
    public static String resultKey(Context context) {
        return environment(context).getField().getResultKey();
    }

    private static List<Selection> of(DataFetchingFieldSelectionSet set) {
        return set.getImmediateFields().stream().map(Selections::of).toList();
    }

    private static Selection of(SelectedField field) {
        return new Selection(field.getName(), field.getResultKey(), field.getArguments(),
                Set.copyOf(field.getObjectTypeNames()), of(field.getSelectionSet()));
    }
}
