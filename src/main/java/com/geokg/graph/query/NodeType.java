package com.geokg.graph.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the query compiler knows about one GraphQL object type, interface or union: the label that
 * finds its nodes, its scalar fields and its relations. For an interface ({@code Actor}) or a
 * union, {@code concreteTypes} lists the object types in the order used to pick a node's type
 * from its labels, the last one standing for nodes with none of their labels; {@code label} is
 * null when the abstract type has no label of its own (its nodes are found by its object types'
 * labels).
 *
 * @param labels every label a new node of this type gets ({@code Actor}, {@code State}); {@code label} is the first
 * @param hasId whether its nodes have the {@code id} property that names them; without it, pages are
 *              kept stable by Neo4j's element id, which is never shown
 * @param when the property that dates its nodes ({@code @when}), read by {@code asOf}; null when undated
 */
public record NodeType(String name, String label, List<String> concreteTypes,
                       Map<String, ScalarField> scalars, Map<String, Relation> relations,
                       List<String> labels, boolean hasId, String when) {

    public static Builder object(String name, String label) {
        return new Builder(name, label, List.of());
    }

    public static Builder anInterface(String name, String label, List<String> concreteTypes) {
        return new Builder(name, label, concreteTypes);
    }

    public boolean isAbstract() {
        return !concreteTypes.isEmpty();
    }

    /** Builds a type; the order of scalars is the order a client sees in error messages. */
    public static final class Builder {
        private final String name;
        private final String label;
        private final List<String> concreteTypes;
        private final Map<String, ScalarField> scalars = new LinkedHashMap<>();
        private final Map<String, Relation> relations = new LinkedHashMap<>();
        private List<String> labels;
        private Boolean hasId;
        private String when;

        private Builder(String name, String label, List<String> concreteTypes) {
            this.name = name;
            this.label = label;
            this.concreteTypes = concreteTypes;
        }

        public Builder scalar(String field, ScalarKind kind) {
            scalars.put(field, ScalarField.of(field, kind));
            return this;
        }

        public Builder scalar(ScalarField field) {
            scalars.put(field.name(), field);
            return this;
        }

        public Builder relation(Relation relation) {
            relations.put(relation.name(), relation);
            return this;
        }

        public Builder include(NodeType other) {
            scalars.putAll(other.scalars());
            relations.putAll(other.relations());
            return this;
        }

        /** Every label of a new node; by default the one label. */
        public Builder labels(List<String> labels) {
            this.labels = List.copyOf(labels);
            return this;
        }

        /** Whether nodes have the naming {@code id}; by default, when there is an {@code id} field of kind ID. */
        public Builder hasId(boolean hasId) {
            this.hasId = hasId;
            return this;
        }

        /** The property that dates a node ({@code @when}); by default none. */
        public Builder when(String property) {
            this.when = property;
            return this;
        }

        public NodeType build() {
            ScalarField id = scalars.get("id");
            boolean withId = hasId != null ? hasId : id != null && id.kind() == ScalarKind.ID;
            List<String> all = labels != null ? labels : label == null ? List.of() : List.of(label);
            return new NodeType(name, label, List.copyOf(concreteTypes),
                    Collections.unmodifiableMap(new LinkedHashMap<>(scalars)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(relations)), new ArrayList<>(all), withId, when);
        }
    }
}
