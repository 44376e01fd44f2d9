package com.geokg.graph;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;

import org.jboss.logging.Logger;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncSession;

import com.geokg.config.KgConfig;
import com.geokg.graph.query.CypherStatement;
import com.geokg.graph.query.GraphSchema;
import com.geokg.graph.query.QueryCompiler;
import com.geokg.model.CompilerSchema;
import com.geokg.model.Models;

/**
 * Runs compiled read queries: one Cypher statement per root GraphQL field, whatever the depth of
 * its selection, compiled against the model's types. The only reader of the graph that the
 * generated API talks to.
 */
@ApplicationScoped
@Unremovable // looked up by the generated data fetchers, which are not beans
public class GraphReader {

    private static final Logger LOG = Logger.getLogger(GraphReader.class);
    /** Sessions of {@link #runAsync}: read access, like {@link #run}'s READ routing. */
    private static final SessionConfig READ_SESSION = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final GraphSchema schema;
    private final QueryCompiler compiler;
    private final StatementCounter counter;

    GraphReader(Driver driver, KgConfig config, StatementCounter counter) {
        this.driver = driver;
        this.schema = CompilerSchema.of(Models.model());
        this.compiler = new QueryCompiler(schema, config.query().defaultLimit(), config.query().maxLimit());
        this.counter = counter;
    }

    /** The compiler behind {@link #byId}, {@link #list} and {@link #connection}, for callers that compile ahead of running. */
    public QueryCompiler compiler() {
        return compiler;
    }

    StatementCounter counter() {
        return counter;
    }

    public GraphSchema schema() {
        return schema;
    }

    /** Runs a statement this reader's {@link #compiler()} produced: counted, logged at debug, read routing. */
    public List<NodeData> run(CypherStatement statement) {
        count(statement);
        var result = driver.executableQuery(statement.cypher())
                .withParameters(statement.parameters())
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
                .execute();
        return result.records().stream().map(r -> toNode(r.get("node"))).toList();
    }

    /**
     * {@link #run} without blocking the caller: the statement runs in a managed read transaction
     * (retried on transient errors, like {@link #run}) and the stage completes on a driver thread.
     * For callers on an event loop, which must not wait.
     */
    public CompletionStage<List<NodeData>> runAsync(CypherStatement statement) {
        count(statement);
        AsyncSession session = driver.session(AsyncSession.class, READ_SESSION);
        CompletionStage<List<NodeData>> rows = session.executeReadAsync(tx -> tx.runAsync(statement.cypher(), statement.parameters())
                .thenCompose(cursor -> cursor.listAsync(r -> toNode(r.get("node")))));
        // the session is closed whatever happened; its outcome is the statement's
        return rows.handle((read, error) -> session.closeAsync().thenApply(closed -> {
            if (error != null) {
                throw error instanceof CompletionException c ? c : new CompletionException(error);
            }
            return read;
        })).thenCompose(Function.identity());
    }

    /**
     * Whether Neo4j accepts a read-only statement, by {@code EXPLAIN} (nothing runs): null when it
     * does, else Neo4j's reason. For the model's own statements, checked at start-up.
     */
    public String refusal(String cypher, java.util.Map<String, Object> parameters) {
        try {
            var summary = driver.executableQuery("EXPLAIN " + cypher).withParameters(parameters)
                    .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).execute().summary();
            if (summary.queryType() != org.neo4j.driver.summary.QueryType.READ_ONLY) {
                return "the statement writes (" + summary.queryType() + "); @cypher fields may only read";
            }
            return null;
        } catch (org.neo4j.driver.exceptions.ClientException e) {
            return e.getMessage();
        }
    }

    private void count(CypherStatement statement) {
        counter.increment();
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Cypher statement #%d of this request:%n%s%nparameters %s", counter.current(), statement.cypher(),
                    statement.parameters().keySet());
        }
    }

    private static NodeData toNode(Value value) {
        return new NodeData(value.asMap());
    }
}
