package com.geokg.graph.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import com.geokg.graph.InvalidArgumentException;

/**
 * Compiles mutations into one Cypher statement each (so each runs in one transaction and writes
 * all or nothing), returning the written node projected for the mutation's selection set, exactly
 * as a query would. Inputs are checked before any statement is built: a bad value writes nothing.
 *
 * <p>Every statement returns one row with {@code node} (the projected node, or null) and, for
 * relationship mutations, {@code fromFound}/{@code toFound} so that the caller can say which end
 * is missing; the write itself is guarded so that nothing happens when an end is missing.
 */
public final class MutationCompiler {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");

    private final QueryCompiler queries;

    public MutationCompiler(QueryCompiler queries) {
        this.queries = queries;
    }

    /** {@code CREATE}; a duplicate id fails on the uniqueness constraint. */
    public CypherStatement create(NodeType type, List<String> labels, Map<String, Object> input, List<Selection> selection) {
        var ctx = new CypherContext();
        var props = properties(type, input, true);
        String cypher = "CREATE (this" + labels(labels) + ")\nSET this = " + ctx.param(props)
                + "\nRETURN " + queries.projection(type, "this", selection, ctx) + " AS node";
        return new CypherStatement(cypher, ctx.params());
    }

    /** {@code MERGE} on the id: creates the node, or sets the given properties on the existing one. */
    public CypherStatement upsert(NodeType type, List<String> labels, Map<String, Object> input, List<Selection> selection) {
        var ctx = new CypherContext();
        var props = properties(type, input, true);
        String cypher = "MERGE (this:" + QueryCompiler.quote(type.label()) + " {id: " + ctx.param(props.get("id")) + "})"
                + "\nSET this" + labels(labels) + ", this += " + ctx.param(props)
                + "\nRETURN " + queries.projection(type, "this", selection, ctx) + " AS node";
        return new CypherStatement(cypher, ctx.params());
    }

    /** {@code SET +=} the given fields; a field given as null is removed. No row when there is no such node. */
    public CypherStatement update(NodeType type, String id, Map<String, Object> input, List<Selection> selection) {
        var ctx = new CypherContext();
        var props = properties(type, input, false);
        String cypher = "MATCH (this:" + QueryCompiler.quote(type.label()) + " {id: " + ctx.param(id) + "})"
                + "\nSET this += " + ctx.param(props)
                + "\nRETURN " + queries.projection(type, "this", selection, ctx) + " AS node";
        return new CypherStatement(cypher, ctx.params());
    }

    /** {@code DETACH DELETE}, returning the node as it was. No row when there is no such node. */
    public CypherStatement delete(NodeType type, String id, List<Selection> selection) {
        var ctx = new CypherContext();
        String cypher = "MATCH (this:" + QueryCompiler.quote(type.label()) + " {id: " + ctx.param(id) + "})"
                + "\nWITH this, " + queries.projection(type, "this", selection, ctx) + " AS node"
                + "\nDETACH DELETE this\nRETURN node";
        return new CypherStatement(cypher, ctx.params());
    }

    /** {@code MERGE} a relationship between two existing nodes and set its properties. */
    public CypherStatement connect(RelationshipSpec spec, String fromId, String toId, Map<String, Object> input,
                                   NodeType returned, List<Selection> selection) {
        return relationship(spec, fromId, toId, input, returned, selection, true);
    }

    /** Delete the relationships between two nodes that match the given identity properties. */
    public CypherStatement disconnect(RelationshipSpec spec, String fromId, String toId, Map<String, Object> input,
                                      NodeType returned, List<Selection> selection) {
        return relationship(spec, fromId, toId, input, returned, selection, false);
    }

    private CypherStatement relationship(RelationshipSpec spec, String fromId, String toId, Map<String, Object> input,
                                         NodeType returned, List<Selection> selection, boolean connect) {
        var ctx = new CypherContext();
        var props = relationshipProperties(spec, input);
        var identity = new LinkedHashMap<String, Object>();
        for (String key : spec.identity()) {
            if (props.get(key) == null) {
                throw new InvalidArgumentException("'" + key + "' is required to tell " + spec.type() + " relationships apart");
            }
            identity.put(key, props.get(key));
        }
        var cypher = new StringBuilder()
                .append(lookup("from", spec.fromLabels(), ctx.param(fromId))).append('\n')
                .append(lookup("to", spec.toLabels(), ctx.param(toId))).append('\n');
        var identityMap = new StringJoiner(", ", " {", "}");
        identity.keySet().forEach(k -> identityMap.add(QueryCompiler.quote(k) + ": " + ctx.param(identity.get(k))));
        String rel = "[r:" + QueryCompiler.quote(spec.type()) + (identity.isEmpty() ? "" : identityMap.toString()) + "]";
        if (connect) {
            cypher.append("FOREACH (_ IN CASE WHEN from IS NOT NULL AND to IS NOT NULL THEN [1] ELSE [] END |\n  MERGE (from)-")
                    .append(rel).append("->(to)\n  SET r += ").append(ctx.param(props)).append(")\n");
        } else {
            cypher.append("OPTIONAL MATCH (from)-").append(rel).append("->(to)\nDELETE r\n");
        }
        String end = spec.returns();
        cypher.append("WITH DISTINCT from, to\nRETURN from IS NOT NULL AS fromFound, to IS NOT NULL AS toFound, ")
                .append("CASE WHEN ").append(end).append(" IS NULL THEN null ELSE ")
                .append(queries.projection(returned, end, selection, ctx)).append(" END AS node");
        return new CypherStatement(cypher.toString(), ctx.params());
    }

