package com.geokg.graph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.geokg.graph.InvalidArgumentException;
import com.geokg.graph.LimitTooLargeException;

/** The compiler on its own: client values only ever become parameters; one statement per root field. */
class QueryCompilerTest {

    private static final NodeType STATE = NodeType.object("State", "State")
            .scalar("id", ScalarKind.ID)
            .scalar("name", ScalarKind.STRING)
            .scalar("founded", ScalarKind.DATE)
            .relation(Relation.many("allies", "({this})-[:ALLY_OF]->({that}:State)", "State"))
            .build();

    private final QueryCompiler compiler = new QueryCompiler(new GraphSchema(List.of(STATE)), 100, 1000);

    @Test
    void clientValuesTravelOnlyAsParameters() {
        String hostile = "x'}) DETACH DELETE n //";
        var statement = compiler.list(STATE, Map.of(
                        "where", Map.of("name", Map.of("eq", hostile), "OR", List.of(Map.of("id", Map.of("in", List.of(hostile))))),
                        "limit", 5),
                List.of(Selection.of("name"), Selection.of("allies", Selection.of("id"))));
        assertFalse(statement.cypher().contains(hostile), statement.cypher());
        assertFalse(statement.cypher().contains("DETACH"), statement.cypher());
        assertTrue(statement.parameters().containsValue(hostile));
        assertTrue(statement.parameters().containsValue(List.of(hostile)));
    }

    @Test
    void nestedRelationsAreSubqueriesOfTheOneStatement() {
        var statement = compiler.byId(STATE, "russia", List.of(
                Selection.of("allies", Selection.of("allies", Selection.of("allies", Selection.of("id"))))));
        assertEquals(1, statement.cypher().split("MATCH \\(this:").length - 1);
        assertEquals(3, statement.cypher().split("COLLECT \\{").length - 1);
        assertTrue(statement.cypher().contains("`@allies`"));
    }

    @Test
    void labelsOfInterfaceNodesOnlyWhereTheSelectionTellsTypesApart() {
        NodeType actor = NodeType.anInterface("Agent", "Agent", List.of("Spy", "Diplomat"))
                .scalar("id", ScalarKind.ID).scalar("name", ScalarKind.STRING).build();
        NodeType spy = NodeType.object("Spy", "Spy").include(actor).scalar("codename", ScalarKind.STRING).build();
        NodeType diplomat = NodeType.object("Diplomat", "Diplomat").include(actor).build();
        var schema = new GraphSchema(List.of(actor, spy, diplomat));
        var always = new QueryCompiler(schema, 100, 1000);
        var onDemand = always.withLabelsOnDemand();
        Set<String> both = Set.of("Spy", "Diplomat");
        var common = List.of(new Selection("id", "id", Map.of(), both, List.of()), new Selection("name", "name", Map.of(), both, List.of()));
        var typed = List.of(new Selection("id", "id", Map.of(), both, List.of()), new Selection("codename", "codename", Map.of(), Set.of("Spy"), List.of()));
        var typename = List.of(new Selection("__typename", "__typename", Map.of(), both, List.of()));

        assertTrue(always.list(actor, Map.of(), common).cypher().contains("labels(this)"));
        assertFalse(onDemand.list(actor, Map.of(), common).cypher().contains("labels(this)"));
        assertTrue(onDemand.list(actor, Map.of(), typed).cypher().contains("labels(this)"));
        assertTrue(onDemand.list(actor, Map.of(), typename).cypher().contains("labels(this)"));
        assertEquals("Spy", schema.concreteType(actor, List.of("Agent", "Spy")));
        assertEquals("Diplomat", schema.concreteType(actor, List.of("Agent")), "a node with no subtype label is the last type");
    }

    @Test
    void aliasesBecomeSeparateKeys() {
        var statement = compiler.byId(STATE, "russia", List.of(
                Selection.of("allies", Selection.of("id")).as("a"), Selection.of("allies", Selection.of("name")).as("b")));
        assertTrue(statement.cypher().contains("`@a`"));
        assertTrue(statement.cypher().contains("`@b`"));
    }

