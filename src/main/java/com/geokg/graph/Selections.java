package com.geokg.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.geokg.graph.query.Selection;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/** Reads the selection set and arguments of the field being fetched, for the query compiler. */
public final class Selections {

    private Selections() {
    }

    /** The sub-selection of the field being fetched. */
    public static List<Selection> of(DataFetchingEnvironment environment) {
        return of(environment.getSelectionSet());
    }

    /** The {@code input} argument of a mutation, with only the fields the client gave (a null is given). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> input(DataFetchingEnvironment environment) {
        Object input = environment.getArguments().get("input");
        return input == null ? Map.of() : (Map<String, Object>) input;
    }

    /** The given keys of an argument map, those present only. */
    public static Map<String, Object> only(Map<String, Object> arguments, String... keys) {
        var out = new LinkedHashMap<String, Object>();
        for (String key : keys) {
            if (arguments.containsKey(key)) {
                out.put(key, arguments.get(key));
            }
        }
        return out;
    }

    private static List<Selection> of(DataFetchingFieldSelectionSet set) {
        return set.getImmediateFields().stream().map(Selections::of).toList();
    }

    private static Selection of(SelectedField field) {
        return new Selection(field.getName(), field.getResultKey(), field.getArguments(),
                Set.copyOf(field.getObjectTypeNames()), of(field.getSelectionSet()));
    }
}
