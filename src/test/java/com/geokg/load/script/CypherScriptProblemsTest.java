package com.geokg.load.script;

import static com.geokg.load.script.TestScripts.at;
import static com.geokg.load.script.TestScripts.onlyProblem;
import static com.geokg.load.script.TestScripts.problems;
import static com.geokg.load.script.TestScripts.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CypherScriptProblemsTest {

    private static void assertMentions(ScriptProblem problem, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(problem.message().contains(fragment),
                    () -> "'" + problem.message() + "' should mention '" + fragment + "'");
        }
    }

    @Test
    void trailingStatementWithoutSemicolonIsRefused() {
        ScriptProblem p = onlyProblem("RETURN 1;\n\n  MATCH (n)\n  RETURN n\n");
        assertEquals(at(3, 3), p.position());
        assertMentions(p, "statement starting at line 3 column 3 is not terminated by ';'");
    }

    @Test
    void trailingCommentAfterLastStatementIsNotAStatement() {
        assertEquals(1, TestScripts.items("RETURN 1;\n// the end, no ';' needed").size());
    }

    @Test
    void exceptionMessageNamesSourceLineAndColumn() {
        ScriptParseException e = refused("RETURN 1;\n   RETURN 2");
        assertTrue(e.getMessage().startsWith("test.cypher:2:4: statement starting at line 2 column 4"),
                e.getMessage());
        assertInstanceOf(ScriptException.class, e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"source", "use", "foo", "exit", "params"})
    void unknownCommandIsNamedAndSupportedOnesAreListed(String command) {
        ScriptProblem p = onlyProblem("RETURN 1;\n  :" + command + " something\nRETURN 2;");
        assertEquals(at(2, 3), p.position());
        assertMentions(p, "unknown command ':" + command + "'", ":param", ":begin", ":commit", ":rollback");
    }

    @Test
    void everyUnknownCommandIsReportedNotJustTheFirst() {
        List<ScriptProblem> problems = problems(":use neo4j\nRETURN 1;\n:source other.cypher\n:foo\nRETURN 2;\n");
        assertEquals(List.of(at(1, 1), at(3, 1), at(4, 1)), problems.stream().map(ScriptProblem::position).toList());
    }

    @Test
    void lineWithOnlyAColonOutsideAStatementIsRefused() {
        assertEquals(at(2, 1), onlyProblem("RETURN 1;\n:\n").position());
    }

    @Test
    void commandAfterAStatementOnTheSameLineIsRefused() {
        ScriptProblem p = onlyProblem("RETURN 1; :begin\nRETURN 2;");
        assertEquals(at(1, 11), p.position());
        assertMentions(p, "':begin'", "start of a line");
    }

    @Test
    void usingPeriodicCommitIsRefusedWithTheNeo4j5Replacement() {
        ScriptProblem p = onlyProblem("RETURN 1;\n// import\n  USING PERIODIC COMMIT 500\nLOAD CSV FROM 'f' AS row CREATE (:X);");
        assertEquals(at(3, 3), p.position());
        assertMentions(p, "USING PERIODIC COMMIT", "Neo4j 5", "CALL { ... } IN TRANSACTIONS");
    }

    @Test
    void usingPeriodicCommitIsFoundInAnyCaseAndAcrossLinesAndComments() {
        ScriptProblem p = onlyProblem("LOAD CSV FROM 'f' AS row\nusing /* old */ periodic\n  Commit CREATE (:X);");
        assertEquals(at(2, 1), p.position());
    }

    @Test
    void usingPeriodicCommitInsideStringsCommentsAndNamesIsText() {
        assertEquals(3, TestScripts.items("RETURN 'USING PERIODIC COMMIT';\n// USING PERIODIC COMMIT\nRETURN 1;\n"
                + "RETURN `USING PERIODIC COMMIT`;").size());
    }

    @Test
    void unterminatedSingleQuotedStringIsReportedWhereItOpens() {
        ScriptProblem p = onlyProblem("RETURN 1;\nCREATE (:P {name: 'Alice});\nRETURN 2;\n");
        assertEquals(at(2, 19), p.position());
        assertMentions(p, "unterminated string", "'");
    }

    @Test
    void unterminatedDoubleQuotedStringIsReportedWhereItOpens() {
        assertEquals(at(1, 8), onlyProblem("RETURN \"abc\\\";\n").position());
    }

    @Test
    void unterminatedBacktickNameIsReportedWhereItOpens() {
        ScriptProblem p = onlyProblem("RETURN 1;\n  MATCH (n:`Odd``Name) RETURN n;");
        assertEquals(at(2, 12), p.position());
        assertMentions(p, "backtick");
    }

    @Test
    void unterminatedBlockCommentIsReportedWhereItOpens() {
        ScriptProblem p = onlyProblem("RETURN 1;\n/* started\n but never ended;\nRETURN 2;");
        assertEquals(at(2, 1), p.position());
        assertMentions(p, "block comment", "*/");
    }

    @Test
    void unterminatedStringInTheLastOf500StatementsReportsItsLine() {
        StringBuilder script = new StringBuilder();
        for (int i = 1; i < 500; i++) {
            script.append("CREATE (:Person {id: ").append(i).append(", name: 'P;").append(i).append("'});\n");
        }
        script.append("CREATE (:Person {id: 500, name: 'unclosed});\n");
        ScriptProblem p = onlyProblem(script.toString());
        assertEquals(at(500, 33), p.position());
    }

    @Test
    void paramWithoutNameOrValueIsRefused() {
        ScriptProblem p = onlyProblem(":param\n");
        assertEquals(at(1, 1), p.position());
        assertMentions(p, "':param' needs a parameter name and a value", ":param name => expression");
    }

    @Test
    void paramWithoutNameIsRefused() {
        assertMentions(onlyProblem(":param => 1"), "missing the parameter name");
    }

    @ParameterizedTest
    @ValueSource(strings = {":param x =>", ":param x => ;", ":param x:", ":param x => // nothing"})
    void paramWithoutValueIsRefused(String line) {
        ScriptProblem p = onlyProblem("RETURN 1;\n" + line + "\n");
        assertEquals(at(2, 1), p.position());
        assertMentions(p, "':param x' is missing its value");
    }

    @Test
    void paramWithoutArrowIsRefused() {
        assertMentions(onlyProblem(":param x 1"), "malformed ':param'", "expected '=>' after the parameter name 'x'");
    }

    @Test
    void paramMapNotClosedOnItsLineIsRefused() {
        // the second line then reads as an unterminated statement, which is reported too
        List<ScriptProblem> problems = problems(":param {a: 1,\n b: 2}");
        assertEquals(at(1, 1), problems.get(0).position());
        assertMentions(problems.get(0), "malformed ':param'", "must end with '}' on the same line");
    }

    @Test
    void paramWithUnterminatedStringIsRefusedAtTheQuote() {
        ScriptProblem p = onlyProblem(":param s => 'abc\nRETURN 1;");
        assertEquals(at(1, 13), p.position());
        assertMentions(p, "unterminated string");
    }

    @Test
    void paramLineWithASecondCommandAfterSemicolonIsRefused() {
        assertMentions(onlyProblem(":param x => 1; RETURN $x;"), "one command");
    }

    @Test
    void beginWithArgumentsIsRefused() {
        assertMentions(onlyProblem(":begin now\n:commit"), "':begin' takes no arguments");
    }

    @Test
    void nestedBeginIsRefusedNamingTheOpenOne() {
        ScriptProblem p = onlyProblem(":begin\nRETURN 1;\n  :begin\nRETURN 2;\n:commit\n");
        assertEquals(at(3, 3), p.position());
        assertMentions(p, "nested ':begin'", "line 1 column 1");
    }

    @Test
    void commitWithoutBeginIsRefused() {
        ScriptProblem p = onlyProblem("RETURN 1;\n:commit\n");
        assertEquals(at(2, 1), p.position());
        assertMentions(p, "':commit' without a preceding ':begin'");
    }

    @Test
    void rollbackWithoutBeginIsRefused() {
        assertMentions(onlyProblem(":begin\n:commit\n:rollback"), "':rollback' without a preceding ':begin'");
    }

    @Test
    void inputEndingInsideABeginBlockIsRefusedAtTheBegin() {
        ScriptProblem p = onlyProblem("RETURN 1;\n:begin\nRETURN 2;\n");
        assertEquals(at(2, 1), p.position());
        assertMentions(p, "never closed", ":commit");
    }

    @Test
    void callInTransactionsInsideBeginBlockIsRefused() {
        ScriptProblem p = onlyProblem(":begin\n  CALL { CREATE (:X) } IN TRANSACTIONS OF 10 ROWS;\n:commit");
        assertEquals(at(2, 3), p.position());
        assertMentions(p, "IN TRANSACTIONS", "explicit transaction", "line 1 column 1", "after ':commit'");
    }

    @Test
    void allProblemsOfAScriptAreReportedTogetherInScriptOrder() {
        ScriptParseException e = refused("""
                :use system
                :param => 1
                :commit
                USING PERIODIC COMMIT LOAD CSV FROM 'f' AS row CREATE (:X);
                :begin
                CALL { RETURN 1 } IN TRANSACTIONS;
                RETURN 'ok';
                """);
        List<Position> positions = e.problems().stream().map(ScriptProblem::position).toList();
        assertEquals(List.of(at(1, 1), at(2, 1), at(3, 1), at(4, 1), at(6, 1), at(5, 1)), positions);
        for (ScriptProblem problem : e.problems()) {
            assertTrue(e.getMessage().contains(problem.toString()), e.getMessage());
        }
        assertTrue(e.getMessage().startsWith("6 problems in test.cypher"), e.getMessage());
    }

    @Test
    void unterminatedStringDoesNotAlsoReportConsequences() {
        // the ':commit' is swallowed by the string; reporting "never closed" too would mislead
        List<ScriptProblem> problems = problems(":begin\nRETURN 'oops;\n:commit\n");
        assertEquals(1, problems.size(), problems::toString);
        assertFalse(problems.get(0).message().contains("never closed"));
    }

    @Test
    void problemCollectionStopsAtAnUpperBound() {
        String script = ":foo\n".repeat(ScriptParser.MAX_PROBLEMS + 500);
        List<ScriptProblem> problems = problems(script);
        assertEquals(ScriptParser.MAX_PROBLEMS + 1, problems.size());
        assertTrue(problems.get(problems.size() - 1).message().startsWith("stopped after"));
    }

    @Test
    void positionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Position("x", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ScriptParseException(List.of()));
    }
}
