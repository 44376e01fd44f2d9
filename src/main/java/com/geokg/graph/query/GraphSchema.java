package com.geokg.graph.query;

import java.util.Collection;
import java.util.LinkedHashMap;
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
}
