package com.geokg.load.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteralLifterTest {

    private static final String ROWS = "[{id: 'a', n: 1}, {id: 'b', n: 2}, {id: 'c', n: 3}]";

    private static Map<String, Object> map(Object... kv) {
        var m = new LinkedHashMap<String, Object>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static void unchanged(String cypher) {
        Lifted lifted = LiteralLifter.lift(cypher);
        assertEquals(cypher, lifted.cypher());
        assertTrue(lifted.params().isEmpty(), () -> "lifted " + lifted.params());
    }

    @Test
    void unwindListOfMapsBecomesAParameter() {
        Lifted lifted = LiteralLifter.lift("UNWIND " + ROWS + " AS row MERGE (n:N {id: row.id}) SET n.n = row.n");
        assertEquals("UNWIND $__lit0 AS row MERGE (n:N {id: row.id}) SET n.n = row.n", lifted.cypher());
        assertEquals(Map.of("__lit0", List.of(map("id", "a", "n", 1L), map("id", "b", "n", 2L), map("id", "c", "n", 3L))),
                lifted.params());
    }

    @Test
    void batchesOfOneShapeShareOneText() {
        String a = LiteralLifter.lift("UNWIND [{id: 1}, {id: 2}] AS row CREATE (:N {id: row.id})").cypher();
        String b = LiteralLifter.lift("unwind [{id: 3}, {id: 4}, {id: 5}] as row CREATE (:N {id: row.id})").cypher();
        assertEquals("UNWIND $__lit0 AS row CREATE (:N {id: row.id})", a);
        assertEquals("unwind $__lit0 as row CREATE (:N {id: row.id})", b);
    }

    @Test
    void literalsOfEveryKindAreLiftedWithExactValues() {
        Lifted lifted = LiteralLifter.lift("""
                UNWIND [ "say \\"hi\\"", 'tab\\there\\nnew\\\\ \\u00e9 \\'q\\'', 42, -7, - 8, 0x1F, 0o17, -0x10,
                         1.5, -2.25e3, 1e-2, 3E4, TRUE, false, NULL, [], {}, {`odd key`: 1, `a``b`: [null], _x: {y: 'z'}},
                         9223372036854775807, -9223372036854775808 /* a comment */, 'a;b // c' // and another
                       ] AS v RETURN v""");
        assertEquals("UNWIND $__lit0 AS v RETURN v", lifted.cypher());
        List<Object> expected = Arrays.asList("say \"hi\"", "tab\there\nnew\\ \u00e9 'q'", 42L, -7L, -8L, 31L, 15L, -16L,
                1.5, -2250.0, 0.01, 30000.0, true, false, null, List.of(), Map.of(),
                map("odd key", 1L, "a`b", Arrays.asList((Object) null), "_x", map("y", "z")),
                Long.MAX_VALUE, Long.MIN_VALUE, "a;b // c");
        assertEquals(expected, lifted.params().get("__lit0"));
    }

    @Test
    void mapsAfterSetAndBigListsAfterOperatorsAreLifted() {
        Lifted lifted = LiteralLifter.lift("MATCH (n:N) WHERE n.id IN ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc'] "
                + "SET n += {name: 'a long enough name', kind: 'PERSON'} WITH n, 1 AS one RETURN n");
        assertEquals("MATCH (n:N) WHERE n.id IN $__lit0 SET n += $__lit1 WITH n, 1 AS one RETURN n", lifted.cypher());
        assertEquals(List.of("aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc"), lifted.params().get("__lit0"));
        assertEquals(map("name", "a long enough name", "kind", "PERSON"), lifted.params().get("__lit1"));
    }

    @Test
    void withAndReturnOfALiteralAreLifted() {
        Lifted lifted = LiteralLifter.lift("WITH [{id: 'aaaaaaaaaaaa'}, {id: 'bbbbbbbbbbbb'}] AS rows UNWIND rows AS r RETURN [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] AS x");
        assertEquals("WITH $__lit0 AS rows UNWIND rows AS r RETURN $__lit1 AS x", lifted.cypher());
    }

    @Test
    void smallLiteralsOutsideUnwindStay() {
        unchanged("MATCH (n) WHERE n.x IN [1, 2] RETURN n");
        unchanged("MATCH (n) SET n += {a: 1}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // patterns: MERGE refuses parameter maps; relationship brackets are not lists
        "MERGE (n:N {id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', name: 'bbbbbbbbbbbbbbbbbbbbbbbbbbb'})",
        "MATCH (a)-[]->(b) MATCH (a)-[r:KNOWS {since: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'}]->(b) RETURN r",
        "CREATE (n {id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'})",
        // not pure literals
        "UNWIND [{id: $id}, {id: 'b'}] AS row CREATE (:N {id: row.id})",
        "UNWIND [{id: date('2024-01-01')}] AS row CREATE (:N {id: row.id})",
        "UNWIND [{id: x}] AS row RETURN row",
        "UNWIND [1 + 2, 3] AS row RETURN row",
        "UNWIND [x IN range(1, 10) WHERE x > 2 | x] AS row RETURN row",
        "UNWIND [Infinity, NaN] AS row RETURN row",
        "UNWIND [1_000, 2] AS row RETURN row",
        "UNWIND [0123, 2] AS row RETURN row",
        "UNWIND [99999999999999999999, 2] AS row RETURN row",
        "UNWIND [1e999] AS row RETURN row",
        "UNWIND ['unknown \\\\q escape'.x] AS row RETURN row",
        "UNWIND ['bad \\q escape'] AS row RETURN row",
        "UNWIND ['Neo4j 5 keeps \\U0001F600 as written'] AS row RETURN row",
        "UNWIND [{a: 1, a: 2}] AS row RETURN row",
        // subscripts, options, subqueries, map projections
        "WITH [1, 2, 3] AS l RETURN l[0], l[1..2]",
        "CREATE INDEX i FOR (n:N) ON (n.x) OPTIONS {indexConfig: {`spatial.cartesian.min`: [-100.0, -100.0]}}",
        "MATCH (n) CALL { WITH n RETURN n.x AS x } RETURN x",
        "MATCH (n) RETURN n {.name, aaaaaaaaaaaaaaaaaaaaaaaa: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'}",
        "MATCH (n) WHERE n.name STARTS WITH ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'] RETURN n",
        // generated names could clash
        "UNWIND [1, 2, 3] AS row RETURN row, $__lit0",
        // keywords used as names
        "MATCH (n) WHERE n.unwind = 1 RETURN n.with",
    })
    void leftAsWritten(String cypher) {
        unchanged(cypher);
    }

    @Test
    void aPureLiteralFollowedBySubscriptOrPropertyIsLiftedAsAnExpression() {
        assertEquals("UNWIND $__lit0[0..1] AS row RETURN row", LiteralLifter.lift("UNWIND [1, 2][0..1] AS row RETURN row").cypher());
        assertEquals("UNWIND $__lit0.a AS row RETURN row", LiteralLifter.lift("UNWIND {`a`: [1]}.a AS row RETURN row").cypher());
    }

    @Test
    void statementsWithoutLiteralsAreReturnedAsIs() {
        unchanged("MATCH (n:N) RETURN n");
        unchanged("");
    }

    @Test
    void innerLiteralOfAComprehensionIsLiftedWhenTheOuterOneIsNot() {
        Lifted lifted = LiteralLifter.lift("UNWIND [x IN [1, 2, 3] WHERE x > 1 | x * 2] AS y RETURN y");
        assertEquals("UNWIND [x IN [1, 2, 3] WHERE x > 1 | x * 2] AS y RETURN y", lifted.cypher(),
                "short literal after IN stays");
        Lifted longer = LiteralLifter.lift("UNWIND [x IN [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] | x] AS y RETURN y");
        assertEquals("UNWIND [x IN $__lit0 | x] AS y RETURN y", longer.cypher());
    }

    @Test
    void stringsAndCommentsAreNotMistakenForContext() {
        unchanged("RETURN 'UNWIND [1, 2, 3] AS x' AS s");
        unchanged("MATCH (n) // UNWIND [1,2,3] AS y\nRETURN n");
        unchanged("MATCH (`UNWIND`) RETURN `UNWIND`");
    }

    @Test
    void errorOffsetsMapBackToTheScript() {
        String original = "UNWIND " + ROWS + " AS row RETRUN row";
        Lifted lifted = LiteralLifter.lift(original);
        int sentTypo = lifted.cypher().indexOf("RETRUN");
        assertEquals(original.indexOf("RETRUN"), lifted.originalOffset(sentTypo));
        assertEquals(7, lifted.originalOffset(lifted.cypher().indexOf("$__lit0") + 3), "inside the parameter: the literal's start");
        assertEquals(0, lifted.originalOffset(0));
    }

    @Test
    void veryDeepNestingIsLeftToNeo4j() {
        String deep = "[".repeat(100) + "]".repeat(100);
        unchanged("UNWIND " + deep + " AS x RETURN x");
    }

    @Test
    void paramsAreAFreshMapPerStatement() {
        var p1 = new HashMap<>(LiteralLifter.lift("UNWIND [1] AS x RETURN x").params());
        var p2 = LiteralLifter.lift("UNWIND [2] AS x RETURN x").params();
        assertEquals(List.of(1L), p1.get("__lit0"));
        assertEquals(List.of(2L), p2.get("__lit0"));
    }
}
