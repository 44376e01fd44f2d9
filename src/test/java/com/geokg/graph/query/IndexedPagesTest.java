package com.geokg.graph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.ProfiledPlan;

import com.geokg.load.TestNeo4j;
import com.geokg.load.script.CypherScripts;
import com.geokg.load.script.ScriptItem;
import com.geokg.model.CompilerSchema;
import com.geokg.model.ModelReader;

/**
 * A root page costs what the page holds, not what the label holds: on 100,000 events (the
 * benchmark's N=2000), the compiled statements of pages by id, by a date (descending too), with a
 * filter an index serves, and a connection's unfiltered {@code totalCount}, measured in db hits by
 * Neo4j's own {@code PROFILE}; and the pages are the right ones, undated events last in either
 * direction, checked against the order computed here from every event.
 */
class IndexedPagesTest {

    private static final int EVENTS = 100_000;
    private static final int STATES = 2_000;
    private static final String[] KINDS = {"TROOP_DEPLOYMENT", "ATTACK", "VISIT", "TRANSPORT", "STATEMENT", "MEDIA_RELEASE",
            "WEAPONS_TRANSFER"};

    private static final GraphSchema SCHEMA = CompilerSchema.of(ModelReader.read(List.of(ModelReader.builtin())));
    private static final QueryCompiler COMPILER = new QueryCompiler(SCHEMA, 100, 1000).withLabelsOnDemand();
    private static final NodeType EVENT = SCHEMA.type("Event");

    /** Every event as the test made it: id and start date (null for every 50th). */
    private static final List<Object[]> ALL = new ArrayList<>();

    private static Driver driver;

    @BeforeAll
    static void graphOfTheBenchmarksSize() throws Exception {
        driver = TestNeo4j.driver();
        TestNeo4j.clean();
        for (ScriptItem.Statement statement : CypherScripts.parse(Path.of("cypher/V0001__schema_constraints_and_indexes.cypher")).statements()) {
            driver.executableQuery(statement.cypher()).execute();
        }
        driver.executableQuery("CALL db.awaitIndexes(300)").execute();
        driver.executableQuery("UNWIND range(0, $n - 1) AS i CREATE (:Actor:State {id: 'state-' + right('0000' + i, 5), name: 'State ' + i})")
                .withParameters(Map.of("n", STATES)).execute();
        try (var session = driver.session()) {
            session.run("""
                    UNWIND range(0, $n - 1) AS i
                    CALL {
                      WITH i
                      CREATE (e:Event {id: 'event-' + right('00000' + i, 6), kind: $kinds[i % size($kinds)], title: 'Event ' + i,
                                       startDate: CASE WHEN i % 50 = 0 THEN null ELSE date('2020-01-01') + duration({days: (i * 7919) % 3000}) END})
                      WITH e, i
                      MATCH (s:State {id: 'state-' + right('0000' + (i % $states), 5)}),
                            (r:State {id: 'state-' + right('0000' + ((i * 31 + 7) % $states), 5)})
                      CREATE (s)-[:PARTICIPATED_IN {role: 'SENDER'}]->(e), (r)-[:PARTICIPATED_IN {role: 'RECEIVER'}]->(e)
                    } IN TRANSACTIONS OF 10000 ROWS""",
                    Map.of("n", EVENTS, "states", STATES, "kinds", List.of(KINDS))).consume();
        }
        for (int i = 0; i < EVENTS; i++) {
            ALL.add(new Object[] {String.format("event-%06d", i), i % 50 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays((i * 7919L) % 3000),
                    KINDS[i % KINDS.length]});
        }
    }

    @Test
    void fiftyEventsByIdReadFiftyEventsNotTheLabel() {
        var statement = COMPILER.list(EVENT, Map.of("limit", 50), List.of(s("id"), s("title")));
        var profile = profile(statement);
        assertTrue(profile.hits() <= 300, "50 of 100,000 events by id: " + profile);
        assertEquals(expected(null, null, 0, 50), ids(statement));
    }

    @Test
    void aPageWithNestedListsReadsOnlyThePagesEvents() {
        var statement = COMPILER.list(EVENT, Map.of("limit", 50),
                List.of(s("id"), s("participants", s("role"), s("actor", s("id"), s("name")))));
        var profile = profile(statement);
        assertTrue(profile.hits() <= 1_000, "50 events with their participants: " + profile);
        assertEquals(expected(null, null, 0, 50), ids(statement));
    }

    @Test
    void newestFirstReadsTheDateIndexBackwards() {
        var statement = COMPILER.list(EVENT, Map.of("sort", List.of(Map.of("startDate", "DESC")), "limit", 50), List.of(s("id"), s("startDate")));
        var profile = profile(statement);
        assertTrue(profile.hits() <= 400, "the 50 newest events: " + profile);
        assertEquals(expected(null, true, 0, 50), ids(statement));
    }

