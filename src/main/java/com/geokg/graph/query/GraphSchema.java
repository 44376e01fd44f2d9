package com.geokg.graph.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Every type, in the order they were declared. */
    public Collection<NodeType> types() {
        return types.values();
    }

    /**
     * The object type of a node reached through an interface: the first of the interface's
     * {@code concreteTypes} whose label the node has; a node with none of them is taken as the
     * last one (an {@code :Actor} loaded without a subtype label is an {@code Organization}).
     */
    public String concreteType(NodeType type, List<String> labels) {
        if (!type.isAbstract()) {
            return type.name();
        }
        for (String name : type.concreteTypes()) {
            if (labels.contains(type(name).label())) {
                return name;
            }
        }
        return type.concreteTypes().get(type.concreteTypes().size() - 1);
    }
}
