package com.geokg.model;

import java.util.Locale;
import java.util.Map;

/**
 * Every name the API generates from the model, in one place: root fields, filter, sort, input and
 * connection types, mutations. The names follow the Neo4j GraphQL Library's conventions where it
 * has them ({@code states}, {@code statesConnection}, {@code StateWhere},
 * {@code EventParticipantsConnection}), and this API's own where it does not
 * ({@code state(id)}, {@code createState}, {@code connectParticipant}).
 */
public final class Naming {

    private static final Map<String, String> IRREGULAR = Map.of(
            "person", "people", "man", "men", "woman", "women", "child", "children", "mouse", "mice",
            "criterion", "criteria", "datum", "data", "index", "indices");

    private Naming() {
    }

    // ---- words --------------------------------------------------------------------------------

    public static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    public static String upperFirst(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** English plural of a type name, lower-first: {@code State} → {@code states}, {@code Party} → {@code parties}. */
    public static String plural(String typeName) {
        String name = lowerFirst(typeName);
        int split = lastWordStart(name);
        String head = name.substring(0, split);
        String word = name.substring(split);
        String lower = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return head + (Character.isUpperCase(word.charAt(0)) ? upperFirst(irregular) : irregular);
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return name + "es";
        }
        return name + "s";
    }

    /** English singular of a field name: {@code participants} → {@code participant}, {@code parties} → {@code party}. */
    public static String singular(String fieldName) {
        for (var irregular : IRREGULAR.entrySet()) {
            if (fieldName.toLowerCase(Locale.ROOT).endsWith(irregular.getValue())) {
                int at = fieldName.length() - irregular.getValue().length();
                return fieldName.substring(0, at) + (at > 0 && Character.isUpperCase(fieldName.charAt(at))
                        ? upperFirst(irregular.getKey()) : irregular.getKey());
            }
        }
        if (fieldName.endsWith("ies") && fieldName.length() > 3) {
            return fieldName.substring(0, fieldName.length() - 3) + "y";
        }
        if (fieldName.endsWith("sses") || fieldName.endsWith("xes") || fieldName.endsWith("ches") || fieldName.endsWith("shes")) {
            return fieldName.substring(0, fieldName.length() - 2);
        }
        if (fieldName.endsWith("s") && !fieldName.endsWith("ss") && fieldName.length() > 1) {
            return fieldName.substring(0, fieldName.length() - 1);
        }
        return fieldName;
    }

    /** Words of a type or field name for descriptions: {@code MilitaryUnit} → {@code military unit}. */
    public static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static int lastWordStart(String name) {
        for (int i = name.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(name.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    // ---- root fields --------------------------------------------------------------------------

    /** {@code state(id)}. */
    public static String byId(Model.NodeDef type) {
        return lowerFirst(type.name());
    }

    /** {@code states(where, sort, limit, offset)}. */
    public static String list(Model.NodeDef type) {
        return type.plural();
    }

    /** {@code statesConnection(where, sort, first, after, last, before)}. */
    public static String connection(Model.NodeDef type) {
        return type.plural() + "Connection";
    }

    // ---- types --------------------------------------------------------------------------------

    public static String where(String typeName) {
        return typeName + "Where";
    }

    public static String sort(String typeName) {
        return typeName + "Sort";
    }

    public static String listFilter(String typeName) {
        return typeName + "ListFilter";
    }

    public static String input(String typeName) {
        return typeName + "Input";
    }

    public static String update(String typeName) {
        return typeName + "Update";
    }

    /** {@code StatesConnection}, the type of a root connection. */
    public static String connectionType(Model.NodeDef type) {
        return upperFirst(type.plural()) + "Connection";
    }

    /** {@code StateEdge}, the edges of a root connection. */
    public static String edgeType(String typeName) {
        return typeName + "Edge";
    }

    /** {@code EventParticipantsConnection}: a relationship field's connection, named after the type that declares it. */
    public static String relationshipConnection(String declaringType, String field) {
        return declaringType + upperFirst(field) + "Connection";
    }

    /** {@code EventParticipantsRelationship}: the edges of a relationship connection. */
    public static String relationshipEdge(String declaringType, String field) {
        return declaringType + upperFirst(field) + "Relationship";
    }

    /** {@code Event.participantsConnection}. */
    public static String connectionField(String field) {
        return field + "Connection";
    }

    /** {@code ClaimStatusFilter}, the filter of an enum field; {@code StringFilter}, {@code IDFilter}... of scalars. */
    public static String scalarFilter(String typeName) {
        return typeName + "Filter";
    }

    // ---- mutations ----------------------------------------------------------------------------

    public static String create(String typeName) {
        return "create" + typeName;
    }

    public static String upsert(String typeName) {
        return "upsert" + typeName;
    }

    public static String update(Model.NodeDef type) {
        return "update" + type.name();
    }

    public static String delete(String typeName) {
        return "delete" + typeName;
    }

    /** {@code Participant} in {@code connectParticipant}: the field's name in the singular, or {@code @connectMutation(name:)}. */
    public static String connectName(Model.RelationshipDef field) {
        return field.names().name() != null ? upperFirst(field.names().name()) : upperFirst(singular(field.name()));
    }

    /** The argument naming an end of a relationship: {@code eventId}. */
    public static String idArgument(String typeName) {
        return lowerFirst(typeName) + "Id";
    }
}
