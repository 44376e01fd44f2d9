package com.geokg.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.geokg.graph.query.Edge;
import com.geokg.graph.query.GraphSchema;
import com.geokg.graph.query.InputRules;
import com.geokg.graph.query.NodeType;
import com.geokg.graph.query.Provenance;
import com.geokg.graph.query.Relation;
import com.geokg.graph.query.ScalarField;
import com.geokg.graph.query.ScalarKind;
import com.geokg.model.Model.CypherDef;
import com.geokg.model.Model.FieldDef;
import com.geokg.model.Model.ItemDef;
import com.geokg.model.Model.Kind;
import com.geokg.model.Model.NodeDef;
import com.geokg.model.Model.RelationshipDef;
import com.geokg.model.Model.ScalarDef;
import com.geokg.model.Model.TypeRef;

/**
 * The query compiler's view of a {@link Model}: one {@link NodeType} per node type, interface and
 * union, with the relationship patterns written from the model's types, directions and labels.
 * Names reach Cypher only from here, quoted.
 */
public final class CompilerSchema {

    private CompilerSchema() {
    }

    public static GraphSchema of(Model model) {
        var types = new ArrayList<NodeType>();
        for (NodeDef node : model.nodes().values()) {
            types.add(type(model, node));
        }
        return new GraphSchema(types);
    }

    private static NodeType type(Model model, NodeDef node) {
        NodeType.Builder builder;
        if (node.kind() == Kind.OBJECT) {
            builder = NodeType.object(node.name(), node.labels().get(0)).labels(node.labels()).hasId(node.hasId());
        } else {
            var order = new ArrayList<>(node.implementations());
            if (node.fallback() != null) {
                order.remove(node.fallback());
                order.add(node.fallback()); // the compiler takes a node with none of the labels as the last type
            }
            boolean hasId = node.kind() == Kind.INTERFACE ? node.hasId()
                    : node.implementations().stream().allMatch(m -> model.nodes().get(m).hasId());
            builder = NodeType.anInterface(node.name(), node.labels().isEmpty() ? null : node.labels().get(0), order)
                    .labels(node.labels()).hasId(hasId);
        }
        for (FieldDef field : node.fields().values()) {
            if (field instanceof ScalarDef scalar) {
                builder.scalar(scalarField(scalar));
                if (scalar.exploration().when() != null && node.kind() == Kind.OBJECT) {
                    builder.when(scalar.property());
                }
            } else if (field instanceof CypherDef cypher) {
                if (model.nodes().containsKey(cypher.type().name())) {
                    Relation computed = Relation.computed(cypher.name(), cypher.statement(), cypher.columnName(),
                            cypher.type().name(), cypher.type().list());
                    builder.relation(cypher.restsOn().isEmpty() ? computed : computed.through(cypher.statementWithVia(Relation.VIA)));
                } else {
                    builder.scalar(ScalarField.computed(cypher.name(), kindOf(model, cypher.type()), cypher.statement(),
                            cypher.columnName(), cypher.type().list()));
                }
            } else if (field instanceof RelationshipDef relationship) {
                builder.relation(relation(model, relationship));
            }
        }
        String claims = claimType(model);
        if (claims != null && node.kind() != Kind.UNION && !node.fields().containsKey(Provenance.FIELD)) {
            builder.relation(Relation.many(Provenance.FIELD, "({this})<-[:" + Provenance.ABOUT + "]-({that}:" + quote(Provenance.CLAIM) + ")", claims));
        }
        return builder.build();
    }

    /** The model's type of {@code :Claim} nodes, whose claims every node rests on ({@code provenance}); null when it has none. */
    public static String claimType(Model model) {
        return model.nodes().values().stream()
                .filter(n -> n.kind() == Kind.OBJECT && n.labels().get(0).equals(Provenance.CLAIM))
                .map(NodeDef::name).findFirst().orElse(null);
    }

    public static ScalarField scalarField(ScalarDef field) {
        var rules = field.rules();
        return ScalarField.stored(field.name(), field.property(), ScalarKind.valueOf(kindName(field.type())),
                new InputRules(rules.slug(), rules.upperSnakeCase(), rules.min(), rules.max(), rules.allowedValues(), rules.allowBlank()));
    }

