package com.geokg.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.exceptions.ClientException;

import com.geokg.graph.query.CypherStatement;
import com.geokg.graph.query.MutationCompiler;
import com.geokg.graph.query.NodeType;
import com.geokg.graph.query.RelationshipSpec;
import com.geokg.graph.query.Selection;

/**
 * Runs mutations: one compiled statement in one write transaction each, so a mutation writes all
 * or nothing. Neo4j's constraint errors become {@link AlreadyExistsException}; a missing node
 * becomes {@link NotFoundException} naming it. Nothing blocks the caller: statements run through
 * the driver's async API. Inputs are checked while compiling, before anything runs.
 */
@ApplicationScoped
@Unremovable // looked up by the generated data fetchers, which are not beans
public class GraphWriter {

    private static final Logger LOG = Logger.getLogger(GraphWriter.class);

    private final Driver driver;
    private final GraphReader reader;
    private final MutationCompiler compiler;

    private final Bookmarks bookmarks;

    GraphWriter(Driver driver, GraphReader reader, Bookmarks bookmarks) {
        this.driver = driver;
        this.bookmarks = bookmarks;
        this.reader = reader;
        this.compiler = new MutationCompiler(reader.compiler());
    }

    public CompletionStage<NodeData> create(String typeName, Map<String, Object> input, List<Selection> selection) {
        NodeType type = reader.schema().type(typeName);
        return run(compiler.create(type, type.labels(), input, selection), input.get("id")).thenApply(GraphWriter::single);
    }

    public CompletionStage<NodeData> upsert(String typeName, Map<String, Object> input, List<Selection> selection) {
        NodeType type = reader.schema().type(typeName);
        return run(compiler.upsert(type, type.labels(), input, selection), input.get("id")).thenApply(GraphWriter::single);
    }

    public CompletionStage<NodeData> update(String typeName, String id, Map<String, Object> input, List<Selection> selection) {
        NodeType type = reader.schema().type(typeName);
        return run(compiler.update(type, id, input, selection), id).thenApply(rows -> found(rows, typeName, id));
    }

    public CompletionStage<NodeData> delete(String typeName, String id, List<Selection> selection) {
        NodeType type = reader.schema().type(typeName);
        return run(compiler.delete(type, id, selection), id).thenApply(rows -> found(rows, typeName, id));
    }

    /** Creates (or, with {@code connect = false}, removes) a relationship; answers the spec's returned end. */
    public CompletionStage<NodeData> relate(RelationshipSpec spec, boolean connect, String fromId, String toId,
                                            Map<String, Object> properties, String returnedType, List<Selection> selection) {
        NodeType returned = reader.schema().type(returnedType);
        CypherStatement statement = connect
                ? compiler.connect(spec, fromId, toId, properties, returned, selection)
                : compiler.disconnect(spec, fromId, toId, properties, returned, selection);
        return run(statement, fromId).thenApply(rows -> {
            Record row = rows.get(0);
            if (!row.get("fromFound").asBoolean()) {
                throw new NotFoundException("no " + String.join(" or ", spec.fromLabels()) + " with id '" + fromId + "'");
            }
            if (!row.get("toFound").asBoolean()) {
                throw new NotFoundException("no " + String.join(" or ", spec.toLabels()) + " with id '" + toId + "'");
            }
            return new NodeData(row.get("node").asMap());
        });
    }

    private CompletionStage<List<Record>> run(CypherStatement statement, Object id) {
        reader.counter().increment();
        LOG.debugf("Mutation statement:%n%s", statement.cypher());
        return reader.tracing().async(CypherTracing.Access.WRITE, statement, null, () -> write(statement, id), List::size);
    }

    private CompletionStage<List<Record>> write(CypherStatement statement, Object id) {
        AsyncSession session = driver.session(AsyncSession.class, bookmarks.write());
        CompletionStage<List<Record>> rows = session.executeWriteAsync(tx -> tx.runAsync(statement.cypher(), statement.parameters())
                .thenCompose(cursor -> cursor.listAsync()), reader.transaction());
        return rows.handle((read, error) -> session.closeAsync().thenApply(closed -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
                if (cause instanceof ClientException e && "Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                    throw new AlreadyExistsException("a node with id '" + id + "' already exists; update or upsert it instead");
                }
                throw error instanceof CompletionException c ? c : new CompletionException(error);
            }
            return read;
        })).thenCompose(Function.identity());
    }

    private static NodeData found(List<Record> rows, String typeName, String id) {
        if (rows.isEmpty()) {
            throw new NotFoundException("no " + typeName + " with id '" + id + "'");
        }
        return single(rows);
    }

    private static NodeData single(List<Record> rows) {
        return new NodeData(rows.get(0).get("node").asMap());
    }
}
