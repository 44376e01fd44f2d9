package com.geokg.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;

import org.jboss.logging.Logger;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
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

    private final Driver driver;
    private final GraphSchema schema;
    private final QueryCompiler compiler;
    private final StatementCounter counter;
    /** The transaction metadata key that names the request a read runs for. */
    static final String REQUEST_METADATA = "kgRequest";

    private final TransactionConfig transaction;
    private final java.time.Duration timeout;

    private final Bookmarks bookmarks;
    private final CypherTracing tracing;

    GraphReader(Driver driver, KgConfig config, StatementCounter counter, Bookmarks bookmarks, CypherTracing tracing) {
        this.driver = driver;
        this.tracing = tracing;
        this.bookmarks = bookmarks;
        this.timeout = config.limits().transactionTimeout();
        this.transaction = TransactionConfig.builder().withTimeout(timeout).build();
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

    CypherTracing tracing() {
        return tracing;
    }

    public GraphSchema schema() {
        return schema;
    }

    /** Runs a statement this reader's {@link #compiler()} produced: counted, logged at debug, read routing, the transaction timeout. */
    public List<NodeData> run(CypherStatement statement) {
        count(statement);
        return tracing.blocking(CypherTracing.Access.READ, statement, () -> {
            try (var session = driver.session(bookmarks.read())) {
                return session.executeRead(tx -> tx.run(statement.cypher(), statement.parameters()).list(r -> toNode(r.get("node"))), transaction);
            }
        }, List::size);
    }

    /**
     * Runs a read-only statement that answers rows of its own shape rather than nodes (exploration:
     * neighbourhoods, paths, search): counted, traced, read routing, the transaction timeout.
     */
    public List<Map<String, Object>> rows(CypherStatement statement) {
        count(statement);
        return tracing.blocking(CypherTracing.Access.READ, statement, () -> {
            try (var session = driver.session(bookmarks.read())) {
                return session.executeRead(tx -> tx.run(statement.cypher(), statement.parameters()).list(r -> r.asMap()), transaction);
            }
        }, List::size);
    }

    /**
     * Stops, in Neo4j, the transactions {@link #runAsync(CypherStatement, String)} runs for a
     * request ({@code TERMINATE TRANSACTIONS}, found by their metadata): when its client has gone,
     * nothing should keep working for it. Completes with how many were stopped.
     */
    public CompletionStage<Integer> terminate(String requestId) {
        AsyncSession session = driver.session(AsyncSession.class);
        CompletionStage<Integer> stopped = session.runAsync(
                        "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData." + REQUEST_METADATA + " = $id RETURN collect(transactionId) AS ids",
                        Map.of("id", requestId))
                .thenCompose(cursor -> cursor.singleAsync())
                .thenCompose(row -> {
                    List<Object> ids = row.get("ids").asList();
                    if (ids.isEmpty()) {
                        return java.util.concurrent.CompletableFuture.completedFuture(0);
                    }
                    return session.runAsync("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids))
                            .thenCompose(cursor -> cursor.listAsync()).thenApply(done -> ids.size());
                });
        return stopped.handle((n, error) -> session.closeAsync().thenApply(closed -> {
            if (error != null) {
                LOG.debugf("request %s: its transactions could not be terminated: %s", requestId, error.getMessage());
                return 0;
            }
            if (n > 0) {
                LOG.debugf("request %s: the client went away; %d transaction(s) terminated in Neo4j", requestId, n);
            }
            return n;
        })).thenCompose(Function.identity());
    }

    /** The timeout every read and write transaction of a request runs with ({@code kg.limits.transaction-timeout}). */
    public TransactionConfig transaction() {
        return transaction;
    }

    /**
     * {@link #run} without blocking the caller: the statement runs in a managed read transaction
     * (retried on transient errors, like {@link #run}, cancelled by Neo4j after the transaction timeout)
     * and the stage completes on a driver thread.
     * For callers on an event loop, which must not wait.
     */
    public CompletionStage<List<NodeData>> runAsync(CypherStatement statement) {
        return runAsync(statement, null, Set.of());
    }

    /**
     * {@link #runAsync(CypherStatement)} for one request: its transaction carries the request id in
     * its metadata, so that {@link #terminate} can stop it in Neo4j when the client goes away, and
     * it reads no older data than the client's bookmarks (its own writes through another instance).
     */
    public CompletionStage<List<NodeData>> runAsync(CypherStatement statement, String requestId, Set<Bookmark> clientBookmarks) {
        count(statement);
        TransactionConfig config = requestId == null ? transaction
                : TransactionConfig.builder().withTimeout(timeout).withMetadata(Map.of(REQUEST_METADATA, requestId)).build();
        return tracing.async(CypherTracing.Access.READ, statement, requestId, () -> {
            AsyncSession session = driver.session(AsyncSession.class, bookmarks.read(clientBookmarks));
            CompletionStage<List<NodeData>> rows = session.executeReadAsync(tx -> tx.runAsync(statement.cypher(), statement.parameters())
                    .thenCompose(cursor -> cursor.listAsync(r -> toNode(r.get("node")))), config);
            // the session is closed whatever happened; its outcome is the statement's
            return rows.handle((read, error) -> session.closeAsync().thenApply(closed -> {
                if (error != null) {
                    throw error instanceof CompletionException c ? c : new CompletionException(error);
                }
                return read;
            })).thenCompose(Function.identity());
        }, List::size);
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
