package com.geokg.model.introspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

import com.geokg.model.introspect.GraphShape.Endpoints;
import com.geokg.model.introspect.GraphShape.NodeShape;
import com.geokg.model.introspect.GraphShape.PropertyShape;
import com.geokg.model.introspect.GraphShape.RelationshipShape;

/**
 * Reads a database's shape with read-only queries: Neo4j's own schema procedures for the properties,
 * and, per relationship type, a bounded sample of its relationships for the label combinations it
 * connects (the procedures do not say which). Relationship type names reach Cypher only from the
 * database's own list, quoted with backticks; everything else is a parameter.
 */
final class Introspector {

    /** How many relationships of each type are looked at to find the label combinations it connects. */
    static final int SAMPLE = 1000;

    private static final String NODE_TYPE_PROPERTIES = """
            CALL db.schema.nodeTypeProperties()
            YIELD nodeLabels, propertyName, propertyTypes, mandatory
            RETURN nodeLabels, propertyName, propertyTypes, mandatory
            """;

    private static final String REL_TYPE_PROPERTIES = """
            CALL db.schema.relTypeProperties()
            YIELD relType, propertyName, propertyTypes, mandatory
            RETURN relType, propertyName, propertyTypes, mandatory
            """;

    private static final String RELATIONSHIP_TYPES = """
            CALL db.relationshipTypes() YIELD relationshipType
            RETURN relationshipType
            """;

    /** {@code %s}: a relationship type from {@link #RELATIONSHIP_TYPES}, quoted by {@link #quoted}. */
    private static final String ENDPOINTS = """
            MATCH (a)-[:%s]->(b)
            WHERE size(labels(a)) > 0 AND size(labels(b)) > 0
              AND none(label IN labels(a) WHERE label IN $excluded)
              AND none(label IN labels(b) WHERE label IN $excluded)
            WITH labels(a) AS fromLabels, labels(b) AS toLabels
            LIMIT $sample
            RETURN DISTINCT fromLabels, toLabels
            """;

    private final Driver driver;
    private final QueryConfig config;

    /** @param database the database to read, or null for the server's default one */
    Introspector(Driver driver, String database) {
        this.driver = driver;
        var builder = QueryConfig.builder().withRouting(RoutingControl.READ);
        if (database != null && !database.isBlank()) {
            builder.withDatabase(database);
        }
        this.config = builder.build();
    }

    /** Reads the shape, leaving out nodes that carry any of {@code excluded} and relationships that touch them. */
    GraphShape read(Set<String> excluded) {
        EagerResult nodeRows = run(NODE_TYPE_PROPERTIES, Map.of());
        String database = nodeRows.summary().database().name();

        var nodeProperties = new TreeMap<List<String>, List<PropertyShape>>(GraphShape.LABELS);
        var excludedFound = new TreeSet<String>();
        boolean unlabelled = false;
        for (Record row : nodeRows.records()) {
            List<String> labels = sorted(row.get("nodeLabels").asList(Value::asString));
            if (labels.isEmpty()) {
                unlabelled = true;
                continue;
            }
            List<String> hit = labels.stream().filter(excluded::contains).toList();
            if (!hit.isEmpty()) {
                excludedFound.addAll(hit);
                continue;
            }
            var properties = nodeProperties.computeIfAbsent(labels, l -> new ArrayList<>());
            property(row).ifPresent(properties::add);
        }
        List<NodeShape> nodes = nodeProperties.entrySet().stream()
                .map(e -> new NodeShape(e.getKey(), byName(e.getValue())))
                .toList();
        return new GraphShape(database, nodes, relationships(excluded), excludedFound, unlabelled);
    }

    private List<RelationshipShape> relationships(Set<String> excluded) {
        // db.schema.relTypeProperties() names each type quoted (":`ACTED_IN`"); the raw names come from
        // db.relationshipTypes(), and each is matched to its rows by quoting it the same way.
        var escapedToName = new HashMap<String, String>();
        for (Record row : run(RELATIONSHIP_TYPES, Map.of()).records()) {
            String name = row.get("relationshipType").asString();
            escapedToName.put(":" + quoted(name), name);
            escapedToName.putIfAbsent(":`" + name + "`", name);
        }
        var properties = new TreeMap<String, List<PropertyShape>>();
        for (Record row : run(REL_TYPE_PROPERTIES, Map.of()).records()) {
            String name = escapedToName.get(row.get("relType").asString());
            if (name == null) {
                continue; // a type created after db.relationshipTypes() answered: left for the next run
            }
            var list = properties.computeIfAbsent(name, n -> new ArrayList<>());
            property(row).ifPresent(list::add);
        }
        var relationships = new ArrayList<RelationshipShape>();
        var parameters = Map.<String, Object>of("excluded", List.copyOf(excluded), "sample", SAMPLE);
        for (var entry : properties.entrySet()) {
            var endpoints = new TreeSet<Endpoints>(Comparator.comparing(Endpoints::from, GraphShape.LABELS)
                    .thenComparing(Endpoints::to, GraphShape.LABELS));
            for (Record row : run(ENDPOINTS.formatted(quoted(entry.getKey())), parameters).records()) {
                endpoints.add(new Endpoints(sorted(row.get("fromLabels").asList(Value::asString)),
                        sorted(row.get("toLabels").asList(Value::asString))));
            }
            relationships.add(new RelationshipShape(entry.getKey(), byName(entry.getValue()), List.copyOf(endpoints)));
        }
        return relationships;
    }

    private EagerResult run(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).withConfig(config).execute();
    }

    private static Optional<PropertyShape> property(Record row) {
        Value name = row.get("propertyName");
        if (name.isNull()) {
            return Optional.empty(); // the combination or type has no properties at all
        }
        Value types = row.get("propertyTypes");
        List<String> typeNames = types.isNull() ? List.of() : sorted(types.asList(Value::asString));
        return Optional.of(new PropertyShape(name.asString(), typeNames, row.get("mandatory").asBoolean(false)));
    }

    /** A name as a Cypher identifier: in backticks, a backtick inside doubled. */
    static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static List<PropertyShape> byName(List<PropertyShape> properties) {
        var merged = new LinkedHashMap<String, PropertyShape>();
        properties.stream().sorted(Comparator.comparing(PropertyShape::name))
                .forEach(p -> merged.putIfAbsent(p.name(), p));
        return List.copyOf(merged.values());
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().distinct().sorted().toList();
    }
}
