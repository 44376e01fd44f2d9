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
        var props = properties(type, input, true);
        return queries.rooted((root, ctx) -> "CREATE (" + root + labels(labels) + ")\nSET " + root + " = " + ctx.param(props)
                + "\nRETURN " + queries.projection(type, root, selection, ctx) + " AS node");
    }

    /** {@code MERGE} on the id: creates the node, or sets the given properties on the existing one. */
    public CypherStatement upsert(NodeType type, List<String> labels, Map<String, Object> input, List<Selection> selection) {
        var props = properties(type, input, true);
        return queries.rooted((root, ctx) -> "MERGE (" + root + ":" + QueryCompiler.quote(type.label()) + " {id: " + ctx.param(props.get("id")) + "})"
                + "\nSET " + root + labels(labels) + ", " + root + " += " + ctx.param(props)
                + "\nRETURN " + queries.projection(type, root, selection, ctx) + " AS node");
    }

    /** {@code SET +=} the given fields; a field given as null is removed. No row when there is no such node. */
    public CypherStatement update(NodeType type, String id, Map<String, Object> input, List<Selection> selection) {
        var props = properties(type, input, false);
        return queries.rooted((root, ctx) -> "MATCH (" + root + ":" + QueryCompiler.quote(type.label()) + " {id: " + ctx.param(id) + "})"
                + "\nSET " + root + " += " + ctx.param(props)
                + "\nRETURN " + queries.projection(type, root, selection, ctx) + " AS node");
    }

    /** {@code DETACH DELETE}, returning the node as it was. No row when there is no such node. */
    public CypherStatement delete(NodeType type, String id, List<Selection> selection) {
        return queries.rooted((root, ctx) -> "MATCH (" + root + ":" + QueryCompiler.quote(type.label()) + " {id: " + ctx.param(id) + "})"
                + "\nWITH " + root + ", " + queries.projection(type, root, selection, ctx) + " AS node"
                + "\nDETACH DELETE " + root + "\nRETURN node");
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
            if (field == null || field.isComputed()) {
                throw new InvalidArgumentException(type.name() + " has no field '" + entry.getKey() + "'");
            }
            props.put(field.property(), convert(type.name(), field, entry.getValue()));
        }
        if (create) {
            if (type.hasId() && props.get("id") == null) {
                throw new InvalidArgumentException(type.name() + " needs an id");
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

    /** The model's rules for the field ({@code @slug}, {@code @range}, ...); texts must not be blank unless {@code @allowBlank}. */
    private static void check(String where, ScalarField field, Object value) {
        InputRules rules = field.rules();
        if (value instanceof String text && text.isBlank() && !rules.allowBlank()) {
            throw new InvalidArgumentException(where + " must not be blank");
        }
        if (value instanceof Number number && (rules.min() != null || rules.max() != null)) {
            range(where, number.doubleValue(), rules.min(), rules.max());
        }
        if (value instanceof String text) {
            if (rules.slug() && !SLUG.matcher(text).matches()) {
                throw new InvalidArgumentException(where + " '" + text + "' must be a slug: lower-case letters, digits and '-', "
                        + "starting with a letter or digit, e.g. `north-korea`");
            }
            if (rules.upperSnakeCase() && !text.matches("[A-Z][A-Z0-9_]*")) {
                throw new InvalidArgumentException(where + " must be UPPER_SNAKE_CASE (e.g. TROOP_DEPLOYMENT), got " + text);
            }
            if (!rules.allowedValues().isEmpty() && !rules.allowedValues().contains(text)) {
                throw new InvalidArgumentException(where + " must be " + allowed(rules.allowedValues()) + ", got " + text);
            }
        }
    }

    private static String allowed(List<String> values) {
        if (values.size() == 1) {
            return values.get(0);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }

    private static void range(String where, double value, Double min, Double max) {
        if (min != null && max != null && (value < min || value > max)) {
            throw new InvalidArgumentException(where + " must be between " + number(min) + " and " + number(max) + ", got " + number(value));
        }
        if (min != null && max == null && value < min) {
            throw new InvalidArgumentException(min == 0 ? where + " must not be negative, got " + number(value)
                    : where + " must be at least " + number(min) + ", got " + number(value));
        }
        if (max != null && min == null && value > max) {
            throw new InvalidArgumentException(where + " must be at most " + number(max) + ", got " + number(value));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