    /** Binds {@code var} to the node with this id under one of the labels, or to null; uses the id constraints. */
    private static String lookup(String var, List<String> labels, String idParam) {
        if (labels.size() == 1) {
            return "OPTIONAL MATCH (" + var + ":" + QueryCompiler.quote(labels.get(0)) + " {id: " + idParam + "})";
        }
        var union = new StringJoiner("\n  UNION ", "CALL {\n  ", "\n}");
        for (String label : labels) {
            union.add("OPTIONAL MATCH (n:" + QueryCompiler.quote(label) + " {id: " + idParam + "}) RETURN n");
        }
        String keep = var.equals("to") ? "from, " : "";
        return (var.equals("to") ? "WITH from\n" : "") + union + "\nWITH " + keep + "head(collect(n)) AS " + var;
    }

    private static String labels(List<String> labels) {
        var out = new StringBuilder();
        labels.forEach(l -> out.append(':').append(QueryCompiler.quote(l)));
        return out.toString();
    }

    // ---- input checking -----------------------------------------------------------------------

    private static Map<String, Object> properties(NodeType type, Map<String, Object> input, boolean create) {
        var props = new LinkedHashMap<String, Object>();
        for (var entry : input.entrySet()) {
            ScalarField field = type.scalars().get(entry.getKey());
            if (field == null) {
                throw new InvalidArgumentException(type.name() + " has no field '" + entry.getKey() + "'");
            }
            props.put(field.property(), convert(type.name(), field, entry.getValue()));
        }
        if (create) {
            Object id = props.get("id");
            if (id == null || !SLUG.matcher(id.toString()).matches()) {
                throw new InvalidArgumentException("id '" + id + "' must be a slug: lower-case letters, digits and '-', "
                        + "starting with a letter or digit, e.g. `north-korea`");
            }
        } else if (props.containsKey("id")) {
            throw new InvalidArgumentException("an id cannot change; create a new node instead");
        }
        return props;
    }

    private static Map<String, Object> relationshipProperties(RelationshipSpec spec, Map<String, Object> input) {
        var props = new LinkedHashMap<String, Object>();
        for (var entry : input.entrySet()) {
            ScalarField field = spec.properties().get(entry.getKey());
            if (field == null) {
                throw new InvalidArgumentException(spec.type() + " has no property '" + entry.getKey() + "'");
            }
            if (entry.getValue() != null) {
                props.put(field.property(), convert(spec.type(), field, entry.getValue()));
            }
        }
        return props;
    }

    private static Object convert(String owner, ScalarField field, Object raw) {
        if (raw == null) {
            return null;
        }
        String where = owner + "." + field.name();
        Object value = ScalarValues.convert(where, field, raw);
        check(where, field, value);
        return value;
    }

    private static void check(String where, ScalarField field, Object value) {
        if (value instanceof String text && text.isBlank() && !field.name().equals("description")) {
            throw new InvalidArgumentException(where + " must not be blank");
        }
        if (field.kind() == ScalarKind.INT && ((Long) value) < 0) {
            throw new InvalidArgumentException(where + " must not be negative, got " + value);
        }
        double number = value instanceof Double d ? d : 0;
        switch (field.name()) {
            case "confidence" -> range(where, number, 0, 1);
            case "lat" -> range(where, number, -90, 90);
            case "lon" -> range(where, number, -180, 180);
            case "datePrecision" -> {
                if (!List.of("DAY", "MONTH", "YEAR").contains(value)) {
                    throw new InvalidArgumentException(where + " must be DAY, MONTH or YEAR, got " + value);
                }
            }
            case "kind", "role", "quantityQualifier" -> {
                if (!value.toString().matches("[A-Z][A-Z0-9_]*")) {
                    throw new InvalidArgumentException(where + " must be UPPER_SNAKE_CASE (e.g. TROOP_DEPLOYMENT), got " + value);
                }
            }
            default -> {
            }
        }
    }

    private static void range(String where, double value, double min, double max) {
        if (value < min || value > max) {
            throw new InvalidArgumentException(where + " must be between " + min + " and " + max + ", got " + value);
        }
    }
}
