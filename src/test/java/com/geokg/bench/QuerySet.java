package com.geokg.bench;

import java.util.List;
import java.util.Map;

import java.util.function.UnaryOperator;

import org.neo4j.driver.Record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.geokg.graph.query.Cursors;

/**
 * The fixed query set: (a) a flat list, (b) two levels of nesting through agreements, (c) two
 * levels through relationship properties and agreements, (d) a filtered, sorted page with its
 * total, (e) one state's traversals through agreements and troop deployments (the model's
 * {@code @cypher} fields). The hand-written Cypher returns exactly what the GraphQL answer holds, in the same order
 * (the API orders every list by id, so the Cypher does too), so the two answers are checked equal
 * before anything is timed. It reads its pages from the indexes as the API does ({@code IS NOT
 * NULL} on the sort key, the page taken in a {@code CALL} where nested subqueries follow: Neo4j
 * 5.26's planner fails on the index-ordered page without it), and omits what a developer who knows
 * the data would omit: no {@code DISTINCT} over single-hop patterns (one {@code PARTY_TO} per actor
 * and agreement), no labels of interface-typed nodes nobody asked for, no second part for events
 * without a start date (the benchmark's all have one).
 *
 * <p>Each query is also written for the Neo4j GraphQL Library ({@link BenchQuery.Library}): the same
 * fields in that library's version 7 dialect, every list sorted by id explicitly (the library has no
 * default order), and where its schema shapes the answer differently (c's participants, which only
 * its connection API reaches with the relationship's {@code role}), a conversion into our shape.
 */
final class QuerySet {

    static final int LIST_SIZE = 50;
    static final int PAGE_SIZE = 20;

    private QuerySet() {
    }

    /** What the database holds (synthetic graph plus the service's seed): how many items a correct answer has. */
    record Counts(long states, long events, long troopDeployments) {
    }

    static List<BenchQuery> all(Counts counts) {
        int states = (int) Math.min(LIST_SIZE, counts.states());
        int events = (int) Math.min(LIST_SIZE, counts.events());
        int page = (int) Math.min(PAGE_SIZE, counts.troopDeployments());
        return List.of(flatStates(states), statesAgreementsParties(states), eventParticipantsAgreements(events),
                troopDeploymentPage(page), stateTraversals(TRAVERSED_STATE));
    }

    /** The state query e starts from: one of the synthetic graph's, at every size. */
    static final String TRAVERSED_STATE = "state-1";

    static BenchQuery flatStates(int expected) {
        return new BenchQuery("a: states flat",
                """
                query States($limit: Int) { states(limit: $limit) { id name iso3 } }""",
                Map.of("limit", LIST_SIZE),
                """
                MATCH (s:State) WHERE s.id IS NOT NULL
                WITH s ORDER BY s.id LIMIT $limit
                RETURN s {.id, .name, .iso3} AS item""",
                Map.of("limit", LIST_SIZE),
                CompiledStatements.flatStates(LIST_SIZE),
                records -> Map.of("states", items(records)),
                data -> data.path("states").size(), expected,
                new BenchQuery.Library("""
                        query States($limit: Int) { states(limit: $limit, sort: [{ id: ASC }]) { id name iso3 } }""",
                        Map.of("limit", LIST_SIZE), UnaryOperator.identity()));
    }

