package com.geokg.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.UnionTypeDefinition;
import graphql.parser.Parser;

/**
 * The shape of an SDL as one line per element (a type and its kind, a field with its arguments
 * and type, an input field, an enum value, a union member), sorted: two schemas have the same
 * shape when their lines are equal, and the lines that differ say exactly what changed.
 * Descriptions are left out; that every element has one is tested on its own.
 */
final class SchemaSignature {

    private SchemaSignature() {
    }

    static TreeSet<String> of(String sdl) {
        Document document = Parser.parse(sdl);
        var lines = new TreeSet<String>();
        for (var definition : document.getDefinitions()) {
            if (definition instanceof ObjectTypeDefinition t) {
                lines.add("type " + t.getName() + implementing(t.getImplements()));
                t.getFieldDefinitions().forEach(f -> lines.add(field(t.getName(), f)));
            } else if (definition instanceof InterfaceTypeDefinition t) {
                lines.add("interface " + t.getName() + implementing(t.getImplements()));
                t.getFieldDefinitions().forEach(f -> lines.add(field(t.getName(), f)));
            } else if (definition instanceof InputObjectTypeDefinition t) {
                lines.add("input " + t.getName());
                t.getInputValueDefinitions().forEach(f -> lines.add(t.getName() + "." + value(f)));
            } else if (definition instanceof EnumTypeDefinition t) {
                lines.add("enum " + t.getName());
                t.getEnumValueDefinitions().forEach(v -> lines.add(t.getName() + "." + v.getName()));
            } else if (definition instanceof UnionTypeDefinition t) {
                lines.add("union " + t.getName() + " = " + t.getMemberTypes().stream()
                        .map(SchemaSignature::type).sorted().collect(Collectors.joining(" | ")));
            } else if (definition instanceof ScalarTypeDefinition t) {
                lines.add("scalar " + t.getName());
            }
        }
        return lines;
    }

    /** What {@code actual} has that {@code expected} has not ({@code +}), and the reverse ({@code -}). */
    static List<String> diff(TreeSet<String> expected, TreeSet<String> actual) {
        var out = new ArrayList<String>();
        expected.stream().filter(l -> !actual.contains(l)).forEach(l -> out.add("- " + l));
        actual.stream().filter(l -> !expected.contains(l)).forEach(l -> out.add("+ " + l));
        out.sort((a, b) -> a.substring(2).equals(b.substring(2)) ? a.compareTo(b) : a.substring(2).compareTo(b.substring(2)));
        return out;
    }

    private static String implementing(List<Type> interfaces) {
        return interfaces.isEmpty() ? "" : " implements " + interfaces.stream().map(SchemaSignature::type).sorted()
                .collect(Collectors.joining(" & "));
    }

    private static String field(String owner, FieldDefinition f) {
        String args = f.getInputValueDefinitions().isEmpty() ? "" : f.getInputValueDefinitions().stream()
                .map(SchemaSignature::value).sorted().collect(Collectors.joining(", ", "(", ")"));
        return owner + "." + f.getName() + args + ": " + type(f.getType());
    }

    private static String value(InputValueDefinition v) {
        return v.getName() + ": " + type(v.getType())
                + (v.getDefaultValue() == null ? "" : " = " + AstPrinter.printAst(v.getDefaultValue()));
    }

    private static String type(Type<?> type) {
        return AstPrinter.printAst(type);
    }
}
