package com.geokg.graph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.geokg.graph.InvalidArgumentException;
import com.geokg.graph.LimitTooLargeException;

/**
 * Compiles one root GraphQL field, with its whole selection set, into one Cypher statement: the
 * way the Neo4j GraphQL Library avoids N+1 round trips. Nested relations become {@code COLLECT}
 * subqueries inside a map projection, filters become {@code WHERE} predicates, and every client
 * value becomes a parameter. Labels, relationship types and property names come only from the
 * {@link GraphSchema}, never from the request.
 *
 * <p>Each result row has one column, {@code node}: a map with the selected scalars under their
 * field names, relation results under {@code "@" + resultKey} (so aliases of the same relation
 * with different arguments do not collide with each other or with scalars), and, for interfaces,
 * the node's labels under {@code __labels}.
 */
public final class QueryCompiler {

    public static final String RELATION_PREFIX = "@";
    /** A field named {@code <relation>Connection} pages that relation Relay-style. */
    public static final String CONNECTION_SUFFIX = "Connection";
    public static final String LABELS_KEY = "__labels";
    /** The root variable of statements with computed fields; the model's statements must not use it, nor {@code n1}, {@code r1}, .... */
    public static final String ISOLATED_ROOT = "this0";

    private final GraphSchema schema;
    private final int defaultLimit;
    private final int maxLimit;
    private final boolean labelsOnDemand;

    public QueryCompiler(GraphSchema schema, int defaultLimit, int maxLimit) {
        this(schema, defaultLimit, maxLimit, false);
    }

    private QueryCompiler(GraphSchema schema, int defaultLimit, int maxLimit, boolean labelsOnDemand) {
        this.schema = schema;
        this.defaultLimit = defaultLimit;
        this.maxLimit = maxLimit;
        this.labelsOnDemand = labelsOnDemand;
    }

    /**
     * The same compiler, except that nodes of an interface carry their labels only where the
     * selection needs them to tell the object types apart ({@code __typename}, or a field selected
     * on some of the types only). For callers that write the answer from the rows themselves;
     * the GraphQL records need the labels always, to pick their Java type.
     */
    public QueryCompiler withLabelsOnDemand() {
        return new QueryCompiler(schema, defaultLimit, maxLimit, true);
    }

    /** {@code MATCH} one node by id; no row when there is none. */
    public CypherStatement byId(NodeType type, String id, List<Selection> selection) {
        return rooted((root, ctx) -> {
            String idParam = ctx.param(id);
            return "MATCH (" + root + labels(type) + " {id: " + idParam + "})\nRETURN "
                    + projection(type, root, selection, ctx) + " AS node";
        });
    }

    /** A filtered, sorted page of nodes; arguments {@code where}, {@code sort}, {@code limit}, {@code offset}. */
    public CypherStatement list(NodeType type, Map<String, Object> arguments, List<Selection> selection) {
        return rooted((root, ctx) -> {
            String asOf = asOf(arguments, ctx);
            String where = and(condition(type, root, map(arguments.get("where")), ctx),
                    itemConditions(type, root, null, null, arguments, asOf, null, ctx));
            int offset = offset(arguments.get("offset"));
            int limit = limit(arguments.get("limit"), defaultLimit);
            var sort = sortKeys(type, root, arguments.get("sort"));
            var cypher = new StringBuilder(page(type, root, where, map(arguments.get("where")), sort, offset, limit,
                    indexOrder(type, asOf, sort), ctx));
            cypher.append(statusAsOf(type, root, asOf, ctx));
            String outer = ctx.asOf(asOf);
            cypher.append("\nRETURN ").append(projection(type, root, selection, ctx)).append(" AS node");
            ctx.asOf(outer);
            return cypher.toString();
        });
    }

    /**
     * A Relay connection over all nodes of a type: one row, one column {@code node} holding
     * {@code totalCount} (counted without materialising the rows: from Neo4j's count store when
     * nothing is filtered), the window's {@code skip} and {@code reversed} flag, and the
     * {@code page} of edges ({@code {node: {...}}}).
     */
    public CypherStatement connection(NodeType type, Map<String, Object> arguments, List<Selection> selection) {
        Window window = Window.of(arguments, defaultLimit, maxLimit);
        return rooted((root, ctx) -> {
            String asOf = asOf(arguments, ctx);
            String where = and(condition(type, root, map(arguments.get("where")), ctx),
                    itemConditions(type, root, null, null, arguments, asOf, null, ctx));
            var sort = SortKey.reversed(sortKeys(type, root, arguments.get("sort")), window.reversed());
            String page = page(type, root, where, map(arguments.get("where")), sort, window.reversed() ? 0 : window.skip(), window.limit(),
                    indexOrder(type, asOf, sort), ctx);
            String status = statusAsOf(type, root, asOf, ctx);
            String outer = ctx.asOf(asOf);
            String node = projection(type, root, nodeSelection(selection), ctx);
            ctx.asOf(outer);
            return "CALL {\n  MATCH (" + root + labels(type) + ")" + (where.isEmpty() ? "" : " WHERE " + where)
                    + "\n  RETURN count(" + root + ") AS totalCount\n}\n"
                    + "CALL {\n  " + (page + status).replace("\n", "\n  ")
                    + "\n  RETURN collect({node: " + node + "}) AS page\n}\n"
                    + "RETURN {totalCount: totalCount, skip: " + ctx.param(window.skip()) + ", reversed: " + window.reversed()
                    + ", page: page} AS node";
        });
    }

