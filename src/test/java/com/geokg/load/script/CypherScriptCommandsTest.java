package com.geokg.load.script;

import static com.geokg.load.script.TestScripts.at;
import static com.geokg.load.script.TestScripts.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CypherScriptCommandsTest {

    private static ScriptItem onlyItem(String script) {
        List<ScriptItem> items = items(script);
        assertEquals(1, items.size(), () -> "expected one item, got " + items);
        return items.get(0);
    }

    @Test
    void paramWithArrowKeepsTheExpressionText() {
        assertEquals(new ScriptItem.SetParam("limit", "10 * 2", at(1, 1), 1), onlyItem(":param limit => 10 * 2\n"));
    }

    @Test
    void paramWithOlderColonFormKeepsTheExpressionText() {
        assertEquals(new ScriptItem.SetParam("name", "'Alice'", at(1, 1), 1), onlyItem(":param name: 'Alice'"));
    }

    @Test
    void paramWithoutSpacesIsUnderstood() {
        assertEquals(new ScriptItem.SetParam("x", "[1, 2]", at(1, 1), 1), onlyItem(":param x=>[1, 2]"));
    }

    @Test
    void paramMapKeepsTheWholeMap() {
        assertEquals(new ScriptItem.SetParams("{a: 1, b: 'x', c: {d: [1, 2]}}", at(1, 1), 1),
                onlyItem(":param {a: 1, b: 'x', c: {d: [1, 2]}}"));
    }

    @Test
    void paramTrailingSemicolonIsStripped() {
        assertEquals("date('2024-01-01')",
                ((ScriptItem.SetParam) onlyItem(":param d => date('2024-01-01');\n")).expression());
        assertEquals("{a: 1}", ((ScriptItem.SetParams) onlyItem(":param {a: 1} ;")).mapExpression());
    }

    @Test
    void semicolonsAndCommentMarkersInsideParamStringsAreKept() {
        assertEquals("'a;b // c;'", ((ScriptItem.SetParam) onlyItem(":param s => 'a;b // c;';")).expression());
        assertEquals("'http://example.org/x'",
                ((ScriptItem.SetParam) onlyItem(":param url => 'http://example.org/x'")).expression());
    }

    @Test
    void trailingLineCommentOnACommandLineIsIgnored() {
        assertEquals("42", ((ScriptItem.SetParam) onlyItem(":param answer => 42 // the answer")).expression());
        assertInstanceOf(ScriptItem.Begin.class, items(":begin // load people\n:commit").get(0));
    }

    @Test
    void backtickQuotedParamNameIsUnquoted() {
        assertEquals("my `odd` name", ((ScriptItem.SetParam) onlyItem(":param `my ``odd`` name` => 1")).name());
    }

    @Test
    void paramEndsAtEndOfLineAndNextLineIsAStatement() {
        List<ScriptItem> items = items(":param x => 1\r\nRETURN $x;\r\n");
        assertEquals(new ScriptItem.SetParam("x", "1", at(1, 1), 1), items.get(0));
        assertEquals(new ScriptItem.Statement("RETURN $x", false, at(2, 1), 2), items.get(1));
    }

    @Test
    void commandsMayBeIndentedAndAnyCaseAndTheirPositionIsTheColon() {
        List<ScriptItem> items = items("RETURN 1;\n   :BEGIN\n\t:Param x => 1\n  :Commit;\n");
        assertEquals(List.of(
                new ScriptItem.Statement("RETURN 1", false, at(1, 1), 1),
                new ScriptItem.Begin(at(2, 4), 2),
                new ScriptItem.SetParam("x", "1", at(3, 2), 3),
                new ScriptItem.Commit(at(4, 3), 4)), items);
    }

    @Test
    void commandAfterACommentLineIsRecognised() {
        List<ScriptItem> items = items("// set up\n/* more\n */\n:param x => 1");
        assertEquals(List.of(new ScriptItem.SetParam("x", "1", at(4, 1), 1)), items);
    }

    @Test
    void beginCommitAndBeginRollbackBlocksAreItemsInOrder() {
        List<ScriptItem> items = items("""
                :begin
                CREATE (:A);
                CREATE (:B);
                :commit
                :begin
                CREATE (:C);
                :rollback
                CALL { CREATE (:D) } IN TRANSACTIONS;
                """);
        assertEquals(List.of(
                new ScriptItem.Begin(at(1, 1), 1),
                new ScriptItem.Statement("CREATE (:A)", false, at(2, 1), 2),
                new ScriptItem.Statement("CREATE (:B)", false, at(3, 1), 3),
                new ScriptItem.Commit(at(4, 1), 4),
                new ScriptItem.Begin(at(5, 1), 5),
                new ScriptItem.Statement("CREATE (:C)", false, at(6, 1), 6),
                new ScriptItem.Rollback(at(7, 1), 7),
                new ScriptItem.Statement("CALL { CREATE (:D) } IN TRANSACTIONS", true, at(8, 1), 8)), items);
    }

    @Test
    void callInTransactionsBeforeAndAfterABeginBlockIsAccepted() {
        List<ScriptItem> items = items("CALL { RETURN 1 } IN TRANSACTIONS;\n:begin\nRETURN 2;\n:commit\n"
                + "CALL { RETURN 3 } IN TRANSACTIONS;");
        assertTrue(((ScriptItem.Statement) items.get(0)).callInTransactions());
        assertTrue(((ScriptItem.Statement) items.get(4)).callInTransactions());
    }

    @Test
    void commandLineBetweenStatementsDoesNotJoinThem() {
        List<ScriptItem> items = items("RETURN 1;\n:param x => 2\nRETURN $x;");
        assertEquals(3, items.size());
        assertEquals(new ScriptItem.Statement("RETURN $x", false, at(3, 1), 3), items.get(2));
    }
}
