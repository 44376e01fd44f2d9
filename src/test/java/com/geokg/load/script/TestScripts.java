package com.geokg.load.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

/** Shared helpers: every test script is named {@value #SOURCE} in positions. */
final class TestScripts {

    static final String SOURCE = "test.cypher";

    private TestScripts() {
    }

    static CypherScript parse(String script) {
        return CypherScripts.parse(script, SOURCE);
    }

    static List<ScriptItem> items(String script) {
        return parse(script).items();
    }

    static List<String> cypher(String script) {
        return parse(script).statements().stream().map(ScriptItem.Statement::cypher).toList();
    }

    static ScriptItem.Statement onlyStatement(String script) {
        List<ScriptItem> items = items(script);
        assertEquals(1, items.size(), () -> "expected one item, got " + items);
        return assertInstanceOf(ScriptItem.Statement.class, items.get(0));
    }

    static Position at(int line, int column) {
        return new Position(SOURCE, line, column);
    }

    static ScriptParseException refused(String script) {
        return assertThrows(ScriptParseException.class, () -> parse(script));
    }

    static List<ScriptProblem> problems(String script) {
        return refused(script).problems();
    }

    static ScriptProblem onlyProblem(String script) {
        List<ScriptProblem> problems = problems(script);
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }
}