    static BenchQuery statesAgreementsParties(int expected) {
        return new BenchQuery("b: states>agreements>parties",
                """
                query StateAgreements($limit: Int) {
                  states(limit: $limit) { id agreements { id kind parties { id name } } }
                }""",
                Map.of("limit", LIST_SIZE),
                """
                CALL {
                  MATCH (s:State) WHERE s.id IS NOT NULL
                  RETURN s ORDER BY s.id LIMIT $limit
                }
                RETURN s {.id, agreements: COLLECT {
                  MATCH (s)-[:PARTY_TO]->(a:Agreement)
                  WITH a ORDER BY a.id
                  RETURN a {.id, .kind, parties: COLLECT {
                    MATCH (a)<-[:PARTY_TO]-(p:Actor)
                    WITH p ORDER BY p.id
                    RETURN p {.id, .name}
                  }}
                }} AS item""",
                Map.of("limit", LIST_SIZE),
                CompiledStatements.statesAgreementsParties(LIST_SIZE),
                records -> Map.of("states", items(records)),
                data -> data.path("states").size(), expected,
                new BenchQuery.Library("""
                        query StateAgreements($limit: Int) {
                          states(limit: $limit, sort: [{ id: ASC }]) {
                            id agreements(sort: [{ id: ASC }]) { id kind parties(sort: [{ id: ASC }]) { id name } }
                          }
                        }""",
                        Map.of("limit", LIST_SIZE), UnaryOperator.identity()));
    }

    static BenchQuery eventParticipantsAgreements(int expected) {
        return new BenchQuery("c: events>participants>agreements",
                """
                query EventParticipants($limit: Int) {
                  events(limit: $limit) { id participants { role actor { id agreements { id } } } }
                }""",
                Map.of("limit", LIST_SIZE),
                """
                CALL {
                  MATCH (e:Event) WHERE e.id IS NOT NULL
                  RETURN e ORDER BY e.id LIMIT $limit
                }
                RETURN e {.id, participants: COLLECT {
                  MATCH (e)<-[r:PARTICIPATED_IN]-(a:Actor)
                  WITH r, a ORDER BY a.id
                  RETURN {role: r.role, actor: a {.id, agreements: COLLECT {
                    MATCH (a)-[:PARTY_TO]->(g:Agreement)
                    WITH g ORDER BY g.id
                    RETURN g {.id}
                  }}}
                }} AS item""",
                Map.of("limit", LIST_SIZE),
                CompiledStatements.eventParticipantsAgreements(LIST_SIZE),
                records -> Map.of("events", items(records)),
                data -> data.path("events").size(), expected,
                new BenchQuery.Library("""
                        query EventParticipants($limit: Int) {
                          events(limit: $limit, sort: [{ id: ASC }]) {
                            id
                            participantsConnection(sort: [{ node: { id: ASC } }]) {
                              edges { properties { role } node { id agreements(sort: [{ id: ASC }]) { id } } }
                            }
                          }
                        }""",
                        Map.of("limit", LIST_SIZE), QuerySet::participantsFromConnection));
    }

    static BenchQuery troopDeploymentPage(int expected) {
        return new BenchQuery("d: eventsConnection page",
                """
                query TroopDeployments($kind: String!, $first: Int) {
                  eventsConnection(where: { kind: { eq: $kind } }, sort: [{ startDate: DESC }], first: $first) {
                    totalCount
                    pageInfo { hasNextPage endCursor }
                    edges { node { id title startDate } }
                  }
                }""",
                Map.of("kind", SyntheticGraph.TROOP_DEPLOYMENT, "first", PAGE_SIZE),
                """
                CALL {
                  MATCH (e:Event) WHERE e.kind = $kind
                  RETURN count(e) AS total
                }
                CALL {
                  MATCH (e:Event) WHERE e.kind = $kind AND e.startDate IS NOT NULL
                  WITH e ORDER BY e.startDate DESC, e.id ASC LIMIT $first
                  RETURN collect({node: e {.id, .title, .startDate}}) AS edges
                }
                RETURN total, edges""",
                Map.of("kind", SyntheticGraph.TROOP_DEPLOYMENT, "first", PAGE_SIZE),
                CompiledStatements.eventsByKindPage(SyntheticGraph.TROOP_DEPLOYMENT, PAGE_SIZE),
                QuerySet::connection,
                data -> data.path("eventsConnection").path("edges").size(), expected,
                new BenchQuery.Library("""
                        query TroopDeployments($kind: String!, $first: Int) {
                          eventsConnection(where: { kind: { eq: $kind } }, sort: [{ startDate: DESC }, { id: ASC }], first: $first) {
                            totalCount
                            pageInfo { hasNextPage endCursor }
                            edges { node { id title startDate } }
                          }
                        }""",
                        Map.of("kind", SyntheticGraph.TROOP_DEPLOYMENT, "first", PAGE_SIZE), UnaryOperator.identity()));
    }

