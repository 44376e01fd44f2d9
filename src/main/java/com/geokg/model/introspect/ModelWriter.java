package com.geokg.model.introspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.geokg.model.introspect.GraphShape.Endpoints;
import com.geokg.model.introspect.GraphShape.NodeShape;
import com.geokg.model.introspect.GraphShape.PropertyShape;
import com.geokg.model.introspect.GraphShape.RelationshipShape;

/**
 * Writes a {@link GraphShape} as a model file: GraphQL SDL with only the directives of
 * {@code model/directives.graphql} ({@code @node}, {@code @relationship}, {@code @relationshipProperties},
 * {@code @alias}). The same shape always gives the same text, byte for byte.
 *
 * <h2>Node types: one per primary label</h2>
 * Each label combination that nodes carry ({@code :Movie}, {@code :Actor:State}) has a <em>primary
 * label</em>: its most specific label, the one that occurs in the fewest of the database's label
 * combinations, ties going to the first in alphabetical order. With {@code :Actor:State} and
 * {@code :Actor:Person} in the database, State and Person are primary, since Actor occurs in both.
 * Combinations with the same primary label are one node type; so a combination that is a superset of
 * another ({@code :Person} and {@code :Person:Actor}, when Person is primary in both) shares its type,
 * which is what the model file's {@code @node} means anyway: the first label finds the nodes. The type's
 * {@code labels} are the primary label, then the other labels that all its combinations carry, in
 * alphabetical order ({@code @node(labels: ["State", "Actor"])}). Its name is the primary label's
 * ({@link Names#typeName}). Its fields are the union of its combinations' properties.
 *
 * <h2>Property fields</h2>
 * One field per property, named as the property when that is a GraphQL name, else the camelCase of its
 * words with {@code @alias(property: ...)} naming the property. Neo4j's value types map as String to
 * {@code String}, Long and Integer to {@code Int}, Double and Float to {@code Float}, Boolean to
 * {@code Boolean}, Date to {@code Date}, StringArray to {@code [String!]}. A property that every node
 * of the type (every relationship of the type) has is non-null; a mandatory String property named
 * {@code id} on a node type is {@code id: ID!}. Other value types (DateTime, Point, Duration, other
 * arrays) and properties whose values have several types are left out, each with a {@code #} line
 * saying which and why.
 *
 * <h2>Relationship fields</h2>
 * For each relationship type and each pair of node types it was seen to connect, a field on both ends,
 * named like the Neo4j GraphQL Library's introspector names them: on the start node, the relationship
 * type then the plural of the end type, direction OUT ({@code ACTED_IN} from Person to Movie:
 * {@code Person.actedInMovies}); on the end node, the plural of the start type then the relationship
 * type, direction IN ({@code Movie.peopleActedIn}). A relationship type with properties has one
 * {@code <Type>Properties @relationshipProperties} type ({@code ActedInProperties}) that its fields name.
 *
 * <h2>Clashes and order</h2>
 * A name already taken gets the first free suffix 2, 3, ... ({@code Movie2}, {@code actedInMovies2}):
 * type names in the order of their primary labels then the relationship types; within a type, property
 * fields in name order first, then relationship fields in name order. Node types print in name order,
 * then the properties types in name order.
 */
final class ModelWriter {

    private static final Comparator<RelationshipField> FIELD_ORDER = Comparator
            .comparing(RelationshipField::candidate)
            .thenComparing(RelationshipField::relationshipType)
            .thenComparing(f -> !f.outgoing())
            .thenComparing(RelationshipField::target);

    private final GraphShape graph;
    private final Set<String> typeNames = new HashSet<>();
    private final Map<List<String>, NodeType> typeOfCombination = new TreeMap<>(GraphShape.LABELS);
    private final Map<String, NodeType> nodeTypes = new TreeMap<>();
    private final Map<String, Block> propertiesTypes = new TreeMap<>();
    private final List<String> unconnectedRelationshipTypes = new ArrayList<>();
    private int connectedRelationshipTypes;

    private ModelWriter(GraphShape graph) {
        this.graph = graph;
    }

    static String write(GraphShape graph) {
        var writer = new ModelWriter(graph);
        writer.nodeTypes();
        writer.relationships();
        return writer.render();
    }

    private static final class NodeType {
        final String name;
        final List<String> labels;
        final List<PropertyShape> properties;
        final List<RelationshipField> relationships = new ArrayList<>();

        NodeType(String name, List<String> labels, List<PropertyShape> properties) {
            this.name = name;
            this.labels = labels;
            this.properties = properties;
        }
    }

