package com.geokg.explore;

import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

import com.geokg.load.StartupScripts;
import com.geokg.model.Models;

/**
 * The one full-text index behind {@code search}, {@value #NAME}, kept as the model says: over the
 * first label of every type with {@code @searchable} fields and those fields' properties. One
 * index rather than one per type, so that the scores of a state, an event and a claim compare and
 * a search ranks them together. At start-up it is created when missing and dropped and created
 * again when the model's fields changed (Neo4j then fills it in the background; start-up waits a
 * few seconds for it, not for a large graph).
 */
@ApplicationScoped
class SearchIndex {

    static final String NAME = "kg_search";
    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    private final Driver driver;
    private volatile boolean available;

    SearchIndex(Driver driver) {
        this.driver = driver;
    }

    void onStart(@Observes @Priority(StartupScripts.STARTUP_PRIORITY + 5) StartupEvent event) {
        var model = new ExploreModel(Models.model());
        if (model.searchLabels().isEmpty()) {
            LOG.info("No @searchable fields in the model: search answers nothing");
            return;
        }
        try {
            ensure(model.searchLabels(), model.searchProperties());
            available = true;
        } catch (Neo4jException e) {
            // e.g. a user without the right to create indexes on an external Neo4j: search says so when asked
            LOG.warnf("The full-text index %s could not be created (%s); search is unavailable until it exists", NAME, e.getMessage());
        }
    }

    boolean available() {
        return available;
    }

    private void ensure(List<String> labels, List<String> properties) {
        var existing = driver.executableQuery("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name "
                + "RETURN labelsOrTypes, properties").withParameters(Map.of("name", NAME)).execute().records();
        if (!existing.isEmpty()) {
            var have = existing.get(0);
            if (sorted(have.get("labelsOrTypes").asList(org.neo4j.driver.Value::asString)).equals(labels)
                    && sorted(have.get("properties").asList(org.neo4j.driver.Value::asString)).equals(properties)) {
                await();
                return;
            }
            LOG.infof("The model's searchable fields changed: the full-text index %s is built again", NAME);
            driver.executableQuery("DROP INDEX " + NAME).execute();
        }
        // labels and properties come from the model, quoted
        String cypher = "CREATE FULLTEXT INDEX " + NAME + " IF NOT EXISTS FOR (n:"
                + String.join("|", labels.stream().map(ExploreModel::quote).toList()) + ") ON EACH ["
                + String.join(", ", properties.stream().map(p -> "n." + ExploreModel.quote(p)).toList()) + "]";
        driver.executableQuery(cypher).execute();
        LOG.infof("Full-text index %s over %s (%s)", NAME, labels, properties);
        await();
    }

    private void await() {
        try {
            driver.executableQuery("CALL db.awaitIndex($name, 5)").withParameters(Map.of("name", NAME)).execute();
        } catch (Neo4jException e) {
            LOG.infof("The full-text index %s is still being filled; search covers what it holds", NAME);
        }
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
