package com.geokg.bench;

import java.util.List;
import java.util.Map;

import com.geokg.graph.query.CypherStatement;
import com.geokg.graph.query.GraphSchema;
import com.geokg.graph.query.NodeType;
import com.geokg.graph.query.QueryCompiler;
import com.geokg.graph.query.Selection;
import com.geokg.model.CompilerSchema;
import com.geokg.model.ModelReader;

/**
 * The Cypher the service compiles for each benchmark query, produced here by the service's own
 * {@link QueryCompiler} (as its compiled execution path configures it: labels only where needed) from hand-built selections (what SmallRye GraphQL hands it for the same
 * operation; check with {@code -Dbench.logCypher=true}, which makes the service log its statements).
 * Running these through the driver splits the GraphQL side's cost into the statement's own cost
 * and the cost of the HTTP and GraphQL layers around it.
 */
final class CompiledStatements {

    private static final GraphSchema SCHEMA = CompilerSchema.of(ModelReader.read(List.of(ModelReader.builtin())));

    /** With the service's defaults, {@code kg.query.default-limit} 100 and {@code kg.query.max-limit} 1000. */
    private static final QueryCompiler COMPILER = new QueryCompiler(SCHEMA, 100, 1000).withLabelsOnDemand();

    private CompiledStatements() {
    }

    static CypherStatement flatStates(int limit) {
        return COMPILER.list(type("State"), Map.of("limit", limit), List.of(s("id"), s("name"), s("iso3")));
    }

    static CypherStatement statesAgreementsParties(int limit) {
        return COMPILER.list(type("State"), Map.of("limit", limit),
                List.of(s("id"), s("agreements", s("id"), s("kind"), s("parties", s("id"), s("name")))));
    }

    static CypherStatement eventParticipantsAgreements(int limit) {
        return COMPILER.list(type("Event"), Map.of("limit", limit),
                List.of(s("id"), s("participants", s("role"), s("actor", s("id"), s("agreements", s("id"))))));
    }

    static CypherStatement eventsByKindPage(String kind, int first) {
        return COMPILER.connection(type("Event"),
                Map.of("where", Map.of("kind", Map.of("eq", kind)), "sort", List.of(Map.of("startDate", "DESC")), "first", first),
                List.of(s("totalCount"), s("pageInfo", s("hasNextPage"), s("endCursor")),
                        s("edges", s("node", s("id"), s("title"), s("startDate")))));
    }

    static CypherStatement stateTraversals(String id) {
        return COMPILER.byId(type("State"), id,
                List.of(s("id"), s("pactPartners", s("id"), s("name")), s("deployedTroopsTo", s("id"), s("name"))));
    }

    private static NodeType type(String name) {
        return SCHEMA.type(name);
    }

    private static Selection s(String field, Selection... children) {
        return Selection.of(field, children);
    }
}
