package com.geokg.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import org.neo4j.kernel.internal.Version;

import com.geokg.config.KgConfig;
import com.geokg.graph.EmbeddedNeo4j;
import com.geokg.graph.GraphReader;
import com.geokg.graph.StartupFailure;
import com.geokg.load.ScriptSource;
import com.geokg.load.StartupScripts;
import com.geokg.model.Model.CypherDef;
import com.geokg.model.Model.FieldDef;
import com.geokg.model.Model.NodeDef;

import io.quarkus.runtime.StartupEvent;

/**
 * Stops start-up on a model that cannot work, one line per problem with file, line and column:
 * first what reading the files found (before the database starts), then every {@code @cypher}
 * statement that Neo4j refuses to {@code EXPLAIN} (once it is up, before the seed scripts run).
 * Nothing of the API is served then. On the embedded store, a set of statements its Neo4j accepted
 * is remembered beside the store ({@value #MEMO}) and not planned again at the next start: the
 * check's cold planning was about 3 s of each restart.
 */
@ApplicationScoped
public class ModelCheck {

    private static final Logger LOG = Logger.getLogger(ModelCheck.class);
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: \\d+\\)\\)");

    /** Fingerprints of the statement sets this store's Neo4j accepted, one per line, beside the store. */
    static final String MEMO = "kg-model-checks.txt";

    private final Instance<GraphReader> reader;
    private final KgConfig config;

    ModelCheck(Instance<GraphReader> reader, KgConfig config) {
        this.reader = reader;
        this.config = config;
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
        var checks = checks(Models.model());
        Path memo = config.neo4jUri().isPresent() ? null : config.embedded().dataDir().resolve(MEMO);
        String fingerprint = fingerprint(checks);
        if (memo != null && accepted(memo).contains(fingerprint)) {
            LOG.debugf("The model's @cypher statements were accepted by this store's Neo4j before (%s)", fingerprint);
            return;
        }
        var problems = check(checks, reader.get());
        if (!problems.isEmpty()) {
            throw new StartupFailure(new ModelException(problems).getMessage()).toStartupError();
        }
        if (memo != null) {
            remember(memo, fingerprint);
        }
    }

    /** One statement to {@code EXPLAIN}: a {@code @cypher} field or query wrapped as the compiler runs it. */
    record Check(CypherDef field, String prefix, String suffix, Map<String, Object> parameters) {

        String cypher() {
            return prefix + field.statement() + suffix;
        }
    }

    static List<Check> checks(Model model) {
        var checks = new ArrayList<Check>();
        var seen = new java.util.HashSet<CypherDef>();
        for (NodeDef node : model.nodes().values()) {
            for (FieldDef field : node.fields().values()) {
                if (field instanceof CypherDef cypher && seen.add(cypher)) {
                    checks.add(new Check(cypher, "MATCH (this)\nCALL {\nWITH this\n", "\n}\nRETURN " + cypher.columnName() + " AS value", Map.of()));
                }
            }
        }
        for (CypherDef query : model.queries()) {
            var parameters = new HashMap<String, Object>();
            query.arguments().forEach(a -> parameters.put(a.name(), null));
            checks.add(new Check(query, "CALL {\n", "\n}\nRETURN " + query.columnName() + " AS value", parameters));
        }
        return checks;
    }

    /** Every statement of {@code checks} that Neo4j refuses, where it is in the model. */
    private static List<ModelProblem> check(List<Check> checks, GraphReader reader) {
        var problems = new ArrayList<ModelProblem>();
        for (Check check : checks) {
            explain(reader, check, problems);
        }
        return problems;
    }

    /**
     * What an accepted check depends on: the statements and their parameters' names, and the
     * version of the embedded Neo4j that planned them (the store's own: it is in this jar).
     */
    static String fingerprint(List<Check> checks) {
        var text = new StringBuilder(Version.getNeo4jVersion());
        for (Check check : checks) {
            text.append(check.cypher()).append('\u0000').append(new java.util.TreeSet<>(check.parameters().keySet())).append('\u0000');
        }
        return ScriptSource.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> accepted(Path memo) {
        try {
            return Files.exists(memo) ? Files.readAllLines(memo, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of(); // unreadable: check again
        }
    }

    private static void remember(Path memo, String fingerprint) {
        try {
            Files.writeString(memo, fingerprint + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.debugf("The model check was not remembered (%s): it runs again at the next start", e.getMessage());
        }
    }

    private static void explain(GraphReader reader, Check check, List<ModelProblem> problems) {
        String refusal = reader.refusal(check.cypher(), check.parameters());
        if (refusal == null) {
            return;
        }
        CypherDef field = check.field();
        int prefixLines = (int) check.prefix().chars().filter(c -> c == '\n').count();
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
