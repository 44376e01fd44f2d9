package com.geokg.explore;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

import com.geokg.graph.InvalidArgumentException;
import com.geokg.model.CompilerSchema;
import com.geokg.model.Model;
import com.geokg.model.Models;

/**
 * Follows relationships of any type, including types data teams load with their own scripts, so
 * analysts need no code change to explore them. The type is checked against the types the
 * database actually holds (the allow-list) before it is written into the query, since relationship
 * types cannot be parameters.
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
    /** Finds the start node under every label of the model whose nodes have an id. */
    private final String startNodes;
    private volatile Set<String> types = Set.of();
    private volatile long typesReadAt;

    private final com.geokg.graph.GraphReader reader;

    ExploreRepository(Driver driver, com.geokg.graph.GraphReader reader) {
        this.driver = driver;
        this.reader = reader;
        Model model = Models.model();
        var withIds = model.nodes().values().stream().filter(n -> n.kind() == Model.Kind.OBJECT && n.hasId())
                .map(Model.NodeDef::name).toList();
        this.startNodes = CompilerSchema.lookupLabels(model, withIds).stream()
                .map(label -> "MATCH (s:`" + label.replace("`", "``") + "` {id: $id}) RETURN s")
                .collect(java.util.stream.Collectors.joining("\n  UNION "));
    }

    List<Map<String, Object>> neighbours(String id, List<String> relationshipTypes, Direction direction, int limit) {
        String pattern = relationshipTypes == null || relationshipTypes.isEmpty()
                ? "" : String.join("|", relationshipTypes.stream().map(this::checked).toList());
        if (startNodes.isEmpty()) {
            return List.of(); // no type of the model has ids to start from
        }
        String cypher = NEIGHBOURS.formatted(startNodes, pattern).replace("[r:]", "[r]");
        return reader.rows(new com.geokg.graph.query.CypherStatement(cypher, Map.of("id", id, "direction", direction.name(), "limit", limit)));
    }

    private String checked(String type) {
        if (!NAME.matcher(type).matches()) {
            throw new InvalidArgumentException("'" + type + "' is not a relationship type name");
        }
        if (!knownTypes(false).contains(type) && !knownTypes(true).contains(type)) {
            throw new InvalidArgumentException("the graph has no relationship type '" + type + "'");
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
