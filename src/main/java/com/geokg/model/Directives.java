package com.geokg.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValue;
import graphql.language.EnumValueDefinition;
import graphql.language.FloatValue;
import graphql.language.InputValueDefinition;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.NullValue;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.parser.Parser;

/**
 * The directives a model may use ({@code model/directives.graphql}) and the check of every use
 * against them: known name, allowed place, known arguments of the right type, required ones given.
 */
final class Directives {

    /** Directives of the Neo4j GraphQL Library that GeoKG does not implement: named as such in errors. */
    private static final Set<String> LIBRARY_ONLY = Set.of("id", "unique", "default", "coalesce", "timestamp",
            "populatedBy", "authentication", "authorization", "subscriptionsAuthorization", "customResolver",
            "fulltext", "vector", "limit", "query", "mutation", "subscription",
            "selectable", "settable", "relayId", "private", "jwt", "jwtClaim", "exclude", "readonly", "writeonly",
            "queryOptions", "shareable");

    private final Map<String, DirectiveDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Set<String>> enumValues = new LinkedHashMap<>();

    static final Directives INSTANCE = new Directives();

    private Directives() {
        for (var definition : Parser.parse(prelude()).getDefinitions()) {
            if (definition instanceof DirectiveDefinition d) {
                definitions.put(d.getName(), d);
            } else if (definition instanceof EnumTypeDefinition e) {
                var values = new HashSet<String>();
                e.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).forEach(values::add);
                enumValues.put(e.getName(), values);
            }
        }
    }

    /** The text of {@code model/directives.graphql}, the definitions shown to users too. */
    static String prelude() {
        try (InputStream in = Directives.class.getResourceAsStream("/model/directives.graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the directives on one element; {@code where} is the location name as in the
     * definitions ({@code OBJECT}, {@code FIELD_DEFINITION}, ...), {@code what} names the element.
     */
    void check(List<Directive> directives, String where, String what, Problems problems) {
        var seen = new HashSet<String>();
        for (Directive directive : directives) {
            DirectiveDefinition definition = definitions.get(directive.getName());
            if (definition == null) {
                problems.add(directive.getSourceLocation(), LIBRARY_ONLY.contains(directive.getName())
                        ? "@" + directive.getName() + " is a directive of the Neo4j GraphQL Library that GeoKG does not support"
                        : "unknown directive @" + directive.getName() + " on " + what);
                continue;
            }
            if (!seen.add(directive.getName())) {
                problems.add(directive.getSourceLocation(), "@" + directive.getName() + " is given twice on " + what);
            }
            if (definition.getDirectiveLocations().stream().noneMatch(l -> l.getName().equals(where))) {
                problems.add(directive.getSourceLocation(), "@" + directive.getName() + " cannot be used on " + what);
                continue;
            }
            var declared = new LinkedHashMap<String, InputValueDefinition>();
            definition.getInputValueDefinitions().forEach(a -> declared.put(a.getName(), a));
            for (var argument : directive.getArguments()) {
                InputValueDefinition arg = declared.get(argument.getName());
                if (arg == null) {
                    problems.add(argument.getSourceLocation(), "@" + directive.getName() + " has no argument '"
                            + argument.getName() + "'; it takes " + String.join(", ", declared.keySet()));
                } else if (!accepts(arg.getType(), argument.getValue())) {
                    problems.add(argument.getSourceLocation(), "@" + directive.getName() + "(" + argument.getName()
                            + ":) must be " + describe(arg.getType()));
                }
            }
            for (var arg : declared.values()) {
                if (arg.getType() instanceof NonNullType && arg.getDefaultValue() == null && directive.getArgument(arg.getName()) == null) {
                    problems.add(directive.getSourceLocation(), "@" + directive.getName() + " needs its argument '"
                            + arg.getName() + "'");
                }
            }
        }
    }

    private boolean accepts(Type<?> type, Value<?> value) {
        if (type instanceof NonNullType nonNull) {
            return !(value instanceof NullValue) && accepts(nonNull.getType(), value);
        }
        if (value instanceof NullValue) {
            return true;
        }
        if (type instanceof ListType list) {
            return value instanceof ArrayValue array ? array.getValues().stream().allMatch(v -> accepts(list.getType(), v))
                    : accepts(list.getType(), value); // a single value stands for a list of one, as in GraphQL
        }
        String name = ((TypeName) type).getName();
        return switch (name) {
            case "String" -> value instanceof StringValue;
            case "Float" -> value instanceof FloatValue || value instanceof IntValue;
            case "Int" -> value instanceof IntValue;
            case "Boolean" -> value instanceof BooleanValue;
            default -> value instanceof EnumValue e && enumValues.getOrDefault(name, Set.of()).contains(e.getName());
        };
    }

    private String describe(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return describe(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return "a list of " + describe(list.getType());
        }
        String name = ((TypeName) type).getName();
        var values = enumValues.get(name);
        return values == null ? "a " + name : "one of " + String.join(", ", new java.util.TreeSet<>(values));
    }

    // ---- reading checked arguments --------------------------------------------------------------

    static String string(Directive directive, String argument) {
        var arg = directive.getArgument(argument);
        return arg != null && arg.getValue() instanceof StringValue s ? s.getValue() : null;
    }

    static List<String> strings(Directive directive, String argument) {
        var arg = directive.getArgument(argument);
        if (arg == null) {
            return null;
        }
        var out = new ArrayList<String>();
        var values = arg.getValue() instanceof ArrayValue a ? a.getValues() : List.of(arg.getValue());
        for (Value<?> v : values) {
            if (v instanceof StringValue s) {
                out.add(s.getValue());
            } else if (v instanceof EnumValue e) {
                out.add(e.getName());
            }
        }
        return out;
    }

    static String enumValue(Directive directive, String argument) {
        var arg = directive.getArgument(argument);
        return arg != null && arg.getValue() instanceof EnumValue e ? e.getName() : null;
    }

    /** A Boolean argument; {@code otherwise} when it is not given. */
    static boolean bool(Directive directive, String argument, boolean otherwise) {
        var arg = directive == null ? null : directive.getArgument(argument);
        return arg != null && arg.getValue() instanceof BooleanValue b ? b.isValue() : otherwise;
    }

    static Double number(Directive directive, String argument) {
        var arg = directive.getArgument(argument);
        if (arg == null) {
            return null;
        }
        if (arg.getValue() instanceof IntValue i) {
            return i.getValue().doubleValue();
        }
        return arg.getValue() instanceof FloatValue f ? f.getValue().doubleValue() : null;
    }
}