    @Test
    void sortsEndWithTheIdSoPagesAreStable() {
        var statement = compiler.list(STATE, Map.of("sort", List.of(Map.of("name", "DESC"))), List.of(Selection.of("id")));
        assertTrue(statement.cypher().contains("ORDER BY this.`name` DESC, this.`id` ASC"), statement.cypher());
    }

    @Test
    void aPageIsTakenFromTheIdIndexBeforeAnythingIsProjected() {
        var statement = compiler.list(STATE, Map.of("limit", 5, "offset", 10), List.of(Selection.of("name")));
        assertEquals("""
                CALL {
                  MATCH (this:`State`) WHERE this.`id` IS NOT NULL
                  WITH this ORDER BY this.`id` ASC SKIP $p0 LIMIT $p1
                  RETURN collect(this) AS page
                }
                UNWIND page AS this
                RETURN this {.id, .name} AS node""", statement.cypher());
        assertEquals(Map.of("p0", 10L, "p1", 5), statement.parameters());
    }

    @Test
    void aPageSortedByAValueThatMayBeMissingReadsTheNodesWithoutItOnlyWhenThePageIsShort() {
        var statement = compiler.list(STATE, Map.of("sort", List.of(Map.of("founded", "DESC"), Map.of("name", "ASC")), "limit", 5),
                List.of(new Selection("allies", "allies", Map.of("sort", List.of(Map.of("founded", "DESC"))), Set.of(), List.of(Selection.of("id")))));
        assertEquals("""
                CALL {
                  MATCH (this:`State`) WHERE this.`founded` IS NOT NULL
                  WITH this ORDER BY this.`founded` DESC, this.`name` IS NULL ASC, this.`name` ASC, this.`id` ASC LIMIT $p0
                  RETURN collect(this) AS head
                }
                WITH head, CASE WHEN size(head) < $p0 THEN COLLECT {
                  MATCH (this:`State`) WHERE this.`founded` IS NULL AND this.`id` IS NOT NULL
                  WITH this ORDER BY this.`name` IS NULL ASC, this.`name` ASC, this.`id` ASC LIMIT $p0
                  RETURN this
                } ELSE [] END AS tail
                UNWIND (head + tail)[$p1..$p0] AS this
                RETURN this {.id, `@allies`: COLLECT {
                  MATCH (this)-[:ALLY_OF]->(n1:State)
                  WITH DISTINCT n1 ORDER BY n1.`founded` IS NULL ASC, n1.`founded` DESC, n1.`id` ASC
                  RETURN n1 {.id}
                }} AS node""", statement.cypher());
    }

    @Test
    void unknownFieldsOperatorsAndBadValuesAreRefused() {
        var select = List.of(Selection.of("id"));
        assertThrows(InvalidArgumentException.class, () -> compiler.list(STATE, Map.of("where", Map.of("population", Map.of("eq", 1))), select));
        assertThrows(InvalidArgumentException.class, () -> compiler.list(STATE, Map.of("where", Map.of("name", Map.of("gt", "a"))), select));
        assertThrows(InvalidArgumentException.class, () -> compiler.list(STATE, Map.of("where", Map.of("founded", Map.of("eq", "1990-02-31"))), select));
        assertThrows(InvalidArgumentException.class, () -> compiler.list(STATE, Map.of("sort", List.of(Map.of("name", "SIDEWAYS"))), select));
        assertThrows(LimitTooLargeException.class, () -> compiler.list(STATE, Map.of("limit", 1001), select));
        assertThrows(InvalidArgumentException.class, () -> compiler.connection(STATE, Map.of("after", "bm90LWEtY3Vyc29y"), select));
    }

    @Test
    void selectionsOfOtherObjectTypesAreNotProjected() {
        var statement = compiler.byId(STATE, "russia", List.of(
                new Selection("name", "name", Map.of(), Set.of("Person"), List.of())));
        assertFalse(statement.cypher().contains(".name"), statement.cypher());
    }
}