    /** How a scalar or enum field of this type is stored ({@code [String]} is {@code STRING_LIST}). */
    public static ScalarKind kindOf(Model model, TypeRef type) {
        return model.enums().containsKey(type.name()) ? ScalarKind.ENUM : ScalarKind.valueOf(kindName(type));
    }

    private static String kindName(TypeRef type) {
        return switch (type.name()) {
            case "ID" -> "ID";
            case "String" -> type.list() ? "STRING_LIST" : "STRING";
            case "Int" -> "INT";
            case "Float" -> "FLOAT";
            case "Boolean" -> "BOOLEAN";
            case "Date" -> "DATE";
            default -> "ENUM";
        };
    }

    private static Relation relation(Model model, RelationshipDef field) {
        ItemDef item = model.items().get(field.type().name());
        String target = item != null ? item.nodeType().name() : field.type().name();
        Edge items = item == null ? null : new Edge(item.name(), scalars(item.properties()), item.nodeField());
        Edge connection = field.properties() == null ? null
                : new Edge(field.properties(), scalars(model.properties().get(field.properties()).fields()), null);
        String when = when(item == null ? Map.of() : item.properties());
        if (when == null && field.properties() != null) {
            when = when(model.properties().get(field.properties()).fields());
        }
        // the relationship is bound to a variable only where its properties are read (or its date,
        // by asOf): the planner then sees the same pattern as a hand-written query's
        String type = "[" + (items != null || connection != null || when != null ? "{rel}" : "") + ":" + quote(field.relationshipType()) + "]";
        String arrow = field.undirected() ? "-" + type + "-" : field.outgoing() ? "-" + type + "->" : "<-" + type + "-";
        String pattern = "({this})" + arrow + "({that}" + labels(model, target) + ")";
        Relation relation = new Relation(field.name(), pattern, null, target, field.type().list(), null).with(items, connection);
        return when == null ? relation : relation.dated(when);
    }

    /** The property of the first {@code @when} field among a relationship's properties, or null. */
    private static String when(Map<String, ScalarDef> properties) {
        return properties.values().stream().filter(p -> p.exploration().when() != null).map(ScalarDef::property).findFirst().orElse(null);
    }

    /** The label expression of a type's nodes: {@code :`Actor`}, or a union's {@code :`State`|`Event`}. */
    static String labels(Model model, String typeName) {
        NodeDef node = model.nodes().get(typeName);
        if (!node.labels().isEmpty()) {
            return ":" + quote(node.labels().get(0));
        }
        var labels = new StringJoiner("|", ":", "");
        node.implementations().forEach(m -> labels.add(quote(model.nodes().get(m).labels().get(0))));
        return labels.toString();
    }

    private static Map<String, ScalarField> scalars(Map<String, ScalarDef> fields) {
        var out = new LinkedHashMap<String, ScalarField>();
        fields.values().forEach(f -> out.put(f.name(), scalarField(f)));
        return out;
    }

    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /**
     * Labels of the nodes a write may name at the other end of a relationship: each type's label,
     * or an interface's where all its implementations are wanted ({@code Actor} rather than
     * {@code State}, {@code Person}, ...), so that a node loaded without a subtype label is found too.
     */
    public static List<String> lookupLabels(Model model, List<String> typeNames) {
        var wanted = new ArrayList<String>();
        for (String name : typeNames) {
            NodeDef node = model.nodes().get(name);
            wanted.addAll(node.kind() == Kind.OBJECT ? List.of(name) : node.implementations());
        }
        var labels = new java.util.LinkedHashSet<String>();
        for (String name : wanted) {
            String label = model.nodes().get(name).labels().get(0);
            for (NodeDef anInterface : model.nodes().values()) {
                if (anInterface.kind() == Kind.INTERFACE && !anInterface.labels().isEmpty()
                        && anInterface.implementations().contains(name) && wanted.containsAll(anInterface.implementations())) {
                    label = anInterface.labels().get(0);
                    break;
                }
            }
            labels.add(label);
        }
        return List.copyOf(labels);
    }
}
