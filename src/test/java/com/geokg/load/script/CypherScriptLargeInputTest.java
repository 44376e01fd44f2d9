package com.geokg.load.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bulk-load sized script must parse in one linear pass. There is no timing assertion (CI machines
 * vary); a quadratic or backtracking implementation shows up as this test taking minutes.
 */
class CypherScriptLargeInputTest {

    @Test
    void fiveMegabyteScriptParsesIntoAllItsStatements() {
        StringBuilder script = new StringBuilder(5_300_000);
        int statements = 0;
        int params = 0;
        script.append("// generated bulk load\n:param batch => 1\n");
        params++;
        while (script.length() < 5_000_000) {
            int i = statements;
            if (i % 1000 == 0) {
                script.append(":param batch => ").append(i / 1000).append(";\n");
                params++;
            }
            script.append("CREATE (:Actor {id: ").append(i)
                    .append(", name: 'Actor ").append(i).append("; \\'quoted\\' /* not a comment */'")
                    .append(", `odd;``key`: \"x;y\"}); // row ").append(i).append('\n');
            if (i % 10 == 0) {
                script.append("/* block; comment ").append(i).append(" */\n");
            }
            if (i % 97 == 0) {
                script.append("MATCH (a:Actor {id: ").append(i).append("})\r\n")
                        .append(":Member\r\n"); // a label line inside a statement, not a command
                script.append("RETURN a;\r\n");
                statements++;
            }
            statements++;
        }
        script.append("CALL { MATCH (a:Actor) SET a.loaded = true } IN TRANSACTIONS OF 10000 ROWS;\n");
        statements++;

        CypherScript parsed = CypherScripts.parse(script.toString(), "big.cypher");

        List<ScriptItem.Statement> parsedStatements = parsed.statements();
        assertEquals(statements, parsedStatements.size());
        assertEquals(statements + params, parsed.items().size());
        assertTrue(parsedStatements.get(statements - 1).callInTransactions());
        assertEquals(parsed.items().size(), parsed.items().get(parsed.items().size() - 1).ordinal());
    }
}
