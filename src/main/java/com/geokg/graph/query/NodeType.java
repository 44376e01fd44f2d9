package com.geokg.graph.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the query compiler knows about one GraphQL object type or interface: the label that finds
 * its nodes, its scalar fields and its relations. For an interface ({@code Actor}),
 * {@code concreteTypes} lists the object types in the order used to pick a node's type from its
 * labels.
 */
public record NodeType(String name, String label, List<String> concreteTypes,
                       Map<String, ScalarField> scalars, Map<String, Relation> relations) {

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

        private Builder(String name, String label, List<String> concreteTypes) {
            this.name = name;
            this.label = label;
            this.concreteTypes = concreteTypes;
        }

        public Builder scalar(String field, ScalarKind kind) {
            scalars.put(field, ScalarField.of(field, kind));
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

        public NodeType build() {
            return new NodeType(name, label, List.copyOf(concreteTypes),
                    Collections.unmodifiableMap(new LinkedHashMap<>(scalars)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(relations)));
        }
    }
}
