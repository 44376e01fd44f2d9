package com.geokg.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import com.geokg.graph.EmbeddedNeo4j;
import com.geokg.graph.GraphReader;
import com.geokg.graph.StartupFailure;
import com.geokg.load.StartupScripts;
import com.geokg.model.Model.CypherDef;
import com.geokg.model.Model.FieldDef;
import com.geokg.model.Model.NodeDef;

import io.quarkus.runtime.StartupEvent;

/**
 * Stops start-up on a model that cannot work, one line per problem with file, line and column:
 * first what reading the files found (before the database starts), then every {@code @cypher}
 * statement that Neo4j refuses to {@code EXPLAIN} (once it is up, before the seed scripts run).
 * Nothing of the API is served then.
 */
@ApplicationScoped
public class ModelCheck {

    private static final Logger LOG = Logger.getLogger(ModelCheck.class);
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: \\d+\\)\\)");

    private final Instance<GraphReader> reader;

    ModelCheck(Instance<GraphReader> reader) {
        this.reader = reader;
    }

    void files(@Observes @Priority(EmbeddedNeo4j.STARTUP_PRIORITY - 5) StartupEvent event) {
        var loaded = Models.loaded();
        if (loaded.problem() != null) {
            throw new StartupFailure(loaded.problem().getMessage()).toStartupError();
        }
        var model = loaded.model();
        var own = model.nodes().values().stream()
                .flatMap(n -> n.fields().values().stream().filter(f -> f.declaredOn().equals(n.name()))).toList();
        LOG.infof("Model %s: %d types, %d relationship fields, %d @cypher fields",
                loaded.list() == null ? ModelReader.BUILTIN : loaded.list(), model.nodes().size(),
                own.stream().filter(f -> f instanceof Model.RelationshipDef).count(),
                model.queries().size() + own.stream().filter(f -> f instanceof CypherDef).count());
    }

    void statements(@Observes @Priority((EmbeddedNeo4j.STARTUP_PRIORITY + StartupScripts.STARTUP_PRIORITY) / 2) StartupEvent event) {
        var problems = check(Models.model(), reader.get());
        if (!problems.isEmpty()) {
            throw new StartupFailure(new ModelException(problems).getMessage()).toStartupError();
        }
    }

    /** Every {@code @cypher} statement of the model that Neo4j refuses, where it is in the model. */
    static List<ModelProblem> check(Model model, GraphReader reader) {
        var problems = new ArrayList<ModelProblem>();
        var seen = new java.util.HashSet<CypherDef>();
        for (NodeDef node : model.nodes().values()) {
            for (FieldDef field : node.fields().values()) {
                if (field instanceof CypherDef cypher && seen.add(cypher)) {
                    String prefix = "MATCH (this)\nCALL {\nWITH this\n";
                    explain(reader, cypher, prefix, "\n}\nRETURN " + cypher.columnName() + " AS value", Map.of(), problems);
                }
            }
        }
        for (CypherDef query : model.queries()) {
            var parameters = new HashMap<String, Object>();
            query.arguments().forEach(a -> parameters.put(a.name(), null));
            explain(reader, query, "CALL {\n", "\n}\nRETURN " + query.columnName() + " AS value", parameters, problems);
        }
        return problems;
    }

    private static void explain(GraphReader reader, CypherDef field, String prefix, String suffix, Map<String, Object> parameters,
                                List<ModelProblem> problems) {
        String refusal = reader.refusal(prefix + field.statement() + suffix, parameters);
        if (refusal == null) {
            return;
        }
        int prefixLines = (int) prefix.chars().filter(c -> c == '\n').count();
        Matcher at = POSITION.matcher(refusal);
        String where = "";
        if (at.find()) {
            int line = Integer.parseInt(at.group(1)) - prefixLines;
            where = line >= 1 && line <= field.statement().split("\n", -1).length
                    ? " (line " + line + ", column " + at.group(2) + " of the statement)" : "";
            refusal = refusal.substring(0, at.start()).strip();
        }
        String first = refusal.lines().findFirst().orElse(refusal).strip();
        problems.add(ModelProblem.at(field.location(), field.declaredOn() + "." + field.name()
                + ": Neo4j refuses the @cypher statement" + where + ": " + first));
    }
}
