package com.geokg.explore;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.exceptions.ClientException;

import com.geokg.config.KgConfig;
import com.geokg.graph.GraphReader;
import com.geokg.graph.InvalidArgumentException;
import com.geokg.graph.NotFoundException;
import com.geokg.graph.query.CypherStatement;
import com.geokg.graph.query.Provenance;
import com.geokg.model.Models;

/**
 * The analysts' queries, one Cypher statement each: full-text search, the neighbourhood of a
 * node, the shortest paths between two, over relationships of any type, including types data
 * teams load with their own scripts, so that analysts need no code change to explore them.
 * Relationship types are checked against the types the database holds (the allow-list) before
 * they are written into a statement, since they cannot be parameters; labels and property names
 * come from the model ({@link ExploreModel}); every client value is a parameter.
 */
@ApplicationScoped
public class ExploreRepository {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Duration TYPES_TTL = Duration.ofSeconds(30);

    private static final String RELATIONSHIP_TYPES = "CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types";

    /** {@code %1$s}: one {@code MATCH} per label of the model's types with an id; {@code %2$s}: the relationship types. */
    private static final String NEIGHBOURS = """
            CALL {
              %1$s
            }
            WITH s AS start
            MATCH (start)-[r:%2$s]-(other)
            WHERE other.id IS NOT NULL AND NOT other:LoadRecord
              AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = start))
            RETURN type(r) AS relationship, CASE WHEN startNode(r) = start THEN 'OUT' ELSE 'IN' END AS direction,
                   properties(r) AS properties, other.id AS id, labels(other) AS labels,
                   coalesce(other.name, other.title, other.text) AS name
            ORDER BY relationship, id
            LIMIT $limit
            """;

    private final Driver driver;
    private final GraphReader reader;
    private final ExploreModel model;
    private final KgConfig.Explore limits;
    private final SearchIndex index;
    private volatile Set<String> types = Set.of();
    private volatile long typesReadAt;

    ExploreRepository(Driver driver, GraphReader reader, KgConfig config, SearchIndex index) {
        this.driver = driver;
        this.reader = reader;
        this.index = index;
        this.limits = config.explore();
        this.model = new ExploreModel(Models.model());
    }

    KgConfig.Explore limits() {
        return limits;
    }

    // ---- neighbours (one hop, the first exploration field) ------------------------------------

    List<Map<String, Object>> neighbours(String id, List<String> relationshipTypes, Direction direction, int limit) {
        String pattern = relationshipTypes == null || relationshipTypes.isEmpty()
                ? "" : String.join("|", relationshipTypes.stream().map(this::checked).toList());
        if (model.idLabels().isEmpty()) {
            return List.of(); // no type of the model has ids to start from
        }
        String cypher = NEIGHBOURS.formatted(model.lookup("id", "s"), pattern).replace("[r:]", "[r]");
        return reader.rows(new CypherStatement(cypher, Map.of("id", id, "direction", direction.name(), "limit", limit)));
    }

    // ---- search -------------------------------------------------------------------------------

