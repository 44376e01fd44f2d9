package com.geokg.graph;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;

import com.geokg.graph.query.CypherStatement;
import com.geokg.graph.query.MutationCompiler;
import com.geokg.graph.query.NodeType;
import com.geokg.graph.query.RelationshipSpec;
import com.geokg.graph.query.Selection;

/**
 * Runs mutations: one compiled statement in one write transaction each, so a mutation writes all
 * or nothing. Neo4j's constraint errors become {@link AlreadyExistsException}; a missing node
 * becomes {@link NotFoundException} naming it.
 */
@ApplicationScoped
public class GraphWriter {

    private static final Logger LOG = Logger.getLogger(GraphWriter.class);

    private final Driver driver;
    private final GraphReader reader;
    private final MutationCompiler compiler;

    GraphWriter(Driver driver, GraphReader reader) {
        this.driver = driver;
        this.reader = reader;
        this.compiler = new MutationCompiler(reader.compiler());
    }

    public NodeData create(String typeName, List<String> labels, Map<String, Object> input, List<Selection> selection) {
        NodeType type = reader.schema().type(typeName);
        return single(run(compiler.create(type, labels, input, selection), typeName, input.get("id")));
    }

    public NodeData upsert(String typeName, List<String> labels, Map<String, Object> input, List<Selection> selection) {
        NodeType type = reader.schema().type(typeName);
        return single(run(compiler.upsert(type, labels, input, selection), typeName, input.get("id")));
    }

    public NodeData update(String typeName, String id, Map<String, Object> input, List<Selection> selection) {
        NodeType type = reader.schema().type(typeName);
        var rows = run(compiler.update(type, id, input, selection), typeName, id);
        if (rows.isEmpty()) {
            throw new NotFoundException("no " + typeName + " with id '" + id + "'");
        }
        return single(rows);
    }

    public NodeData delete(String typeName, String id, List<Selection> selection) {
        NodeType type = reader.schema().type(typeName);
        var rows = run(compiler.delete(type, id, selection), typeName, id);
        if (rows.isEmpty()) {
            throw new NotFoundException("no " + typeName + " with id '" + id + "'");
        }
        return single(rows);
    }

    /** Creates (or, with {@code connect = false}, removes) a relationship; returns the spec's returned end. */
    public NodeData relate(RelationshipSpec spec, boolean connect, String fromId, String toId, Map<String, Object> properties,
                           String returnedType, List<Selection> selection) {
        NodeType returned = reader.schema().type(returnedType);
        CypherStatement statement = connect
                ? compiler.connect(spec, fromId, toId, properties, returned, selection)
                : compiler.disconnect(spec, fromId, toId, properties, returned, selection);
        Record row = run(statement, spec.type(), fromId).get(0);
        if (!row.get("fromFound").asBoolean()) {
            throw new NotFoundException("no " + String.join(" or ", spec.fromLabels()) + " with id '" + fromId + "'");
        }
        if (!row.get("toFound").asBoolean()) {
            throw new NotFoundException("no " + String.join(" or ", spec.toLabels()) + " with id '" + toId + "'");
        }
        return new NodeData(row.get("node").asMap());
    }

    private List<Record> run(CypherStatement statement, String what, Object id) {
        reader.counter().increment();
        LOG.debugf("Mutation statement:%n%s", statement.cypher());
        try (var session = driver.session()) {
            return session.executeWrite(tx -> tx.run(statement.cypher(), statement.parameters()).list());
        } catch (ClientException e) {
            if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                throw new AlreadyExistsException("a node with id '" + id + "' already exists; update or upsert it instead");
            }
            throw e;
        }
    }

    private static NodeData single(List<Record> rows) {
        return new NodeData(rows.get(0).get("node").asMap());
    }
}