    /**
     * The clauses that bind {@code root} to the nodes of one page, row by row in order, and
     * nothing else: the page is taken in subqueries before anything is projected, so the rows read
     * are those of the page (plus ties), not the label's, when the first sort key has a range
     * index or is the id. A first key that may be missing reads in two parts, as missing values
     * sort last ({@link SortKey}): the nodes with the value, in the index's order, then, only when
     * those do not fill the page, the nodes without it.
     */
    private String page(NodeType type, String root, String where, Map<String, Object> filter, List<SortKey> keys, long skip, int limit,
                        boolean indexOrder, CypherContext ctx) {
        String match = "MATCH (" + root + labels(type) + ")";
        SortKey first = keys.get(0);
        boolean filtered = first.field() != null && requiresValue(filter, first.field());
        if (!indexOrder) {
            return onePart(match, where, keys, root, skip, limit, ctx);
        }
        if (!first.nullable() || filtered) {
            if (first.nullable()) { // the filter keeps only nodes with the value: one part
                keys = new ArrayList<>(keys);
                keys.set(0, first.present());
            }
            // IS NOT NULL lets Neo4j read the key's index in order; a filter on the key does so already, and
            // both together make Neo4j 5.26's planner fail ("insertCachedProperties") under some projections
            String present = first.field() == null || filtered ? where : and(first.expression() + " IS NOT NULL", where);
            return onePart(match, present, keys, root, skip, limit, ctx);
        }
        var rest = keys.subList(1, keys.size());
        String end = ctx.param(skip + limit);
        var withValue = new ArrayList<SortKey>();
        withValue.add(first.present());
        withValue.addAll(rest);
        String hasValue = match + " WHERE " + and(first.expression() + " IS NOT NULL", where)
                + "\n  WITH " + root + SortKey.orderBy(withValue) + " LIMIT " + end;
        // read in id order from the id's index where that is the order: rows stream instead of being held
        // for a sort, each holding the first part (Neo4j's memory accounting counts it per row held)
        String noValue = match + " WHERE " + and(first.expression() + " IS NULL" + (type.hasId() ? " AND " + idOf(root) + " IS NOT NULL" : ""), where)
                + "\n  WITH " + root + SortKey.orderBy(rest) + " LIMIT " + end;
        if (first.nullsFirst()) { // reversed: the nodes without the value come first, and finding them reads the label anyway
            return "CALL {\n  " + noValue + "\n  RETURN collect(" + root + ") AS head\n}\n"
                    + "CALL {\n  " + hasValue + "\n  RETURN collect(" + root + ") AS tail\n}\n"
                    + "UNWIND (head + tail)[" + ctx.param(skip) + ".." + end + "] AS " + root;
        }
        // the nodes without the value inside CASE: Neo4j looks for them only when the others leave the page short
        return "CALL {\n  " + hasValue + "\n  RETURN collect(" + root + ") AS head\n}\n"
                + "WITH head, CASE WHEN size(head) < " + end + " THEN COLLECT {\n  " + noValue
                + "\n  RETURN " + root + "\n} ELSE [] END AS tail\n"
                + "UNWIND (head + tail)[" + ctx.param(skip) + ".." + end + "] AS " + root;
    }

    /** A page read in one part: {@code match}, filtered, sorted, sliced, collected and unwound in order. */
    private static String onePart(String match, String where, List<SortKey> keys, String root, long skip, int limit, CypherContext ctx) {
        return "CALL {\n  " + match + (where.isEmpty() ? "" : " WHERE " + where)
                + "\n  WITH " + root + SortKey.orderBy(keys) + (skip > 0 ? " SKIP " + ctx.param(skip) : "")
                + " LIMIT " + ctx.param(limit)
                + "\n  RETURN collect(" + root + ") AS page\n}\nUNWIND page AS " + root;
    }

