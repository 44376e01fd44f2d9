package com.geokg.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.CoercedVariables;
import graphql.execution.NonNullableValueCoercedAsNullException;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.OperationDefinition;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLSchema;

/**
 * The request's variables, coerced to the types the operation declares (graphql-java's own
 * coercion, with the schema's scalars). A value its type does not accept is one BAD_USER_INPUT
 * error naming the variable and the type it expects, before anything runs.
 */
final class Variables {

    private Variables() {
    }

    static CoercedVariables coerce(GraphQLSchema schema, OperationDefinition operation, Map<String, Object> raw) {
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            String wrong = shape(schema, definition.getType(), raw.get(definition.getName()));
            if (wrong != null) {
                throw invalid(definition, "expected " + print(definition) + ", got " + wrong);
            }
        }
        try {
            return ValuesResolver.coerceVariableValues(schema, operation.getVariableDefinitions(), RawVariables.of(raw),
                    GraphQLContext.getDefault(), Locale.ENGLISH);
        } catch (NonNullableValueCoercedAsNullException e) {
            String name = nameIn(e.getMessage(), operation);
            VariableDefinition d = name == null ? null : operation.getVariableDefinitions().stream()
                    .filter(v -> v.getName().equals(name)).findFirst().orElse(null);
            throw new ProblemException(Problem.of(ErrorCode.BAD_USER_INPUT, d != null
                    ? "variable '$%s' of type %s must not be null; give it a value".formatted(d.getName(), print(d))
                    : Text.clean(e.getMessage())));
        } catch (RuntimeException e) {
            String message = e instanceof GraphQLError g ? g.getMessage() : e.getMessage();
            throw new ProblemException(Problem.of(ErrorCode.BAD_USER_INPUT, Text.clean(message)));
        }
    }

    private static ProblemException invalid(VariableDefinition d, String why) {
        return new ProblemException(Problem.of(ErrorCode.BAD_USER_INPUT, "variable '$%s' has an invalid value: %s".formatted(d.getName(), why)));
    }

    private static String nameIn(String message, OperationDefinition operation) {
        if (message == null) {
            return null;
        }
        for (VariableDefinition d : operation.getVariableDefinitions()) {
            if (message.contains("'" + d.getName() + "'")) {
                return d.getName();
            }
        }
        return null;
    }

    /**
     * Where a value has the wrong shape for a scalar (an object or a list where an {@code ID} or a
     * {@code Date} is expected), what it is; null when the shape fits. Some scalars would otherwise
     * accept any value by its text.
     */
    private static String shape(GraphQLSchema schema, graphql.language.Type<?> type, Object value) {
        if (value == null) {
            return null;
        }
        if (type instanceof graphql.language.NonNullType n) {
            return shape(schema, n.getType(), value);
        }
        if (type instanceof graphql.language.ListType l) {
            if (value instanceof List<?> items) {
                for (Object item : items) {
                    String wrong = shape(schema, l.getType(), item);
                    if (wrong != null) {
                        return wrong + " in the list";
                    }
                }
            }
            return null;
        }
        String name = ((TypeName) type).getName();
        if (schema.getType(name) instanceof graphql.schema.GraphQLScalarType || schema.getType(name) instanceof graphql.schema.GraphQLEnumType) {
            if (value instanceof Map<?, ?>) {
                return "an object";
            }
            if (value instanceof List<?>) {
                return "a list";
            }
            // the spec's input coercion: no numbers from text, no text from numbers or booleans
            switch (name) {
                case "Int", "Float":
                    return value instanceof Number ? null : describe(value);
                case "Boolean":
                    return value instanceof Boolean ? null : describe(value);
                case "String":
                    return value instanceof String ? null : describe(value);
                case "Date":
                    if (!(value instanceof String text)) {
                        return describe(value);
                    }
                    try {
                        java.time.LocalDate.parse(text);
                        return null;
                    } catch (java.time.format.DateTimeParseException e) {
                        return describe(value) + ", which is not a date (YYYY-MM-DD)";
                    }
                case "ID":
                    return value instanceof String || value instanceof Integer || value instanceof Long
                            || value instanceof java.math.BigInteger ? null : describe(value);
                default:
                    return schema.getType(name) instanceof graphql.schema.GraphQLEnumType && !(value instanceof String) ? describe(value) : null;
            }
        }
        return null;
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "the text \"" + Text.shorten(text, 40) + "\"";
        }
        if (value instanceof Boolean b) {
            return "the boolean " + b;
        }
        if (value instanceof Number n) {
            return "the number " + Text.shorten(n.toString(), 40);
        }
        return "a value of another kind";
    }

    static String print(VariableDefinition d) {
        return print(d.getType());
    }

    private static String print(graphql.language.Type<?> t) {
        if (t instanceof graphql.language.NonNullType n) {
            return print(n.getType()) + "!";
        }
        if (t instanceof graphql.language.ListType l) {
            return "[" + print(l.getType()) + "]";
        }
        return ((TypeName) t).getName();
    }
}
