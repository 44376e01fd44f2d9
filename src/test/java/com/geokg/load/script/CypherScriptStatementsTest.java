package com.geokg.load.script;

import static com.geokg.load.script.TestScripts.at;
import static com.geokg.load.script.TestScripts.cypher;
import static com.geokg.load.script.TestScripts.items;
import static com.geokg.load.script.TestScripts.onlyStatement;
import static com.geokg.load.script.TestScripts.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CypherScriptStatementsTest {

    @Test
    void statementTextExcludesSemicolonAndSurroundingBlanks() {
        ScriptItem.Statement s = onlyStatement("  RETURN 1  ;  \n");
        assertEquals("RETURN 1", s.cypher());
        assertEquals(at(1, 3), s.position());
        assertEquals(1, s.ordinal());
        assertFalse(s.callInTransactions());
    }

    @Test
    void statementsKeepScriptOrderAndOrdinals() {
        List<ScriptItem> items = items("CREATE (:A);\nCREATE (:B);\n\nCREATE (:C);\n");
        assertEquals(List.of(
                new ScriptItem.Statement("CREATE (:A)", false, at(1, 1), 1),
                new ScriptItem.Statement("CREATE (:B)", false, at(2, 1), 2),
                new ScriptItem.Statement("CREATE (:C)", false, at(4, 1), 3)), items);
    }

    @Test
    void severalStatementsOnOneLineGetTheirOwnColumns() {
        List<ScriptItem> items = items("RETURN 1; RETURN 2;\tRETURN 3;");
        assertEquals(List.of(at(1, 1), at(1, 11), at(1, 21)),
                items.stream().map(ScriptItem::position).toList());
    }

    @Test
    void multiLineStatementKeepsItsLinesAndStartsAtItsFirstToken() {
        ScriptItem.Statement s = onlyStatement("\n\n    MATCH (n:Person)\n    WHERE n.age > 3\n    RETURN n\n;\n");
        assertEquals("MATCH (n:Person)\n    WHERE n.age > 3\n    RETURN n", s.cypher());
        assertEquals(at(3, 5), s.position());
    }

    @Test
    void semicolonInsideSingleQuotedStringDoesNotEndStatement() {
        assertEquals(List.of("RETURN 'a;b'", "RETURN 2"), cypher("RETURN 'a;b';\nRETURN 2;"));
    }

    @Test
    void semicolonInsideDoubleQuotedStringDoesNotEndStatement() {
        assertEquals(List.of("RETURN \"a;b\"", "RETURN 2"), cypher("RETURN \"a;b\";\nRETURN 2;"));
    }

    @Test
    void backslashEscapedQuotesDoNotCloseStrings() {
        assertEquals(List.of("RETURN 'it\\'s; fine'", "RETURN \"say \\\"hi;\\\"\"", "RETURN 2"),
                cypher("RETURN 'it\\'s; fine';\nRETURN \"say \\\"hi;\\\"\";\nRETURN 2;"));
    }

    @Test
    void escapedBackslashBeforeClosingQuoteEndsTheString() {
        // 'C:\\' is the string C:\ ; the quote after the two backslashes closes it
        assertEquals(List.of("RETURN 'C:\\\\'", "RETURN 2"), cypher("RETURN 'C:\\\\';\nRETURN 2;"));
    }

    @Test
    void doubledQuoteIsTwoAdjacentStringsNotAnEscape() {
        // 'a'';' is the string 'a' followed by the string ';' - so the next ';' ends the statement
        assertEquals(List.of("RETURN 'a'';'", "RETURN 2"), cypher("RETURN 'a'';';\nRETURN 2;"));
    }

    @Test
    void stringsMaySpanLinesAndPositionsAfterThemStayRight() {
        List<ScriptItem> items = items("RETURN 'line one;\nline two';\n  RETURN 2;");
        assertEquals("RETURN 'line one;\nline two'", ((ScriptItem.Statement) items.get(0)).cypher());
        assertEquals(at(3, 3), items.get(1).position());
    }

    @Test
    void backtickNameMayContainSemicolonQuotesAndDoubledBackticks() {
        String statement = "MATCH (n:`we;ird``na'me\"`) RETURN n.`x;y`";
        assertEquals(List.of(statement, "RETURN 2"), cypher(statement + ";\nRETURN 2;"));
    }

    @Test
    void semicolonAndQuotesInsideLineCommentDoNotEndStatement() {
        ScriptItem.Statement s = onlyStatement("MATCH (n) // it's; \"odd\n RETURN n;");
        assertEquals("MATCH (n) // it's; \"odd\n RETURN n", s.cypher());
    }

    @Test
    void semicolonAndQuotesInsideBlockCommentDoNotEndStatement() {
        ScriptItem.Statement s = onlyStatement("MATCH (n) /* it's;\n \"odd\" `x */ RETURN n;");
        assertEquals("MATCH (n) /* it's;\n \"odd\" `x */ RETURN n", s.cypher());
    }

    @Test
    void commentMarkersInsideStringsAreText() {
        assertEquals(List.of("RETURN '// no comment;', \"/* nor this;\"", "RETURN 2"),
                cypher("RETURN '// no comment;', \"/* nor this;\";\nRETURN 2;"));
    }

    @Test
    void commentsBeforeAStatementAreNotPartOfItAndDoNotMoveItsPosition() {
        ScriptItem.Statement s = onlyStatement("// people\n/* block\n comment */  CREATE (:P);");
        assertEquals("CREATE (:P)", s.cypher());
        assertEquals(at(3, 14), s.position());
    }

    @Test
    void statementsMadeOnlyOfCommentsOrBlanksAreDropped() {
        assertEquals(List.of("RETURN 1"), cypher(";\n  ;;\n// nothing;\n;\n/* still nothing */;\nRETURN 1;\n// trailing"));
    }

    @Test
    void emptyScriptHasNoItems() {
        assertEquals(List.of(), items(""));
        assertEquals(List.of(), items("  \n// only a comment\n/* and a block */\n"));
    }

    @Test
    void crlfLineEndingsCountOneLineEach() {
        List<ScriptItem> items = items("RETURN 1;\r\n\r\n  MATCH (n)\r\n  RETURN n;\r\n");
        assertEquals(at(3, 3), items.get(1).position());
        assertEquals("MATCH (n)\r\n  RETURN n", ((ScriptItem.Statement) items.get(1)).cypher());
    }

    @Test
    void loneCarriageReturnCountsAsLineBreak() {
        assertEquals(at(2, 1), items("RETURN 1;\rRETURN 2;").get(1).position());
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        assertEquals(at(1, 13), items("RETURN '\uD83D\uDE00'; RETURN 2;").get(1).position());
    }

    @Test
    void lineStartingWithColonInsideStatementIsCypher() {
        String statement = "MATCH (n\n:Person)-[r\n  :KNOWS]->(m)\nRETURN n";
        assertEquals(List.of(statement), cypher(statement + ";"));
    }

    @Test
    void mapLiteralLinesInsideStatementAreCypher() {
        String statement = "CREATE (n {\n  name: 'x',\n  born: 1970\n})";
        assertEquals(List.of(statement), cypher(statement + ";"));
    }

    @Test
    void leadingByteOrderMarkIsIgnored() {
        assertEquals(at(1, 1), onlyStatement("\uFEFFRETURN 1;").position());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CALL { CREATE (:X) } IN TRANSACTIONS",
        "LOAD CSV FROM 'f' AS row CALL { WITH row CREATE (:X) } IN TRANSACTIONS OF 500 ROWS",
        "call {\n  create (:X)\n}\nin transactions of 10 rows",
        "CALL { CREATE (:X) } IN CONCURRENT TRANSACTIONS",
        "CALL { CREATE (:X) } IN 4 CONCURRENT TRANSACTIONS OF 10 ROWS",
        "CALL { CREATE (:X) } IN $n CONCURRENT TRANSACTIONS",
        "UNWIND $rows AS row CALL (row) { CREATE (:X {id: row.id}) } IN TRANSACTIONS",
        "CALL /* c */ { CREATE (:X {m: {a: 1}}) } // c\n IN TRANSACTIONS ON ERROR CONTINUE",
    })
    void callInTransactionsIsDetected(String statement) {
        assertTrue(onlyStatement(statement + ";").callInTransactions(), statement);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CALL { CREATE (:X) } RETURN 1",
        "RETURN '} IN TRANSACTIONS'",
        "RETURN 1 // CALL { } IN TRANSACTIONS",
        "RETURN 1 /* CALL { } IN TRANSACTIONS */",
        "WITH [{a: 1}] AS transactions RETURN {a: 1} IN transactions",
        "CALL { RETURN 1 AS x } RETURN `} IN TRANSACTIONS`",
        "CALL db.labels() YIELD label WHERE label IN transactions RETURN label",
    })
    void callInTransactionsIsNotDetectedElsewhere(String statement) {
        assertFalse(onlyStatement(statement + "\n;").callInTransactions(), statement);
    }

    @Test
    void statementsOnlyReturnsStatements() {
        CypherScript script = parse(":param x => 1\nRETURN $x;\n:begin\nRETURN 2;\n:commit\n");
        assertEquals(5, script.items().size());
        assertEquals(List.of("RETURN $x", "RETURN 2"),
                script.statements().stream().map(ScriptItem.Statement::cypher).toList());
        assertEquals(TestScripts.SOURCE, script.sourceName());
    }
}