    /**
     * Whether a root page may be read in the order of its first key's index. For claims read as of
     * a date, only by id: the status they had then is computed in the statement, and Neo4j 5.26's
     * planner fails next to it ("insertCachedProperties") when the page was read from another
     * property's index; such a page sorts the label's claims instead.
     */
    private static boolean indexOrder(NodeType type, String asOf, List<SortKey> keys) {
        return asOf == null || !Provenance.CLAIM.equals(type.label()) || "id".equals(keys.get(0).field());
    }

    /**
     * A {@code @cypher} field of {@code Query}: the model's statement in a subquery, with the
     * field's arguments as its parameters (by their names), and the nodes of its column projected
     * for the selection; {@code type} is null when the column holds scalars, each row then being
     * {@code {value: ...}}.
     */
    public CypherStatement computedRoot(NodeType type, String statement, String column, Map<String, Object> arguments,
                                        List<Selection> selection) {
        var built = rooted((root, ctx) -> "CALL {\n  " + statement.strip().replace("\n", "\n  ") + "\n}\nWITH " + column
                + " AS " + root + "\nRETURN " + (type == null ? "{value: " + root + "}" : projection(type, root, selection, ctx)) + " AS node");
        var parameters = new java.util.HashMap<String, Object>(arguments);
        parameters.putAll(built.parameters());
        return new CypherStatement(built.cypher(), parameters);
    }

    /**
     * Builds a statement whose root node is {@code this}, or, when it holds a field computed by
     * the model's Cypher, {@code this0}: such a statement names the field's parent {@code this}
     * inside a subquery, which Neo4j refuses when an enclosing scope has a {@code this} already.
     */
    CypherStatement rooted(java.util.function.BiFunction<String, CypherContext, String> build) {
        var ctx = new CypherContext();
        String cypher = build.apply("this", ctx);
        if (ctx.computed()) {
            ctx = new CypherContext();
            cypher = build.apply(ISOLATED_ROOT, ctx);
        }
        return new CypherStatement(cypher, ctx.params());
    }

    private int limit(Object value, int whenAbsent) {
        if (value == null) {
            return whenAbsent;
        }
        int limit = ScalarValues.integer("limit", value);
        if (limit < 0) {
            throw new InvalidArgumentException("limit must not be negative, got " + limit);
        }
        if (limit > maxLimit) {
            throw new LimitTooLargeException(limit, maxLimit);
        }
        return limit;
    }

    private static int offset(Object value) {
        int offset = value == null ? 0 : ScalarValues.integer("offset", value);
        if (offset < 0) {
            throw new InvalidArgumentException("offset must not be negative, got " + offset);
        }
        return offset;
    }

    // ---- projection ---------------------------------------------------------------------------

    String projection(NodeType type, String var, List<Selection> selection, CypherContext ctx) {
        var entries = new LinkedHashSet<String>();
        if (type.hasId()) {
            entries.add(".id");
        }
        if (type.isAbstract() && (!labelsOnDemand || discriminates(type, selection))) {
            entries.add(LABELS_KEY + ": labels(" + var + ")");
        }
        for (Selection s : selection) {
            if (!s.appliesTo(type)) {
                continue;
            }
            ScalarField scalar = scalar(type, s.field());
            if (scalar != null && scalar.isComputed()) {
                entries.add(quote(scalar.name()) + ": " + computedScalar(scalar, var, ctx));
                continue;
            }
            if (scalar != null && ctx.asOf() != null && Provenance.CLAIM.equals(type.label()) && scalar.property().equals(Provenance.STATUS)) {
                String then = ctx.statusOf(var);
                entries.add(quote(scalar.name()) + ": " + (then != null ? then : Provenance.status(var, ctx.asOf()))); // the status it had then
                continue;
            }
            if (scalar != null) {
                entries.add(scalar.property().equals(scalar.name())
                        ? "." + scalar.name()
                        : scalar.name() + ": " + var + "." + quote(scalar.property()));
                continue;
            }
            Relation relation = relation(type, s.field());
            if (relation == null && s.field().endsWith(CONNECTION_SUFFIX)) {
                relation = relation(type, s.field().substring(0, s.field().length() - CONNECTION_SUFFIX.length()));
                if (relation != null && !relation.many()) {
                    relation = null;
                }
            }
            if (relation != null) {
                entries.add(quote(RELATION_PREFIX + s.resultKey()) + ": " + relationValue(relation, var, s, ctx));
            }
        }
        return var + " {" + String.join(", ", entries) + "}";
    }

    /** Whether writing this selection of an interface's nodes depends on which object type each node is. */
    private static boolean discriminates(NodeType type, List<Selection> selection) {
        for (Selection s : selection) {
            if (s.field().equals("__typename")
                    || (!s.objectTypes().isEmpty() && !s.objectTypes().containsAll(type.concreteTypes()))) {
                return true;
            }
        }
        return false;
    }

