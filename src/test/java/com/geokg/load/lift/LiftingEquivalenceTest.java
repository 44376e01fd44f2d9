package com.geokg.load.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Record;

import com.geokg.load.TestNeo4j;

/** Neo4j itself checks that a lifted statement returns exactly what the written one returns. */
class LiftingEquivalenceTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "UNWIND [{id: 'a', n: 1, f: 1.5, ok: true, none: null, tags: ['x', 'y'], nested: {deep: [1, [2, 3]]}}, {id: 'b'}] AS row "
                + "RETURN row, valueType(row.n) AS tn, valueType(row.f) AS tf, valueType(row.tags) AS tt",
        "UNWIND [\"say \\\"hi\\\"\", 'tab\\there\\nnew\\\\ \\u00e9', 'a;b // c', ''] AS s RETURN s, size(s) AS n",
        "UNWIND [42, -7, - 8, 0x1F, 0o17, -0x10, 9223372036854775807, -9223372036854775808, 1.5, -2.25e3, 1e-2, 3E4, -0.0] AS v "
                + "RETURN v, valueType(v) AS t",
        "UNWIND [TRUE, false, NULL, [], {}] AS v RETURN v, valueType(v) AS t",
        "WITH [{`odd key`: 1, `a``b`: [null]}, {_x: {y: 'z'}}] AS rows UNWIND rows AS r RETURN r",
        "WITH 1 AS one WHERE one IN [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] RETURN one",
        "RETURN [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16][3..5] AS slice, {aaaaaaaa: 1, bbbbbbbbbbbbbb: [2, 3]}.bbbbbbbbbbbbbb AS b",
        "UNWIND [1, 2, 3] AS x WITH collect(x) AS xs RETURN xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13][0..3] AS same",
    })
    void liftedStatementReturnsTheSameAsTheWrittenOne(String cypher) {
        Lifted lifted = LiteralLifter.lift(cypher);
        assertNotEquals(cypher, lifted.cypher(), "expected something to be lifted");
        List<Record> written = TestNeo4j.driver().executableQuery(cypher).execute().records();
        List<Record> sent = TestNeo4j.driver().executableQuery(lifted.cypher()).withParameters(lifted.params()).execute().records();
        assertEquals(written.stream().map(Record::asMap).toList(), sent.stream().map(Record::asMap).toList());
    }
}