    /**
     * Neo4j's planner chooses between two plans by its index statistics, and its choice differs
     * between runs: walk the date index backwards keeping attacks (389 db hits measured), or seek
     * the 14,286 attacks by kind and keep the 20 newest (about 43,000). Either reads what the
     * filter keeps at most, never the label (a scan of 100,000 events, 200,000 db hits and more).
     */
    @Test
    void aFilteredSortedPageReadsNoMoreThanWhatTheFilterKeeps() {
        var statement = COMPILER.list(EVENT, Map.of("where", Map.of("kind", Map.of("eq", "ATTACK")),
                "sort", List.of(Map.of("startDate", "DESC")), "limit", 20), List.of(s("id"), s("title"), s("startDate")));
        var profile = profile(statement);
        assertTrue(profile.hits() <= 50_000, "20 of 14,286 attacks, newest first: " + profile);
        assertEquals(expected("ATTACK", true, 0, 20), ids(statement));
    }

    @Test
    void anUnfilteredTotalCountComesFromTheCountStore() {
        var statement = COMPILER.connection(EVENT, Map.of("first", 20),
                List.of(s("totalCount"), s("edges", s("node", s("id")))));
        var profile = profile(statement);
        assertTrue(profile.hits() <= 100, "a first page with its total: " + profile);
        var node = single(statement);
        assertEquals((long) EVENTS, node.get("totalCount").asLong());
        assertEquals(expected(null, null, 0, 20), node.get("page").asList(v -> v.get("node").get("id").asString()));
    }

    @Test
    void undatedEventsComeLastInEitherDirectionAfterTheDatedOnes() {
        int dated = (int) ALL.stream().filter(e -> e[1] != null).count();
        for (boolean descending : new boolean[] {false, true}) {
            var statement = COMPILER.list(EVENT, Map.of("sort", List.of(Map.of("startDate", descending ? "DESC" : "ASC")),
                    "offset", dated - 30, "limit", 60), List.of(s("id")));
            assertEquals(expected(null, descending, dated - 30, 60), ids(statement), "across the last dated events, descending " + descending);
        }
    }

    @Test
    void theLastEventsOfAConnectionAreReadFromTheOtherEnd() {
        var statement = COMPILER.connection(EVENT, Map.of("sort", List.of(Map.of("startDate", "DESC")), "last", 30),
                List.of(s("totalCount"), s("edges", s("node", s("id")))));
        var node = single(statement);
        assertTrue(node.get("reversed").asBoolean());
        List<String> page = new ArrayList<>(node.get("page").asList(v -> v.get("node").get("id").asString()));
        java.util.Collections.reverse(page);
        assertEquals(expected(null, true, EVENTS - 30, 30), page);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * The ids of a page as the API defines it: by start date when {@code dateDescending} is given
     * (undated events last in either direction), ties and everything else by id.
     */
    private static List<String> expected(String kind, Boolean dateDescending, int offset, int limit) {
        Comparator<Object[]> byId = Comparator.comparing(e -> (String) e[0]);
        Comparator<Object[]> order = dateDescending == null ? byId
                : Comparator.comparing((Object[] e) -> (LocalDate) e[1], Comparator.nullsLast(
                        dateDescending ? Comparator.<LocalDate>reverseOrder() : Comparator.<LocalDate>naturalOrder())).thenComparing(byId);
        return ALL.stream().filter(e -> kind == null || kind.equals(e[2])).sorted(order)
                .skip(offset).limit(limit).map(e -> (String) e[0]).toList();
    }

    private static List<String> ids(CypherStatement statement) {
        return driver.executableQuery(statement.cypher()).withParameters(statement.parameters()).execute()
                .records().stream().map(r -> r.get("node").get("id").asString()).toList();
    }

    private static org.neo4j.driver.Value single(CypherStatement statement) {
        List<Record> records = driver.executableQuery(statement.cypher()).withParameters(statement.parameters()).execute().records();
        assertEquals(1, records.size());
        return records.get(0).get("node");
    }

    /** What {@code PROFILE} says of a statement (its second run: the plan cached): db hits, every operator summed, and the plan. */
    private record Profile(long hits, String plan) {
        @Override
        public String toString() {
            return hits + " db hits:\n" + plan;
        }
    }

    private static Profile profile(CypherStatement statement) {
        driver.executableQuery("PROFILE " + statement.cypher()).withParameters(statement.parameters()).execute();
        var plan = driver.executableQuery("PROFILE " + statement.cypher()).withParameters(statement.parameters()).execute().summary().profile();
        var text = new StringBuilder();
        return new Profile(sum(plan, "", text), text.toString());
    }

    private static long sum(ProfiledPlan plan, String indent, StringBuilder text) {
        text.append(indent).append(plan.operatorType()).append(" db hits ").append(plan.dbHits()).append(", rows ").append(plan.records())
                .append(": ").append(plan.arguments().get("Details")).append('\n');
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += sum(child, indent + "  ", text);
        }
        return hits;
    }

    private static Selection s(String field, Selection... children) {
        return Selection.of(field, children);
    }
}