    private String relationValue(Relation relation, String parent, Selection s, CypherContext ctx) {
        if (s.field().endsWith(CONNECTION_SUFFIX)) {
            return relationConnection(relation, parent, s, ctx);
        }
        int n = ctx.next();
        String that = "n" + n;
        String rel = "r" + n;
        NodeType target = schema.type(relation.targetType());
        Map<String, Object> args = s.arguments();
        String asOf = asOf(args, ctx);
        boolean traversal = relation.throughCypher() != null;
        String via = that + "via";
        String filter = and(condition(target, that, map(args.get("where")), ctx),
                itemConditions(target, that, rel, relation, args, asOf, traversal ? via : null, ctx));
        var sub = new StringBuilder("COLLECT {\n  ");
        if (traversal) {
            // each row also lists what it passed through, and evidence weighs each row
            ctx.markComputed();
            sub.append(computedCall(relation.throughCypher(), relation.column() + " AS " + that + ", " + Relation.VIA, parent, via))
                    .append(filter.isEmpty() ? "" : "\n  WITH " + that + ", " + via + " WHERE " + filter);
            // provenance under a node reached: the same rows again, for that node (an aggregation
            // here would make Neo4j take the enclosing projection for one)
            ctx.through(that, passed -> {
                String again = "n" + ctx.next();
                String againVia = again + "via";
                String kept = and(and(condition(target, again, map(args.get("where")), ctx),
                        itemConditions(target, again, null, relation, args, asOf, againVia, ctx)), again + " = " + that);
                return computedCall(relation.throughCypher(), relation.column() + " AS " + again + ", " + Relation.VIA, parent, againVia)
                        + "\n  WITH " + again + ", " + againVia + " WHERE " + kept + "\n  UNWIND " + againVia + " AS " + passed;
            });
        } else {
            sub.append(reach(relation, parent, that, rel, n, filter, ctx));
        }
        String order = SortKey.orderBy(sortKeys(target, that, args.get("sort")));
        if (relation.edgeItems()) {
            sub.append("\n  WITH DISTINCT ").append(rel).append(", ").append(that).append(order);
        } else {
            sub.append("\n  WITH DISTINCT ").append(that).append(order);
        }
        int offset = offset(args.get("offset"));
        if (offset > 0) {
            sub.append(" SKIP ").append(ctx.param(offset));
        }
        if (!relation.many()) {
            sub.append(" LIMIT 1");
        } else if (args.get("limit") != null) {
            sub.append(" LIMIT ").append(ctx.param(limit(args.get("limit"), maxLimit)));
        }
        String outer = ctx.asOf(asOf);
        sub.append("\n  RETURN ").append(relation.edgeItems()
                ? edgeProjection(relation.edge(), target, rel, that, s.children(), ctx)
                : projection(target, that, s.children(), ctx));
        ctx.asOf(outer);
        sub.append("\n}");
        return relation.many() ? sub.toString() : "head(" + sub + ")";
    }

    /**
     * {@code fooConnection} on a relation: the same map as a root connection, with edge
     * properties under {@code properties} for relations whose items are relationships.
     */
    private String relationConnection(Relation relation, String parent, Selection s, CypherContext ctx) {
        int n = ctx.next();
        String that = "n" + n;
        String rel = "r" + n;
        NodeType target = schema.type(relation.targetType());
        Map<String, Object> args = s.arguments();
        Window window = Window.of(args, defaultLimit, maxLimit);
        Edge edge = relation.connectionEdge();
        String asOf = asOf(args, ctx);
        String filter = and(connectionCondition(edge, target, that, rel, map(args.get("where")), ctx),
                itemConditions(target, that, rel, relation, args, asOf, null, ctx));
        String match = reach(relation, parent, that, rel, n, filter, ctx);
        String distinct = edge != null ? rel + ", " + that : that;
        var item = new StringJoiner(", ", "{", "}");
        String outer = ctx.asOf(asOf);
        item.add("node: " + projection(target, that, nodeSelection(s.children()), ctx));
        ctx.asOf(outer);
        if (edge != null) {
            item.add("properties: " + edgeProperties(edge, rel, propertiesSelection(s.children())));
        }
        var sort = connectionSortKeys(edge, target, that, rel, args.get("sort"));
        return "{totalCount: COUNT { " + match + " WITH DISTINCT " + distinct + " RETURN " + that + " }"
                + ", skip: " + ctx.param(window.skip()) + ", reversed: " + window.reversed()
                + ", page: COLLECT {\n  " + match + "\n  WITH DISTINCT " + distinct + SortKey.orderBy(SortKey.reversed(sort, window.reversed()))
                + " SKIP " + ctx.param(window.reversed() ? 0 : window.skip()) + " LIMIT " + ctx.param(window.limit())
                + "\n  RETURN " + item + "\n}}";
    }

