package com.geokg.model.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every name {@code kg-model} makes, from one place: GraphQL names from Neo4j's labels, property
 * names and relationship types, and the literals and comments of the printed file.
 */
final class Names {

    private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][_0-9A-Za-z]*");

    /** Type names that GraphQL or the model file already use; a label with one of them gets {@code Node} appended. */
    private static final Set<String> RESERVED_TYPES = Set.of(
            "String", "Int", "Float", "Boolean", "ID", "Date", "DateTime", "Query", "Mutation", "Subscription",
            "PageInfo", "RelationshipDirection", "RelationshipQueryDirection", "RelationshipNestedOperations");

    private static final Map<String, String> IRREGULAR_PLURALS = Map.of(
            "person", "people", "man", "men", "woman", "women", "child", "children");
    private static final Set<String> SAME_PLURAL = Set.of(
            "series", "species", "data", "information", "news", "equipment", "sheep", "fish", "people");

    private Names() {
    }

    static boolean isGraphqlName(String s) {
        return GRAPHQL_NAME.matcher(s).matches() && !s.startsWith("__");
    }

    /**
     * A node type's name from its primary label: the label itself when it is a GraphQL name starting
     * with a capital letter ({@code Movie}, {@code MilitaryUnit}), else the PascalCase of its words
     * ({@code film-star} and {@code film_star} become {@code FilmStar}); then {@code Node} appended to a
     * reserved name ({@code QueryNode}).
     */
    static String typeName(String label) {
        String name = TYPE_NAME.matcher(label).matches() && !label.startsWith("__") ? label : safe(pascal(words(label)), "Node");
        return RESERVED_TYPES.contains(name) ? name + "Node" : name;
    }

    /** A relationship properties type's name: {@code ACTED_IN} gives {@code ActedInProperties}. */
    static String propertiesTypeName(String relationshipType) {
        return safe(pascal(words(relationshipType)), "") + "Properties";
    }

    /** A property's field name: the property's own name when it is a GraphQL name, else the camelCase of its words. */
    static String fieldName(String property) {
        return isGraphqlName(property) ? property : safe(camel(words(property)), "property");
    }

    /** The outgoing field: the relationship type, then the plural of the target: {@code ACTED_IN} to Movie, {@code actedInMovies}. */
    static String outgoingFieldName(String relationshipType, String targetType) {
        var words = new ArrayList<>(words(relationshipType));
        words.addAll(words(plural(targetType)));
        return safe(camel(words), "related");
    }

    /** The incoming field: the plural of the source, then the relationship type: Person's {@code ACTED_IN}, {@code peopleActedIn}. */
    static String incomingFieldName(String sourceType, String relationshipType) {
        var words = new ArrayList<>(words(plural(sourceType)));
        words.addAll(words(relationshipType));
        return safe(camel(words), "related");
    }

    /** {@code candidate}, or the first of {@code candidate2}, {@code candidate3}... not yet taken; the result is taken. */
    static String unique(String candidate, Set<String> taken) {
        String name = candidate;
        for (int n = 2; taken.contains(name); n++) {
            name = candidate + n;
        }
        taken.add(name);
        return name;
    }

    /**
     * The English plural of a type name's last word: {@code Person} gives {@code People},
     * {@code Agency} {@code Agencies}, {@code Address} {@code Addresses}, {@code Movie} {@code Movies}.
     */
    static String plural(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return name;
        }
        String last = words.get(words.size() - 1);
        int at = name.lastIndexOf(last);
        String lower = last.toLowerCase(Locale.ROOT);
        String plural;
        if (SAME_PLURAL.contains(lower) || Character.isDigit(last.charAt(last.length() - 1))) {
            plural = last;
        } else if (IRREGULAR_PLURALS.containsKey(lower)) {
            plural = matchCase(last, IRREGULAR_PLURALS.get(lower));
        } else if (lower.matches(".*(s|x|z|ch|sh)")) {
            plural = last + sameCase(last, "es");
        } else if (lower.matches(".*[^aeiou]y")) {
            plural = last.substring(0, last.length() - 1) + sameCase(last, "ies");
        } else {
            plural = last + sameCase(last, "s");
        }
        return name.substring(0, at) + plural + name.substring(at + last.length());
    }

    /**
     * The words of a Neo4j name: split at every character other than a letter or digit, and where the
     * case changes ({@code actedIn}: acted, In; {@code HTTPServer}: HTTP, Server).
     */
    static List<String> words(String name) {
        var words = new ArrayList<String>();
        for (String chunk : name.split("[^\\p{L}\\p{Nd}]+")) {
            if (chunk.isEmpty()) {
                continue;
            }
            int start = 0;
            for (int i = 1; i < chunk.length(); i++) {
                char prev = chunk.charAt(i - 1);
                char c = chunk.charAt(i);
                boolean lowerToUpper = (Character.isLowerCase(prev) || Character.isDigit(prev)) && Character.isUpperCase(c);
                boolean acronymEnd = Character.isUpperCase(prev) && Character.isUpperCase(c)
                        && i + 1 < chunk.length() && Character.isLowerCase(chunk.charAt(i + 1));
                if (lowerToUpper || acronymEnd) {
                    words.add(chunk.substring(start, i));
                    start = i;
                }
            }
            words.add(chunk.substring(start));
        }
        return words;
    }

    static String pascal(List<String> words) {
        var sb = new StringBuilder();
        words.forEach(w -> sb.append(capitalized(w)));
        return sb.toString();
    }

    static String camel(List<String> words) {
        var sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sb.append(i == 0 ? words.get(i).toLowerCase(Locale.ROOT) : capitalized(words.get(i)));
        }
        return sb.toString();
    }

    /** A GraphQL string literal ({@code "ACTED_IN"}), with quotes, backslashes and control characters escaped. */
    static String literal(String value) {
        var sb = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }

    /** Text for a {@code #} comment: one line, whatever a label or property name holds. */
    static String comment(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    private static String capitalized(String word) {
        if (word.isEmpty()) {
            return word;
        }
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** {@code replacement} in the case of {@code model}: all capitals, a capital first letter, or as given. */
    private static String matchCase(String model, String replacement) {
        if (model.length() > 1 && model.equals(model.toUpperCase(Locale.ROOT))) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(model.charAt(0)) ? capitalized(replacement) : replacement;
    }

    /** A suffix for {@code model}: in capitals after a word in capitals ({@code ACTORS}). */
    private static String sameCase(String model, String suffix) {
        boolean upper = model.length() > 1 && model.equals(model.toUpperCase(Locale.ROOT));
        return upper ? suffix.toUpperCase(Locale.ROOT) : suffix;
    }

    /**
     * Makes a generated name a GraphQL name: ASCII letters, digits and {@code _} only (other letters are
     * dropped), an {@code _} before a leading digit, {@code fallback} for nothing left.
     */
    private static String safe(String name, String fallback) {
        String ascii = name.replaceAll("[^_0-9A-Za-z]", "");
        if (ascii.isEmpty()) {
            return fallback;
        }
        return Character.isDigit(ascii.charAt(0)) ? "_" + ascii : ascii;
    }
}