    /** A relationship field before its name is made unique in its type. */
    private record RelationshipField(String candidate, String relationshipType, boolean outgoing, String target,
                                     String properties) {
    }

    /** A line in a type's body: a field, or a {@code #} comment. */
    private record Line(String text, boolean comment) {
    }

    /** A type to print: its first line (null for comments only) and its body. */
    private record Block(String head, List<Line> lines) {
    }

    private void nodeTypes() {
        var occurrences = new HashMap<String, Integer>();
        graph.nodes().forEach(n -> n.labels().forEach(l -> occurrences.merge(l, 1, Integer::sum)));
        var byPrimary = new TreeMap<String, List<NodeShape>>();
        for (NodeShape node : graph.nodes()) {
            String primary = node.labels().stream()
                    .min(Comparator.<String>comparingInt(occurrences::get).thenComparing(Comparator.naturalOrder()))
                    .orElseThrow();
            byPrimary.computeIfAbsent(primary, p -> new ArrayList<>()).add(node);
        }
        byPrimary.forEach((primary, combinations) -> {
            var shared = new TreeSet<>(combinations.get(0).labels());
            combinations.forEach(c -> shared.retainAll(c.labels()));
            shared.remove(primary);
            var labels = new ArrayList<String>();
            labels.add(primary);
            labels.addAll(shared);
            var type = new NodeType(Names.unique(Names.typeName(primary), typeNames), List.copyOf(labels),
                    merged(combinations));
            nodeTypes.put(type.name, type);
            combinations.forEach(c -> typeOfCombination.put(c.labels(), type));
        });
    }