    private String edgeProperties(Edge edge, String rel, List<Selection> selection) {
        var entries = new LinkedHashSet<String>();
        for (Selection p : selection) {
            addEdgeProperty(entries, edge, rel, p);
        }
        return "{" + String.join(", ", entries) + "}";
    }

    /** Adds {@code name: rel.property} when the selection is one of the edge's properties; says whether it was. */
    private static boolean addEdgeProperty(java.util.Set<String> entries, Edge edge, String rel, Selection selection) {
        ScalarField property = edge.properties().get(selection.field());
        if (property == null) {
            return false;
        }
        entries.add(property.name() + ": " + rel + "." + quote(property.property()));
        return true;
    }

    /** The sub-selections of {@code edges { node { ... } }}, merged over aliases. */
    private static List<Selection> nodeSelection(List<Selection> connection) {
        return grandchildren(connection, "edges", "node");
    }

    private static List<Selection> propertiesSelection(List<Selection> connection) {
        return grandchildren(connection, "edges", "properties");
    }

    private static List<Selection> grandchildren(List<Selection> selection, String child, String grandchild) {
        var merged = new ArrayList<Selection>();
        for (Selection c : selection) {
            if (c.field().equals(child)) {
                for (Selection g : c.children()) {
                    if (g.field().equals(grandchild)) {
                        merged.addAll(g.children());
                    }
                }
            }
        }
        return merged;
    }

    private String edgeProjection(Edge edge, NodeType target, String rel, String that, List<Selection> selection, CypherContext ctx) {
        var entries = new LinkedHashSet<String>();
        for (Selection s : selection) {
            if (!addEdgeProperty(entries, edge, rel, s) && s.field().equals(edge.nodeField())) {
                entries.add(quote(RELATION_PREFIX + s.resultKey()) + ": " + projection(target, that, s.children(), ctx));
            }
        }
        return "{" + String.join(", ", entries) + "}";
    }

    /**
     * The clauses that bind {@code that} (and {@code rel}) to what a relation reaches from
     * {@code parent}, keeping only what {@code filter} accepts: a {@code MATCH} of the relation's
     * pattern, or, for a relation computed by the model's Cypher, its statement in a subquery
     * that sees nothing but the parent, as {@code this}.
     */
    private static String reach(Relation relation, String parent, String that, String rel, int n, String filter, CypherContext ctx) {
        if (relation.name().equals(Provenance.FIELD) && relation.pattern() != null && ctx.through(parent) != null) {
            // reached through a traversal: the claims about what it passed through, not about itself
            return ctx.through(parent).apply(that + "_of") + "\n  MATCH (" + that + ":" + quote(Provenance.CLAIM) + ")-[:"
                    + Provenance.ABOUT + "]->(" + that + "_of)" + (filter.isEmpty() ? "" : "\n  WHERE " + filter);
        }
        if (relation.isComputed()) {
            ctx.markComputed();
            return computedCall(relation.cypher(), relation.column(), parent, that)
                    + (filter.isEmpty() ? "" : "\n  WITH " + that + " WHERE " + filter);
        }
        String condition = and(relationCondition(relation, parent, that, rel, n), filter);
        return "MATCH " + fill(relation.pattern(), parent, that, rel, n) + (condition.isEmpty() ? "" : "\n  WHERE " + condition);
    }

    /** The model's statement with the parent as {@code this}, its column returned as {@code as}. */
    private static String computedCall(String statement, String column, String parent, String as) {
        return "CALL {\n    WITH " + parent + "\n    WITH " + parent + " AS this\n    CALL {\n      WITH this\n      "
                + statement.strip().replace("\n", "\n      ") + "\n    }\n    RETURN " + column + " AS " + as + "\n  }";
    }

    private static String computedScalar(ScalarField field, String var, CypherContext ctx) {
        ctx.markComputed();
        String value = "COLLECT {\n  " + computedCall(field.cypher(), field.column(), var, "value") + "\n  RETURN value\n}";
        return field.list() ? value : "head(" + value + ")";
    }

    private static String relationCondition(Relation relation, String parent, String that, String rel, int n) {
        return relation.condition() == null ? "" : fill(relation.condition(), parent, that, rel, n);
    }

    private static String fill(String template, String parent, String that, String rel, int n) {
        return template.replace("{this}", parent).replace("{that}", that).replace("{rel}", rel).replace("{v}", "v" + n + "_");
    }

    // ---- evidence and "as of" -----------------------------------------------------------------

