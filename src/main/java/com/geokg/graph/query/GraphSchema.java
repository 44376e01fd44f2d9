package com.geokg.graph.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Every {@link NodeType} by GraphQL name; relations refer to their targets by that name. */
public final class GraphSchema {

    private final Map<String, NodeType> types = new LinkedHashMap<>();

    public GraphSchema(Collection<NodeType> types) {
        types.forEach(t -> this.types.put(t.name(), t));
        for (NodeType t : types) {
            for (Relation r : t.relations().values()) {
                if (!this.types.containsKey(r.targetType())) {
                    throw new IllegalStateException(t.name() + "." + r.name() + " targets unknown type " + r.targetType());
                }
            }
        }
    }

    public NodeType type(String name) {
        NodeType type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("Unknown type " + name);
        }
        return type;
    }

    /** Labels of the model's node types: the allow-list for anything label-shaped a client sends. */
    public Set<String> labels() {
        var labels = new java.util.TreeSet<String>();
        types.values().forEach(t -> labels.add(t.label()));
        types.values().stream().filter(t -> !t.isAbstract()).forEach(t -> labels.add(t.label()));
        return labels;
    }
}
