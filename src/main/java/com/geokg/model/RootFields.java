package com.geokg.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The root query fields the model generates, by name: {@code state(id)}, {@code states} and
 * {@code statesConnection} for every node type or interface (named by {@link Naming}), and its
 * {@code @cypher} Query fields. Shared by everything that reads a request by its root fields (the
 * compiled path, the cost estimate).
 */
public final class RootFields {

    /** How a root field reads: one node by id, a list, a connection, or a {@code @cypher} Query field. */
    public enum Kind { BY_ID, LIST, CONNECTION, CYPHER }

    /**
     * @param type   the node type read; for a {@code @cypher} field, its type when that is a node type, else null
     * @param cypher the {@code @cypher} Query field, for {@link Kind#CYPHER}; else null
     */
    public record Root(Kind kind, Model.NodeDef type, Model.CypherDef cypher) {
    }

    private RootFields() {
    }

    public static Map<String, Root> of(Model model) {
        var roots = new LinkedHashMap<String, Root>();
        for (Model.NodeDef node : model.nodes().values()) {
            if (node.kind() == Model.Kind.UNION) {
                continue;
            }
            if (node.hasId()) {
                roots.put(Naming.byId(node), new Root(Kind.BY_ID, node, null));
            }
            roots.put(Naming.list(node), new Root(Kind.LIST, node, null));
            roots.put(Naming.connection(node), new Root(Kind.CONNECTION, node, null));
        }
        for (Model.CypherDef query : model.queries()) {
            roots.put(query.name(), new Root(Kind.CYPHER, model.nodes().get(query.type().name()), query));
        }
        return roots;
    }
}