    /** The date a list is read as of: its own {@code asOf} (as a parameter), else the enclosing list's; null for now. */
    private static String asOf(Map<String, Object> arguments, CypherContext ctx) {
        Object given = arguments.get("asOf");
        return given == null ? ctx.asOf() : ctx.param(ScalarValues.convert("asOf", AS_OF, given));
    }

    private static final ScalarField AS_OF = ScalarField.of("asOf", ScalarKind.DATE);

    /**
     * For a root page of claims read as of a date: {@code WITH root, <status then> AS kgStatus},
     * the status computed before the projection, which reads it from there. In the projection
     * itself, next to the id the page is sorted by, Neo4j 5.26's planner fails on it
     * ("insertCachedProperties"). Empty otherwise.
     */
    private static String statusAsOf(NodeType type, String root, String asOf, CypherContext ctx) {
        if (asOf == null || !Provenance.CLAIM.equals(type.label())) {
            return "";
        }
        ctx.statusOf(root, "kgStatus");
        return "\nWITH " + root + ", " + Provenance.status(root, asOf) + " AS kgStatus";
    }

    /**
     * What {@code asOf} and {@code evidence} keep of a list's items {@code that} (reached over
     * {@code rel} by {@code relation}, both null at the root): as of a date, items and
     * relationships dated later ({@code @when}) and claims nobody had asserted yet are left out;
     * {@code evidence} keeps the items whose claims support them (for a traversal, per row, the
     * claims about what the row in {@code via} passed through).
     */
    private static String itemConditions(NodeType target, String that, String rel, Relation relation, Map<String, Object> arguments,
                                         String asOf, String via, CypherContext ctx) {
        var parts = new ArrayList<String>();
        if (asOf != null) {
            if (target.when() != null) {
                parts.add("(" + that + "." + quote(target.when()) + " IS NULL OR " + that + "." + quote(target.when()) + " <= " + asOf + ")");
            }
            if (Provenance.CLAIM.equals(target.label())) {
                parts.add(Provenance.known(that, asOf));
            }
            if (relation != null && relation.when() != null && relation.pattern() != null) {
                parts.add("(" + rel + "." + quote(relation.when()) + " IS NULL OR " + rel + "." + quote(relation.when()) + " <= " + asOf + ")");
            }
        }
        Object level = arguments.get("evidence");
        if (level != null) {
            Provenance.Level evidence;
            try {
                evidence = Provenance.Level.valueOf(level.toString());
            } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException("evidence must be one of ANY, CLAIMED, NOT_DENIED, CONFIRMED, got '" + level + "'");
            }
            parts.add(Provenance.evidence(evidence, via != null ? via : that, via != null, asOf == null ? "null" : asOf, "c" + ctx.next()));
        }
        parts.removeIf(String::isEmpty);
        return String.join(" AND ", parts);
    }

    /**
     * Whether {@code where} keeps only nodes that have a value for {@code field}: it compares the
     * field with a value (anything but {@code eq: null}), at its top level or in an {@code AND}.
     */
    private static boolean requiresValue(Map<String, Object> where, String field) {
        for (var entry : where.entrySet()) {
            if (entry.getKey().equals(field) && entry.getValue() instanceof Map<?, ?> ops
                    && ops.values().stream().anyMatch(java.util.Objects::nonNull)) {
                return true;
            }
            if (entry.getKey().equals("AND") && entry.getValue() instanceof Collection<?> items
                    && items.stream().anyMatch(item -> requiresValue(map(item), field))) {
                return true;
            }
        }
        return false;
    }

    // ---- filters ------------------------------------------------------------------------------

    private String condition(NodeType type, String var, Map<String, Object> where, CypherContext ctx) {
        if (where == null || where.isEmpty()) {
            return "";
        }
        var parts = new ArrayList<String>();
        for (var entry : where.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (value == null) {
                continue;
            }
            switch (key) {
                case "AND", "OR" -> {
                    var nested = new ArrayList<String>();
                    for (Object item : (Collection<?>) value) {
                        String c = condition(type, var, map(item), ctx);
                        if (!c.isEmpty()) {
                            nested.add("(" + c + ")");
                        }
                    }
                    if (!nested.isEmpty()) {
                        parts.add("(" + String.join(" " + key + " ", nested) + ")");
                    }
                }
                case "NOT" -> {
                    String c = condition(type, var, map(value), ctx);
                    if (!c.isEmpty()) {
                        parts.add("NOT (" + c + ")");
                    }
                }
                default -> parts.add(fieldCondition(type, var, key, map(value), ctx));
            }
        }
        parts.removeIf(String::isEmpty);
        return String.join(" AND ", parts);
    }

    private String fieldCondition(NodeType type, String var, String field, Map<String, Object> ops, CypherContext ctx) {
        ScalarField scalar = scalar(type, field);
        if (scalar != null && !scalar.isComputed()) {
            return scalarCondition(scalar, var + "." + quote(scalar.property()), ops, ctx);
        }
        Relation relation = relation(type, field);
        if (relation != null) {
            return relationFilter(relation, var, ops, ctx);
        }
        throw new InvalidArgumentException("cannot filter " + type.name() + " on '" + field + "'");
    }

    private String relationFilter(Relation relation, String var, Map<String, Object> ops, CypherContext ctx) {
        var parts = new ArrayList<String>();
        for (var op : ops.entrySet()) {
            if (op.getValue() == null) {
                continue;
            }
            int n = ctx.next();
            String that = "n" + n;
            String rel = "r" + n;
            NodeType target = schema.type(relation.targetType());
            String inner = condition(target, that, map(op.getValue()), ctx);
            parts.add(switch (op.getKey()) {
                case "some" -> "EXISTS { " + reach(relation, var, that, rel, n, inner, ctx) + " }";
                case "none" -> "NOT EXISTS { " + reach(relation, var, that, rel, n, inner, ctx) + " }";
                case "all" -> inner.isEmpty() ? "true"
                        : "NOT EXISTS { " + reach(relation, var, that, rel, n, "NOT (" + inner + ")", ctx) + " }";
                case "single" -> "COUNT { " + reach(relation, var, that, rel, n, inner, ctx) + " } = 1";
                default -> throw new InvalidArgumentException("unknown relationship filter '" + op.getKey()
                        + "' on " + relation.name() + "; use some, none, all or single");
            });
        }
        return String.join(" AND ", parts);
    }

    /** {@code where} of a relation connection: {@code node}, {@code edge}, and AND/OR/NOT of those. */
    private String connectionCondition(Edge edge, NodeType target, String that, String rel, Map<String, Object> where, CypherContext ctx) {
        var parts = new ArrayList<String>();
        for (var entry : where.entrySet()) {
            Object value = entry.getValue();
            if (value == null) {
                continue;
            }
            switch (entry.getKey()) {
                case "node" -> parts.add(condition(target, that, map(value), ctx));
                case "edge" -> {
                    if (edge == null) {
                        throw new InvalidArgumentException("this relation has no edge properties to filter on");
                    }
                    for (var field : map(value).entrySet()) {
                        ScalarField property = edge.properties().get(field.getKey());
                        if (property == null) {
                            throw new InvalidArgumentException("cannot filter " + edge.typeName() + " on '" + field.getKey() + "'");
                        }
                        parts.add(scalarCondition(property, rel + "." + quote(property.property()), map(field.getValue()), ctx));
                    }
                }
                case "AND", "OR" -> {
                    var nested = new ArrayList<String>();
                    for (Object item : (Collection<?>) value) {
                        String c = connectionCondition(edge, target, that, rel, map(item), ctx);
                        if (!c.isEmpty()) {
                            nested.add("(" + c + ")");
                        }
                    }
                    if (!nested.isEmpty()) {
                        parts.add("(" + String.join(" " + entry.getKey() + " ", nested) + ")");
                    }
                }
                case "NOT" -> {
                    String c = connectionCondition(edge, target, that, rel, map(value), ctx);
                    if (!c.isEmpty()) {
                        parts.add("NOT (" + c + ")");
                    }
                }
                default -> throw new InvalidArgumentException("a connection filter takes node, edge, AND, OR, NOT; not '" + entry.getKey() + "'");
            }
        }
        parts.removeIf(String::isEmpty);
        return String.join(" AND ", parts);
    }

    private String scalarCondition(ScalarField field, String property, Map<String, Object> ops, CypherContext ctx) {
        var parts = new ArrayList<String>();
        for (var op : ops.entrySet()) {
            String name = op.getKey();
            Object raw = op.getValue();
            if (name.equals("eq") && raw == null) {
                parts.add(property + " IS NULL");
                continue;
            }
            if (raw == null) {
                continue;
            }
            String operator = switch (name) {
                case "eq" -> "=";
                case "in" -> "IN";
                case "contains" -> "CONTAINS";
                case "startsWith" -> "STARTS WITH";
                case "endsWith" -> "ENDS WITH";
                case "lt" -> "<";
                case "lte" -> "<=";
                case "gt" -> ">";
                case "gte" -> ">=";
                default -> throw new InvalidArgumentException("unknown operator '" + name + "' on " + field.name());
            };
            boolean textOnly = name.equals("contains") || name.equals("startsWith") || name.equals("endsWith");
            boolean orderOnly = operator.startsWith("<") || operator.startsWith(">");
            if ((textOnly && !field.kind().textual()) || (orderOnly && !field.kind().ordered())) {
                throw new InvalidArgumentException("operator '" + name + "' does not apply to " + field.name());
            }
            Object value = name.equals("in") ? ((Collection<?>) raw).stream().map(v -> value(field, v)).toList() : value(field, raw);
            parts.add(property + " " + operator + " " + ctx.param(value));
        }
        return String.join(" AND ", parts);
    }

    static Object value(ScalarField field, Object raw) {
        return ScalarValues.convert(field.name(), field, raw);
    }

    // ---- sorting ------------------------------------------------------------------------------

    /** The sort keys of a list, always ending with the id so that the order is total. */
    private List<SortKey> sortKeys(NodeType type, String var, Object sort) {
        var keys = new ArrayList<SortKey>();
        if (sort instanceof Collection<?> items) {
            for (Object item : items) {
                for (var entry : map(item).entrySet()) {
                    keys.add(sortKey(type.name(), scalar(type, entry.getKey()), entry.getKey(), var, entry.getValue()));
                }
            }
        }
        keys.removeIf(java.util.Objects::isNull);
        return withIdLast(keys, var, type.hasId());
    }

    /** Sorts of a relation connection: {@code [{node: {name: ASC}}, {edge: {role: DESC}}]}. */
    private List<SortKey> connectionSortKeys(Edge edge, NodeType target, String that, String rel, Object sort) {
        var keys = new ArrayList<SortKey>();
        if (sort instanceof Collection<?> items) {
            for (Object item : items) {
                for (var part : map(item).entrySet()) {
                    for (var entry : map(part.getValue()).entrySet()) {
                        if (part.getKey().equals("node")) {
                            keys.add(sortKey(target.name(), scalar(target, entry.getKey()), entry.getKey(), that, entry.getValue()));
                        } else if (part.getKey().equals("edge") && edge != null) {
                            keys.add(sortKey(edge.typeName(), edge.properties().get(entry.getKey()), entry.getKey(), rel, entry.getValue()));
                        } else {
                            throw new InvalidArgumentException("sort a connection by node or edge fields, not '" + part.getKey() + "'");
                        }
                    }
                }
            }
        }
        keys.removeIf(java.util.Objects::isNull);
        return withIdLast(keys, that, target.hasId());
    }

    private static SortKey sortKey(String typeName, ScalarField field, String name, String var, Object direction) {
        if (direction == null) {
            return null;
        }
        if (field == null || field.kind() == ScalarKind.STRING_LIST || field.isComputed()) {
            throw new InvalidArgumentException("cannot sort " + typeName + " by '" + name + "'");
        }
        String dir = direction.toString();
        if (!dir.equals("ASC") && !dir.equals("DESC")) {
            throw new InvalidArgumentException("sort direction must be ASC or DESC, got " + dir);
        }
        String expression = var + "." + quote(field.property());
        return SortKey.of(name, expression, dir.equals("DESC"), !expression.equals(idOf(var)));
    }

    /**
     * Ends the keys with the id (or, for types without one, Neo4j's element id, which is used only
     * here and never shown), so that the order is total and offsets and cursors page without gaps
     * or repeats. Every node of a type with an id has one (the field is {@code ID!}).
     */
    private static List<SortKey> withIdLast(List<SortKey> keys, String var, boolean hasId) {
        String id = hasId ? idOf(var) : "elementId(" + var + ")";
        if (keys.stream().noneMatch(k -> k.expression().equals(id))) {
            keys.add(SortKey.of(hasId ? "id" : null, id, false, false));
        }
        return keys;
    }

    private static String idOf(String var) {
        return var + ".`id`";
    }

    private static String and(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + " AND (" + b + ")";
    }

    // ---- schema look-ups ----------------------------------------------------------------------

    private ScalarField scalar(NodeType type, String field) {
        ScalarField own = type.scalars().get(field);
        if (own != null || !type.isAbstract()) {
            return own;
        }
        for (String concrete : type.concreteTypes()) {
            ScalarField f = schema.type(concrete).scalars().get(field);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private Relation relation(NodeType type, String field) {
        Relation own = type.relations().get(field);
        if (own != null || !type.isAbstract()) {
            return own;
        }
        for (String concrete : type.concreteTypes()) {
            Relation r = schema.type(concrete).relations().get(field);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    /**
     * The label expression that finds a type's nodes: its label, or for an abstract type without
     * one, its object types' labels ({@code :`State`|`Person`}).
     */
    String labels(NodeType type) {
        if (type.label() != null) {
            return ":" + quote(type.label());
        }
        var labels = new StringJoiner("|", ":", "");
        for (String concrete : type.concreteTypes()) {
            labels.add(quote(schema.type(concrete).label()));
        }
        return labels.toString();
    }

    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
