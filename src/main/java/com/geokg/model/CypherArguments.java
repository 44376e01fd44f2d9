package com.geokg.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.geokg.graph.InvalidArgumentException;
import com.geokg.model.Model.ArgumentDef;
import com.geokg.model.Model.CypherDef;

/** The arguments of a {@code @cypher} Query field as the statement's parameters: every declared one, null when not given. */
public final class CypherArguments {

    private CypherArguments() {
    }

    public static Map<String, Object> of(CypherDef field, Map<String, Object> given) {
        var parameters = new HashMap<String, Object>();
        for (ArgumentDef argument : field.arguments()) {
            Object value = given.get(argument.name());
            parameters.put(argument.name(), value == null ? null : convert(argument, value));
        }
        return parameters;
    }

    private static Object convert(ArgumentDef argument, Object value) {
        if (value instanceof java.util.Collection<?> items) {
            return items.stream().map(v -> v == null ? null : convert(argument, v)).toList();
        }
        return switch (argument.type().name()) {
            case "Date" -> {
                try {
                    yield value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new InvalidArgumentException("'" + value + "' is not a date (YYYY-MM-DD) for " + argument.name());
                }
            }
            case "Int" -> ((Number) value).longValue();
            case "Float" -> ((Number) value).doubleValue();
            case "Boolean" -> value;
            default -> value.toString();
        };
    }
}