    static BenchQuery stateTraversals(String id) {
        return new BenchQuery("e: state > pactPartners, deployedTroopsTo",
                """
                query StateTraversals($id: ID!) {
                  state(id: $id) { id pactPartners { id name } deployedTroopsTo { id name } }
                }""",
                Map.of("id", id),
                """
                MATCH (s:State {id: $id})
                RETURN s {.id, pactPartners: COLLECT {
                  MATCH (s)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(p:State)
                  WHERE a.kind IN ['PACT', 'TREATY'] AND p <> s
                  WITH DISTINCT p ORDER BY p.id
                  RETURN p {.id, .name}
                }, deployedTroopsTo: COLLECT {
                  MATCH (s)-[sent:PARTICIPATED_IN]->(d:Event)<-[received:PARTICIPATED_IN]-(r:State)
                  WHERE d.kind = 'TROOP_DEPLOYMENT' AND sent.role = 'SENDER' AND received.role = 'RECEIVER'
                  WITH DISTINCT r ORDER BY r.id
                  RETURN r {.id, .name}
                }} AS item""",
                Map.of("id", id),
                CompiledStatements.stateTraversals(id),
                records -> SyntheticGraph.orderedMap("state", records.isEmpty() ? null : records.get(0).get("item").asMap()),
                data -> data.path("state").isObject() ? 1 : 0, 1,
                new BenchQuery.Library("""
                        query StateTraversals($id: ID!) {
                          states(where: { id: { eq: $id } }) { id pactPartners { id name } deployedTroopsTo { id name } }
                        }""",
                        Map.of("id", id), QuerySet::firstState));
    }

    /** e in the library's answer: its root field is a list, {@code states(where: {id: ...})}; ours is {@code state(id)}. */
    static JsonNode firstState(JsonNode data) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("state", data.path("states").path(0));
        return out;
    }

    /**
     * c in the library's answer: {@code participantsConnection { edges { properties { role } node } }}
     * becomes our {@code participants { role actor }}, in the same (actor id) order.
     */
    static JsonNode participantsFromConnection(JsonNode data) {
        var nodes = JsonNodeFactory.instance;
        ArrayNode events = nodes.arrayNode();
        for (JsonNode event : data.path("events")) {
            ArrayNode participants = nodes.arrayNode();
            for (JsonNode edge : event.path("participantsConnection").path("edges")) {
                ObjectNode participant = nodes.objectNode();
                participant.set("role", edge.path("properties").path("role"));
                participant.set("actor", edge.path("node"));
                participants.add(participant);
            }
            ObjectNode converted = nodes.objectNode();
            converted.set("id", event.path("id"));
            converted.set("participants", participants);
            events.add(converted);
        }
        ObjectNode out = nodes.objectNode();
        out.set("events", events);
        return out;
    }

    private static List<Object> items(List<Record> records) {
        return records.stream().map(r -> (Object) r.get("item").asMap()).toList();
    }

    /** {@code pageInfo} as a Relay server computes it from the total and the page (first page: skip 0). */
    private static Map<String, Object> connection(List<Record> records) {
        Record r = records.get(0);
        long total = r.get("total").asLong();
        List<Object> edges = r.get("edges").asList(v -> (Object) v.asMap());
        var pageInfo = SyntheticGraph.orderedMap("hasNextPage", edges.size() < total,
                "endCursor", edges.isEmpty() ? null : Cursors.encode(edges.size() - 1));
        return Map.of("eventsConnection", SyntheticGraph.orderedMap("totalCount", total, "pageInfo", pageInfo, "edges", edges));
    }
}
