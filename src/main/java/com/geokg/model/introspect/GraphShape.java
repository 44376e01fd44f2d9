package com.geokg.model.introspect;

import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;

/**
 * What {@link Introspector} read from a database, before any GraphQL naming: the label combinations
 * with their properties, and the relationship types with their properties and the label combinations
 * they were seen to connect. Every list is sorted, so the same database gives the same value.
 *
 * @param database the database's name, as Neo4j reported it
 * @param nodes one entry per label combination that nodes carry (excluded labels already left out)
 * @param relationships one entry per relationship type that has relationships
 * @param excludedLabels the excluded labels that some node in the database carries
 * @param unlabelledNodes whether the database has nodes without any label (they cannot be typed)
 */
record GraphShape(String database, List<NodeShape> nodes, List<RelationshipShape> relationships,
                  SortedSet<String> excludedLabels, boolean unlabelledNodes) {

    /** Sorted label lists in order: name by name, a shorter list before the longer one it begins. */
    static final Comparator<List<String>> LABELS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    /**
     * One property as {@code db.schema.*TypeProperties()} reports it.
     *
     * @param types Neo4j's names of the value types seen ({@code String}, {@code Long}, {@code StringArray}...), sorted
     * @param mandatory whether every node of the combination (or relationship of the type) has it
     */
    record PropertyShape(String name, List<String> types, boolean mandatory) {
    }

    /** One label combination: {@code labels} sorted, never empty. */
    record NodeShape(List<String> labels, List<PropertyShape> properties) {
    }

    /** A pair of label combinations (each sorted) that a relationship goes from and to. */
    record Endpoints(List<String> from, List<String> to) {
    }

    /** One relationship type, its properties, and the endpoints seen in a bounded sample of its relationships. */
    record RelationshipShape(String type, List<PropertyShape> properties, List<Endpoints> endpoints) {
    }
}
