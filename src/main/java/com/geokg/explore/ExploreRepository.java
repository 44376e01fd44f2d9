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

    private static final String NEIGHBOURS = """
            CALL {
              MATCH (s:Actor {id: $id}) RETURN s
              UNION MATCH (s:Agreement {id: $id}) RETURN s
              UNION MATCH (s:Event {id: $id}) RETURN s
              UNION MATCH (s:Place {id: $id}) RETURN s
              UNION MATCH (s:Source {id: $id}) RETURN s
              UNION MATCH (s:Claim {id: $id}) RETURN s
            }
            WITH s AS start
            MATCH (start)-[r:%s]-(other)
            WHERE other.id IS NOT NULL AND NOT other:LoadRecord
              AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = start))
            RETURN type(r) AS relationship, CASE WHEN startNode(r) = start THEN 'OUT' ELSE 'IN' END AS direction,
                   properties(r) AS properties, other.id AS id, labels(other) AS labels,
                   coalesce(other.name, other.title, other.text) AS name
            ORDER BY relationship, id
            LIMIT $limit
            """;

    private final Driver driver;
    private volatile Set<String> types = Set.of();
    private volatile long typesReadAt;

    ExploreRepository(Driver driver) {
        this.driver = driver;
    }

    List<Map<String, Object>> neighbours(String id, List<String> relationshipTypes, Direction direction, int limit) {
        String pattern = relationshipTypes == null || relationshipTypes.isEmpty()
                ? "" : String.join("|", relationshipTypes.stream().map(this::checked).toList());
        String cypher = NEIGHBOURS.formatted(pattern.isEmpty() ? "" : pattern).replace("[r:]", "[r]");
        return driver.executableQuery(cypher)
                .withParameters(Map.of("id", id, "direction", direction.name(), "limit", limit))
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
                .execute().records().stream().map(r -> r.asMap()).toList();
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
