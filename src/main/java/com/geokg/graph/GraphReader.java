package com.geokg.graph;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

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
import com.geokg.graph.query.NodeType;
import com.geokg.graph.query.QueryCompiler;
import com.geokg.graph.query.Selection;

/**
 * Runs compiled read queries: one Cypher statement per root GraphQL field, whatever the depth of
 * its selection. The only reader of the graph that GraphQL APIs talk to.
 */
@ApplicationScoped
public class GraphReader {

    private static final Logger LOG = Logger.getLogger(GraphReader.class);
    /** Sessions of {@link #runAsync}: read access, like {@link #run}'s READ routing. */
    private static final SessionConfig READ_SESSION = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final GraphSchema schema;
    private final QueryCompiler compiler;
    private final StatementCounter counter;

    GraphReader(Driver driver, Instance<GraphTypes> types, KgConfig config, StatementCounter counter) {
        this.driver = driver;
        this.schema = new GraphSchema(types.stream().flatMap(t -> t.types().stream()).toList());
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

    public Optional<NodeData> byId(String typeName, String id, List<Selection> selection) {
        NodeType type = schema.type(typeName);
        return run(compiler.byId(type, id, selection)).stream().findFirst();
    }

    public List<NodeData> list(String typeName, java.util.Map<String, Object> arguments, List<Selection> selection) {
        return run(compiler.list(schema.type(typeName), arguments, selection));
    }

    public Connection connection(String typeName, java.util.Map<String, Object> arguments, List<Selection> selection) {
        return new Connection(run(compiler.connection(schema.type(typeName), arguments, selection)).get(0));
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