    /** {@code %1$s}: the node projection; {@code $query} is the Lucene query, built from the client's text. */
    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
            WHERE node.id IS NOT NULL AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
            RETURN %1$s AS node, score
            LIMIT $limit
            """;

    List<SearchHit> search(String text, List<String> labels, int limit) {
        if (text == null || text.isBlank()) {
            throw new InvalidArgumentException("text must not be blank: give a word, a name or a Lucene query");
        }
        if (labels != null) {
            for (String label : labels) {
                if (!model.labels().contains(label)) {
                    throw new InvalidArgumentException("labels: the model has no label '" + label + "'; it has "
                            + String.join(", ", model.labels()));
                }
            }
        }
        if (!index.available()) {
            throw new InvalidArgumentException("search is not available: the full-text index could not be created (see the service's log)");
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("index", SearchIndex.NAME);
        parameters.put("query", LuceneText.query(text));
        parameters.put("labels", labels == null || labels.isEmpty() ? null : labels);
        parameters.put("limit", limit);
        parameters.put("asOf", null);
        List<Map<String, Object>> rows;
        try {
            rows = reader.rows(new CypherStatement(SEARCH.formatted(nodeProjection("node")), parameters));
        } catch (ClientException e) {
            throw LuceneText.refusal(e);
        }
        return rows.stream().map(r -> new SearchHit(((Number) r.get("score")).doubleValue(), node(map(r.get("node"))))).toList();
    }

    // ---- neighbourhood ------------------------------------------------------------------------

    Subgraph neighbourhood(String id, int depth, List<String> relationshipTypes, Direction direction, LocalDate from, LocalDate to,
                           int limit, LocalDate asOf) {
        String pattern = typePattern(relationshipTypes);
        String left = direction == Direction.IN ? "<-" : "-";
        String right = direction == Direction.OUT ? "->" : "-";
        var cypher = new StringBuilder("CALL {\n  ").append(model.lookup("id", "s")).append("\n}\nWITH s LIMIT 1\n")
                .append("WITH s, [s] AS nodes, [] AS rels, [s] AS frontier, false AS capped\n");
        for (int level = 1; level <= depth; level++) {
            cypher.append("CALL (nodes, frontier) {\n")
                    .append("  UNWIND frontier AS f\n")
                    .append("  MATCH (f)").append(left).append("[r").append(pattern).append("]").append(right).append("(m)\n")
                    .append("  WHERE m.id IS NOT NULL AND NOT m:LoadRecord AND ").append(kept("m", false)).append(" AND ")
                    .append(kept("r", true)).append('\n')
                    .append("  WITH r, m LIMIT $scan\n")
                    .append("  RETURN collect(r) AS found, collect(DISTINCT m) AS reached, count(*) >= $scan AS scanCapped\n")
                    .append("}\n")
                    .append("WITH s, nodes, rels + found AS rels, capped OR scanCapped AS capped, [m IN reached WHERE NOT m IN nodes] AS fresh\n")
                    .append("WITH s, nodes + fresh[0..($limit + 1 - size(nodes))] AS nodes, rels,\n")
                    .append("     capped OR size(fresh) > $limit + 1 - size(nodes) AS capped, fresh[0..($limit + 1 - size(nodes))] AS frontier\n");
        }
        cypher.append("WITH nodes, [r IN rels WHERE startNode(r) IN nodes AND endNode(r) IN nodes] AS rels, capped\n")
                .append("RETURN [n IN nodes | ").append(nodeProjection("n")).append("] AS nodes,\n")
                .append("       [r IN rels | ").append(relationshipProjection("r")).append("] AS relationships, capped");
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("asOf", asOf);
        parameters.put("limit", limit);
        parameters.put("scan", Math.max(200, limit * 4));
        var rows = reader.rows(new CypherStatement(cypher.toString(), parameters));
        if (rows.isEmpty()) {
            throw new NotFoundException("no node with id '" + id + "'");
        }
        var row = rows.get(0);
        List<GraphNode> nodes = list(row.get("nodes")).stream().map(n -> node(map(n))).toList();
        return new Subgraph(nodes.get(0), nodes, relationships(list(row.get("relationships"))), (Boolean) row.get("capped"));
    }

    /**
     * Whether the node or relationship in {@code var} is kept: inside the {@code $from}/{@code $to}
     * window when it has a date, known by {@code $asOf} (its date not later; a claim asserted by then).
     */
    private String kept(String var, boolean relationship) {
        String span = model.spanExpression(var, relationship);
        String claimed = relationship ? "" : " AND (NOT " + var + ":" + Provenance.CLAIM + " OR $asOf IS NULL OR " + Provenance.assertedBy(var) + ")";
        return "all(span IN [" + span + "] WHERE (span[0] IS NULL OR (($to IS NULL OR span[0] <= $to) AND ($from IS NULL OR span[1] >= $from)))"
                + " AND ($asOf IS NULL OR span[0] IS NULL OR span[0] <= $asOf))" + claimed;
    }

    // ---- paths --------------------------------------------------------------------------------

    List<GraphPath> paths(String from, String to, int maxHops, List<String> relationshipTypes, int limit, LocalDate asOf) {
        if (from.equals(to)) {
            throw new InvalidArgumentException("from and to are the same node ('" + from + "'); a path needs two");
        }
        String cypher = "WITH head(COLLECT { " + model.lookup("fromId", "s") + " }) AS a, head(COLLECT { " + model.lookup("toId", "s") + " }) AS b\n"
                + "OPTIONAL MATCH p = allShortestPaths((a)-[" + typePattern(relationshipTypes) + "*.." + maxHops + "]-(b))\n"
                + "WHERE none(n IN nodes(p) WHERE n:LoadRecord)"
                + (asOf == null ? "" : " AND all(n IN nodes(p) WHERE " + kept("n", false) + ") AND all(r IN relationships(p) WHERE " + kept("r", true) + ")")
                + "\n"
                + "WITH a, b, p LIMIT $limit\n"
                + "RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,\n"
                + "       [n IN nodes(p) | " + nodeProjection("n") + "] AS nodes,\n"
                + "       [r IN relationships(p) | " + relationshipProjection("r") + "] AS relationships";
        var parameters = new HashMap<String, Object>();
        parameters.put("fromId", from);
        parameters.put("toId", to);
        parameters.put("from", null);
        parameters.put("to", null);
        parameters.put("limit", limit);
        parameters.put("asOf", asOf);
        var rows = reader.rows(new CypherStatement(cypher, parameters));
        if (rows.isEmpty() || !(Boolean) rows.get(0).get("fromFound")) {
            throw new NotFoundException("from: no node with id '" + from + "'");
        }
        if (!(Boolean) rows.get(0).get("toFound")) {
            throw new NotFoundException("to: no node with id '" + to + "'");
        }
        var paths = new ArrayList<GraphPath>();
        for (var row : rows) {
            if (row.get("nodes") == null) {
                continue; // no path: the OPTIONAL MATCH's one row
            }
            List<GraphNode> nodes = list(row.get("nodes")).stream().map(n -> node(map(n))).toList();
            List<GraphRelationship> relationships = relationships(list(row.get("relationships")));
            paths.add(new GraphPath(relationships.size(), sentence(nodes, relationships), nodes, relationships));
        }
        return paths;
    }

    private static String sentence(List<GraphNode> nodes, List<GraphRelationship> relationships) {
        var names = new HashMap<String, String>();
        nodes.forEach(n -> names.put(n.id(), n.name()));
        var steps = new ArrayList<String>();
        for (GraphRelationship r : relationships) {
            steps.add(names.get(r.start()) + " " + r.type() + " " + names.get(r.end()));
        }
        return String.join("; ", steps);
    }

    // ---- projections --------------------------------------------------------------------------

    /** A node as a map: id, labels, properties, and for claims the status as it stood {@code $asOf}. */
    private static String nodeProjection(String var) {
        return "{id: " + var + ".id, labels: labels(" + var + "), properties: properties(" + var + "), status: "
                + Provenance.statusAsOf(var) + "}";
    }

    private static String relationshipProjection(String var) {
        return "{key: elementId(" + var + "), type: type(" + var + "), start: startNode(" + var + ").id, end: endNode(" + var
                + ").id, properties: properties(" + var + ")}";
    }

    private GraphNode node(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) row.get("labels");
        Map<String, Object> properties = map(row.get("properties"));
        String id = String.valueOf(row.get("id"));
        ExploreModel.NodeKind kind = model.kindOf(labels);
        String name = kind == null || kind.caption() == null ? null : text(properties.get(kind.caption()));
        String date = null;
        String precision = null;
        if (kind != null && kind.when() != null) {
            date = properties.get(kind.when().property()) == null ? null : text(properties.get(kind.when().property()));
            precision = kind.when().precision() == null ? null : (String) properties.get(kind.when().precision());
        }
        return new GraphNode(id, labels, kind == null ? null : kind.type(), name == null ? id : name, date, precision,
                (String) row.get("status"), properties(properties));
    }

    /**
     * Relationships in answer order, each once (one found from both ends is one). Their ids are
     * {@code start>TYPE>end}, with the value of the type's {@code @relationshipKey} property where
     * it has one ({@code ...>SENDER}), so that they are the same in every answer; only
     * relationships the model cannot tell apart get {@code #2}, {@code #3} within one answer.
     */
    private List<GraphRelationship> relationships(List<Object> rows) {
        var seen = new HashSet<Object>();
        var counts = new HashMap<String, Integer>();
        var out = new ArrayList<GraphRelationship>();
        for (Object o : rows) {
            Map<String, Object> r = map(o);
            if (!seen.add(r.get("key"))) {
                continue;
            }
            String key = model.relationshipKey((String) r.get("type"));
            Object keyValue = key == null ? null : map(r.get("properties")).get(key);
            String base = r.get("start") + ">" + r.get("type") + ">" + r.get("end") + (keyValue == null ? "" : ">" + keyValue);
            int n = counts.merge(base, 1, Integer::sum);
            out.add(new GraphRelationship(n == 1 ? base : base + "#" + n, (String) r.get("type"), String.valueOf(r.get("start")),
                    String.valueOf(r.get("end")), properties(map(r.get("properties")))));
        }
        return out;
    }

    private static List<Property> properties(Map<String, Object> properties) {
        return properties.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Property(e.getKey(), text(e.getValue()))).toList();
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.size() == 1 && list.get(0) instanceof String s ? s : String.valueOf(list);
        }
        return value instanceof TemporalAccessor ? value.toString() : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    // ---- relationship types -------------------------------------------------------------------

    /** {@code :A|B} for the given types (each checked), or nothing for all types. */
    private String typePattern(List<String> relationshipTypes) {
        return relationshipTypes == null || relationshipTypes.isEmpty()
                ? "" : ":" + String.join("|", relationshipTypes.stream().map(this::checked).toList());
    }

    private String checked(String type) {
        if (!NAME.matcher(type).matches()) {
            throw new InvalidArgumentException("types: '" + type + "' is not a relationship type name");
        }
        if (!knownTypes(false).contains(type) && !knownTypes(true).contains(type)) {
            throw new InvalidArgumentException("types: the graph has no relationship type '" + type + "'; it has "
                    + String.join(", ", knownTypes(false).stream().sorted().toList()));
        }
        return "`" + type + "`";
    }

    private Set<String> knownTypes(boolean refresh) {
        long now = System.nanoTime();
        if (refresh || now - typesReadAt > TYPES_TTL.toNanos()) {
            @SuppressWarnings("unchecked")
            var read = (List<String>) (List<?>) driver.executableQuery(RELATIONSHIP_TYPES)
                    .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
                    .execute().records().get(0).get("types").asList();
            types = Set.copyOf(read);
            typesReadAt = now;
        }
        return types;
    }
}