    /** The union of the combinations' properties: non-null only where all of them have it on every node. */
    private static List<PropertyShape> merged(List<NodeShape> combinations) {
        var byName = new TreeMap<String, List<PropertyShape>>();
        combinations.forEach(c -> c.properties().forEach(p -> byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p)));
        var properties = new ArrayList<PropertyShape>();
        byName.forEach((name, seen) -> {
            var types = new TreeSet<String>();
            seen.forEach(p -> types.addAll(p.types()));
            boolean mandatory = seen.size() == combinations.size() && seen.stream().allMatch(PropertyShape::mandatory);
            properties.add(new PropertyShape(name, List.copyOf(types), mandatory));
        });
        return properties;
    }

    private void relationships() {
        for (RelationshipShape relationship : graph.relationships()) {
            record Pair(NodeType from, NodeType to) {
            }
            var pairs = new LinkedHashSet<Pair>();
            for (Endpoints e : relationship.endpoints()) {
                NodeType from = typeOfCombination.get(e.from());
                NodeType to = typeOfCombination.get(e.to());
                if (from != null && to != null) {
                    pairs.add(new Pair(from, to));
                }
            }
            if (pairs.isEmpty()) {
                unconnectedRelationshipTypes.add(relationship.type());
                continue;
            }
            connectedRelationshipTypes++;
            String propertiesType = propertiesType(relationship);
            for (Pair pair : pairs) {
                pair.from.relationships.add(new RelationshipField(
                        Names.outgoingFieldName(relationship.type(), pair.to.name), relationship.type(), true,
                        pair.to.name, propertiesType));
                pair.to.relationships.add(new RelationshipField(
                        Names.incomingFieldName(pair.from.name, relationship.type()), relationship.type(), false,
                        pair.from.name, propertiesType));
            }
        }
    }

    /** Adds the relationship type's properties type, if it has properties with a type; returns its name or null. */
    private String propertiesType(RelationshipShape relationship) {
        if (relationship.properties().isEmpty()) {
            return null;
        }
        List<Line> lines = propertyLines(relationship.properties(), false, new HashSet<>());
        String candidate = Names.propertiesTypeName(relationship.type());
        if (lines.stream().allMatch(Line::comment)) {
            var comments = new ArrayList<Line>();
            comments.add(new Line("# " + Names.comment(relationship.type())
                    + ": no property has a type here, so its fields name no properties type", true));
            comments.addAll(lines);
            propertiesTypes.put(candidate + " " + relationship.type(), new Block(null, comments));
            return null;
        }
        String name = Names.unique(candidate, typeNames);
        propertiesTypes.put(name, new Block("type " + name + " @relationshipProperties", lines));
        return name;
    }

    private static List<Line> propertyLines(List<PropertyShape> properties, boolean onNode, Set<String> taken) {
        var lines = new ArrayList<Line>();
        for (PropertyShape p : properties) {
            String reason = leftOutBecause(p);
            if (reason != null) {
                lines.add(new Line("# " + Names.comment(p.name()) + ": left out, " + reason, true));
                continue;
            }
            String field = Names.unique(Names.fieldName(p.name()), taken);
            String alias = field.equals(p.name()) ? "" : " @alias(property: " + Names.literal(p.name()) + ")";
            lines.add(new Line(field + ": " + graphqlType(p, onNode) + alias, false));
        }
        return lines;
    }

    private static String leftOutBecause(PropertyShape p) {
        if (p.types().isEmpty()) {
            return "Neo4j reported no value type for it";
        }
        if (p.types().size() > 1) {
            return "its values have several types (" + String.join(", ", p.types()) + ")";
        }
        return baseType(p.types().get(0)) == null ? p.types().get(0) + " values have no type in a model file" : null;
    }

    private static String baseType(String neo4jType) {
        return switch (neo4jType) {
            case "String" -> "String";
            case "Long", "Integer" -> "Int";
            case "Double", "Float" -> "Float";
            case "Boolean" -> "Boolean";
            case "Date" -> "Date";
            case "StringArray" -> "[String!]";
            default -> null;
        };
    }

    private static String graphqlType(PropertyShape p, boolean onNode) {
        String base = baseType(p.types().get(0));
        if (onNode && p.mandatory() && p.name().equals("id") && base.equals("String")) {
            base = "ID";
        }
        return base + (p.mandatory() ? "!" : "");
    }

    private List<Line> fields(NodeType type) {
        var taken = new HashSet<String>();
        List<Line> lines = propertyLines(type.properties, true, taken);
        type.relationships.stream().sorted(FIELD_ORDER).forEach(f -> lines.add(new Line(
                Names.unique(f.candidate(), taken) + ": [" + f.target() + "!]! @relationship(type: "
                        + Names.literal(f.relationshipType()) + ", direction: " + (f.outgoing() ? "OUT" : "IN")
                        + (f.properties() == null ? "" : ", properties: " + Names.literal(f.properties())) + ")",
                false)));
        return lines;
    }

    private String render() {
        var sb = new StringBuilder();
        header(sb);
        nodeTypes.values().forEach(type -> {
            String labels = String.join(", ", type.labels.stream().map(Names::literal).toList());
            List<Line> fields = fields(type);
            if (fields.isEmpty()) {
                fields = List.of(new Line("# " + type.name + ": no properties and no relationships were found", true));
            }
            print(sb, new Block("type " + type.name + " @node(labels: [" + labels + "])", fields));
        });
        propertiesTypes.values().forEach(block -> print(sb, block));
        return sb.toString();
    }

    /** A type and its body; without braces when it has no field, its comments then above it. */
    private static void print(StringBuilder sb, Block block) {
        sb.append('\n');
        if (block.lines().stream().allMatch(Line::comment)) {
            block.lines().forEach(l -> sb.append(l.text()).append('\n'));
            if (block.head() != null) {
                sb.append(block.head()).append('\n');
            }
            return;
        }
        sb.append(block.head()).append(" {\n");
        block.lines().forEach(l -> sb.append("  ").append(l.text()).append('\n'));
        sb.append("}\n");
    }

    private void header(StringBuilder sb) {
        long labels = graph.nodes().stream().flatMap(n -> n.labels().stream()).distinct().count();
        sb.append("# A model file drafted by kg-model from the Neo4j database ").append(Names.literal(graph.database()))
                .append(":\n# ").append(count(nodeTypes.size(), "node type")).append(" from ").append(count(labels, "label"))
                .append(", and ").append(count(connectedRelationshipTypes, "relationship type")).append(" between them.\n");
        sb.append("# Read from db.schema.nodeTypeProperties() and db.schema.relTypeProperties(); the node types each\n");
        sb.append("# relationship type connects are those seen in up to ").append(Introspector.SAMPLE)
                .append(" of its relationships.\n");
        if (!graph.excludedLabels().isEmpty()) {
            sb.append("# Left out: nodes labelled ").append(Names.comment(String.join(", ", graph.excludedLabels())))
                    .append(", and their relationships.\n");
        }
        if (graph.unlabelledNodes()) {
            sb.append("# Left out: nodes without labels, and their relationships.\n");
        }
        if (!unconnectedRelationshipTypes.isEmpty()) {
            sb.append("# Left out: relationship types seen between none of these node types: ")
                    .append(Names.comment(String.join(", ", unconnectedRelationshipTypes))).append(".\n");
        }
        sb.append("# A starting point to edit: add descriptions, `id: ID!` fields and @plural where the API needs them,\n");
        sb.append("# rename what reads badly, and see the lines saying what was left out and why.\n");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
