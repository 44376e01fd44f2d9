package com.geokg.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.geokg.model.CompilerSchema;
import com.geokg.model.Model;
import com.geokg.model.Model.Kind;
import com.geokg.model.Model.NodeDef;
import com.geokg.model.Model.RelationshipDef;
import com.geokg.model.Model.ScalarDef;

/**
 * What exploration reads from the model: which labels and properties the full-text index covers
 * ({@code @searchable}), which property names a node ({@code @caption}), which date places a node
 * or relationship in time ({@code @when}), and how to find a node by id under every label. Derived
 * once from the model, so a type a data team adds in its own model file is searched, captioned and
 * windowed like the bundled ones. Labels and property names come only from here (the model), never
 * from a client.
 */
final class ExploreModel {

    /** A date that places a node or relationship in time: its property, the end's and the precision's (either may be null). */
    record Span(String property, String end, String precision) {
    }

    /** What one object type contributes: its type name, caption property and date (each may be null). */
    record NodeKind(String type, String label, String caption, Span when) {
    }

    private final Model model;
    private final List<String> searchLabels;
    private final List<String> searchProperties;
    /** Object types by their first label, most specific first (an object's own label before an interface's). */
    private final Map<String, NodeKind> kinds = new LinkedHashMap<>();
    private final Map<String, Span> relationshipSpans = new LinkedHashMap<>();
    /** By relationship type, the property that tells relationships between the same nodes apart ({@code @relationshipKey}). */
    private final Map<String, String> relationshipKeys = new LinkedHashMap<>();
    private final List<String> idLabels;
    private final List<String> labels;

    ExploreModel(Model model) {
        this.model = model;
        var searchLabels = new TreeSet<String>();
        var searchProperties = new TreeSet<String>();
        var allLabels = new TreeSet<String>();
        var withIds = new ArrayList<String>();
        for (NodeDef node : model.nodes().values()) {
            if (node.kind() != Kind.OBJECT) {
                allLabels.addAll(node.labels());
                continue;
            }
            allLabels.addAll(node.labels());
            if (node.hasId()) {
                withIds.add(node.name());
            }
            String caption = null;
            Span when = null;
            for (var field : node.fields().values()) {
                if (field instanceof ScalarDef scalar) {
                    var e = scalar.exploration();
                    if (e.searchable()) {
                        searchLabels.add(node.labels().get(0));
                        searchProperties.add(scalar.property());
                    }
                    if (e.caption()) {
                        caption = scalar.property();
                    }
                    if (e.when() != null) {
                        when = new Span(scalar.property(), e.when().end(), e.when().precision());
                    }
                }
            }
            kinds.put(node.labels().get(0), new NodeKind(node.name(), node.labels().get(0), caption, when));
        }
        for (NodeDef node : model.nodes().values()) {
            for (var field : node.fields().values()) {
                if (field instanceof RelationshipDef r) {
                    spanOf(r).ifPresent(span -> relationshipSpans.putIfAbsent(r.relationshipType(), span));
                    propertiesOf(r).stream().filter(ScalarDef::key).findFirst()
                            .ifPresent(key -> relationshipKeys.putIfAbsent(r.relationshipType(), key.property()));
                }
            }
        }
        this.searchLabels = List.copyOf(searchLabels);
        this.searchProperties = List.copyOf(searchProperties);
        this.idLabels = CompilerSchema.lookupLabels(model, withIds);
        this.labels = List.copyOf(allLabels);
    }

    /** The {@code @when} date of a relationship field's properties or items type, if it declares one. */
    private java.util.Optional<Span> spanOf(RelationshipDef r) {
        return propertiesOf(r).stream().filter(f -> f.exploration().when() != null).findFirst()
                .map(f -> new Span(f.property(), f.exploration().when().end(), f.exploration().when().precision()));
    }

    /** The properties a relationship field's properties and items types declare. */
    private List<ScalarDef> propertiesOf(RelationshipDef r) {
        var fields = new ArrayList<ScalarDef>();
        if (r.properties() != null && model.properties().containsKey(r.properties())) {
            fields.addAll(model.properties().get(r.properties()).fields().values());
        }
        if (model.items().containsKey(r.type().name())) {
            fields.addAll(model.items().get(r.type().name()).properties().values());
        }
        return fields;
    }

    /** The property that tells relationships of this type between the same two nodes apart, or null. */
    String relationshipKey(String type) {
        return relationshipKeys.get(type);
    }

    List<String> searchLabels() {
        return searchLabels;
    }

    List<String> searchProperties() {
        return searchProperties;
    }

    /** Every label the model names: what {@code search(labels:)} accepts. */
    List<String> labels() {
        return labels;
    }

    /** The labels under which a node is found by id, one index look-up each. */
    List<String> idLabels() {
        return idLabels;
    }

    /** The object type a node with these labels is (its own label first), or null for a node outside the model. */
    NodeKind kindOf(List<String> nodeLabels) {
        for (var kind : kinds.values()) {
            if (nodeLabels.contains(kind.label())) {
                return kind;
            }
        }
        for (NodeDef node : model.nodes().values()) {
            if (node.kind() == Kind.INTERFACE && node.fallback() != null && !node.labels().isEmpty()
                    && nodeLabels.contains(node.labels().get(0))) {
                return kinds.get(model.nodes().get(node.fallback()).labels().get(0));
            }
        }
        return null;
    }

    Map<String, NodeKind> kinds() {
        return kinds;
    }

    Map<String, Span> relationshipSpans() {
        return relationshipSpans;
    }

    /**
     * A Cypher expression for the time span {@code [start, end]} of the node or relationship in
     * {@code var} ({@code [null, null]} when it has no date): by label for nodes, by type for
     * relationships, properties from {@code @when}. A MONTH date lasts the month, a YEAR date the year.
     */
    String spanExpression(String var, boolean relationship) {
        var cases = new StringBuilder("CASE");
        if (relationship) {
            relationshipSpans.forEach((type, span) -> cases.append(" WHEN type(").append(var).append(") = '").append(type)
                    .append("' THEN ").append(span(var, span)));
        } else {
            kinds.values().stream().filter(k -> k.when() != null).forEach(k -> cases.append(" WHEN ").append(var).append(':')
                    .append(quote(k.label())).append(" THEN ").append(span(var, k.when())));
        }
        return cases.length() == 4 ? "[null, null]" : cases.append(" ELSE [null, null] END").toString();
    }

    private static String span(String var, Span span) {
        String start = var + "." + quote(span.property());
        String lasts = span.precision() == null ? start
                : "CASE " + var + "." + quote(span.precision()) + " WHEN 'YEAR' THEN " + start + " + duration('P1Y') - duration('P1D')"
                + " WHEN 'MONTH' THEN " + start + " + duration('P1M') - duration('P1D') ELSE " + start + " END";
        String end = span.end() == null ? lasts : "coalesce(" + var + "." + quote(span.end()) + ", " + lasts + ")";
        return "[" + start + ", " + end + "]";
    }

    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** {@code MATCH (s:L {id: $param}) RETURN s UNION ...} over {@link #idLabels()}: each branch an index look-up. */
    String lookup(String param, String var) {
        return idLabels.stream().map(label -> "MATCH (" + var + ":" + quote(label) + " {id: $" + param + "}) RETURN " + var)
                .collect(Collectors.joining(" UNION "));
    }
}
