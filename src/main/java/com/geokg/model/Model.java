package com.geokg.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The graph and its API as the model files describe them, checked: every name resolves, every
 * relationship has a type and a direction. The GraphQL schema, the query compiler's types and the
 * mutations are all generated from this one value.
 *
 * @param nodes node types, interfaces and unions, in the order the files declare them
 * @param properties {@code @relationshipProperties} types
 * @param items {@code @relationshipItem} types: a relationship seen from one end
 * @param enums enum types
 * @param queries {@code @cypher} fields of {@code Query}
 */
public record Model(Map<String, NodeDef> nodes, Map<String, PropertiesDef> properties, Map<String, ItemDef> items,
                    Map<String, EnumDef> enums, List<CypherDef> queries) {

    public Optional<NodeDef> node(String name) {
        return Optional.ofNullable(nodes.get(name));
    }

    /** Where a definition is in the model files, for error messages. */
    public record Location(String source, int line, int column) {
        @Override
        public String toString() {
            return source + ":" + line + ":" + column;
        }
    }

    public enum Kind { OBJECT, INTERFACE, UNION }

    /**
     * A node type ({@code @node} object), an interface or a union.
     *
     * @param labels the Neo4j labels; the first finds the nodes, all are set on create. Empty for a
     *               union and for an interface without {@code @node}: those are found by their members' labels
     * @param implementations an interface's implementing types, a union's members, in declaration order
     * @param fallback an interface's implementation for nodes with none of the implementations' labels
     * @param fields every field, inherited ones included (an implementation inherits what it does not redeclare)
     */
    public record NodeDef(Kind kind, String name, String description, List<String> labels, String plural,
                          List<String> interfaces, List<String> implementations, String fallback,
                          Map<String, FieldDef> fields, Location location) {

        public boolean isAbstract() {
            return kind != Kind.OBJECT;
        }

        /** Whether nodes of this type have the {@code id: ID!} field: look-up by id, upserts, updates, deletes. */
        public boolean hasId() {
            return fields.get("id") instanceof ScalarDef id && id.type().name().equals("ID") && id.type().nonNull()
                    && !id.type().list();
        }
    }

    /** A GraphQL type reference: {@code [Name!]!} is {@code (Name, list, itemNonNull, nonNull)}. */
    public record TypeRef(String name, boolean list, boolean itemNonNull, boolean nonNull) {
        @Override
        public String toString() {
            String item = name + (list && itemNonNull ? "!" : "");
            return (list ? "[" + item + "]" : item) + (nonNull ? "!" : "");
        }
    }

    /** A field of a node, relationship-properties or relationship-item type. */
    public sealed interface FieldDef permits ScalarDef, RelationshipDef, CypherDef {
        String name();

        String description();

        TypeRef type();

        /** The type that declares the field (an interface, for inherited fields). */
        String declaredOn();
    }

    /**
     * A field stored in one property.
     *
     * @param property the property's name ({@code @alias}), usually the field's
     * @param key {@code @relationshipKey}: tells relationships between the same nodes apart
     * @param filterable in its type's filter input ({@code @filterable(byValue:)}, default true)
     * @param sortable in its type's sort input ({@code @sortable(byValue:)}, default true)
     * @param exploration what exploration reads of it ({@code @searchable}, {@code @caption}, {@code @when})
     */
    public record ScalarDef(String name, String description, TypeRef type, String property, InputRules rules,
                            boolean key, boolean filterable, boolean sortable, Exploration exploration,
                            String declaredOn) implements FieldDef {
    }

    /**
     * What exploration (search, graph views, time windows) reads of a scalar field.
     *
     * @param searchable {@code @searchable}: its text is in the full-text index behind {@code search}
     * @param caption {@code @caption}: the text that names a node in graph views and search hits
     * @param when {@code @when}: the date that places the node or relationship in time, or null
     */
    public record Exploration(boolean searchable, boolean caption, When when) {
        public static final Exploration NONE = new Exploration(false, false, null);
    }

    /**
     * {@code @when}: a date field placing its node or relationship in time.
     *
     * @param end the property holding the end date, if the span has one (null: it lasts the date's precision)
     * @param precision the property holding DAY, MONTH or YEAR (null: DAY)
     */
    public record When(String end, String precision) {
    }

    /** What writes accept for a scalar field ({@code @slug}, {@code @upperSnakeCase}, {@code @range}, ...). */
    public record InputRules(boolean slug, boolean upperSnakeCase, Double min, Double max, List<String> allowedValues,
                             boolean allowBlank) {
        public static final InputRules NONE = new InputRules(false, false, null, null, List.of(), false);
    }

    /**
     * A field that follows relationships ({@code @relationship}).
     *
     * @param outgoing direction OUT: from the node the field is on
     * @param undirected {@code queryDirection: UNDIRECTED}: either way
     * @param properties the {@code @relationshipProperties} type of its connection's edges, or null
     * @param connect whether {@code connect...}/{@code disconnect...} mutations are generated for it
     */
    public record RelationshipDef(String name, String description, TypeRef type, String relationshipType,
                                  boolean outgoing, boolean undirected, String properties, boolean connect,
                                  boolean disconnect, ConnectNames names, String declaredOn) implements FieldDef {
    }

    /** The names {@code @connectMutation} sets, each null where the default applies. */
    public record ConnectNames(String name, String thisId, String otherId, List<String> otherTypes) {
        public static final ConnectNames DEFAULT = new ConnectNames(null, null, null, List.of());
    }

    /**
     * A field computed by a Cypher statement ({@code @cypher}), on a node type or on {@code Query}.
     *
     * @param restsOn {@code @restsOn(variables:)}: the statement's variables holding the nodes a
     *                traversal passes through (its result rests on the claims about them); empty otherwise
     */
    public record CypherDef(String name, String description, TypeRef type, String statement, String columnName,
                            List<ArgumentDef> arguments, List<String> restsOn, String declaredOn, Location location) implements FieldDef {

        /** The statement whose {@code RETURN column} also returns the {@link #restsOn} variables, as the list {@code via}. */
        public String statementWithVia(String via) {
            var end = RETURN_COLUMN.matcher(statement);
            if (restsOn.isEmpty() || !end.find()) {
                return statement;
            }
            return statement.substring(0, end.start()) + "RETURN " + columnName + ", [" + String.join(", ", restsOn) + "] AS " + via;
        }
    }

    /** The last clause of a traversal's statement, {@code RETURN <column>}: what {@code @restsOn} extends. */
    public static final java.util.regex.Pattern RETURN_COLUMN = java.util.regex.Pattern.compile(
            "(?i)\\bRETURN\\s+[A-Za-z_][A-Za-z0-9_]*\\s*$");

    /** An argument a {@code @cypher} field declares; it reaches the statement as {@code $name}. */
    public record ArgumentDef(String name, String description, TypeRef type) {
    }

    /** A {@code @relationshipProperties} type: the properties shown on relationship connection edges. */
    public record PropertiesDef(String name, String description, Map<String, ScalarDef> fields) {
    }

    /**
     * A {@code @relationshipItem} type: its scalar fields are the relationship's properties,
     * {@code nodeField} is the node at the other end.
     */
    public record ItemDef(String name, String description, Map<String, ScalarDef> properties, String nodeField,
                          String nodeFieldDescription, TypeRef nodeType) {
    }

    public record EnumDef(String name, String description, List<EnumValueDef> values) {
    }

    public record EnumValueDef(String name, String description) {
    }
}
