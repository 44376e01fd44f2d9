package com.geokg.load;

import static com.geokg.load.TestNeo4j.count;
import static com.geokg.load.TestNeo4j.dataNodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.geokg.load.LoadReport.Outcome;
import com.geokg.load.LoadReport.Range;
import com.geokg.load.LoadReport.Status;
import com.geokg.load.script.Position;

class LoaderTest {

    private final Loader loader = new Loader(TestNeo4j.driver(), new LoadHistory(TestNeo4j.driver()));

    @BeforeEach
    void emptyGraph() {
        TestNeo4j.clean();
    }

    private LoadReport load(LoadMode mode, String... nameAndText) {
        return load(new LoadOptions(mode, false), nameAndText);
    }

    private LoadReport load(LoadOptions options, String... nameAndText) {
        var sources = new java.util.ArrayList<ScriptSource>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            sources.add(ScriptSource.of(nameAndText[i], nameAndText[i + 1]));
        }
        return loader.load(sources, options, LoadListener.NONE);
    }

    private static String uniqueIds(int statements, int failingAt) {
        var sb = new StringBuilder("CREATE CONSTRAINT u_id IF NOT EXISTS FOR (u:U) REQUIRE u.id IS UNIQUE;\n");
        for (int i = 2; i <= statements; i++) {
            sb.append("CREATE (:U {id: ").append(i == failingAt ? 2 : i).append("});\n");
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ dialect

    @Test
    void statementsRunInOrderAndAreCounted() {
        var report = load(LoadMode.DEFAULT, "a.cypher", """
                // people
                CREATE (:P {id: 'a; b', name: "it's // not a comment"});
                /* a block comment; with a semicolon */
                MATCH (p:P {id: 'a; b'}) CREATE (p)-[:`KNOWS;`]->(:P {id: 'c'});
                """);
        assertEquals(Outcome.SUCCEEDED, report.outcome(), report::summary);
        assertEquals(2, report.counters().statements());
        assertEquals(2, report.counters().nodesCreated());
        assertEquals(1, report.counters().relationshipsCreated());
        assertEquals(1, count("MATCH ()-[r:`KNOWS;`]->() RETURN count(r) AS n"));
        assertEquals(List.of(new Range(1, 2)), report.sources().get(0).committed());
    }

    @Test
    void paramsSetByArrowAndByMapAreInEffectFromTheirLineOn() {
        var report = load(LoadMode.DEFAULT, "p.cypher", """
                :param name => 'North ' + 'Korea'
                :param {iso3: 'PRK', since: date('2024-06-19'), tags: [1, 2]}
                CREATE (:State {name: $name, iso3: $iso3, since: $since, tags: $tags});
                :param name => toUpper($name)
                CREATE (:State {name: $name});
                """);
        assertEquals(Outcome.SUCCEEDED, report.outcome(), report::summary);
        assertEquals(1, count("MATCH (s:State {name: 'North Korea', iso3: 'PRK', since: date('2024-06-19'), tags: [1, 2]}) RETURN count(s) AS n"));
        assertEquals(1, count("MATCH (s:State {name: 'NORTH KOREA'}) RETURN count(s) AS n"));
    }

    @Test
    void beginCommitGroupsStatementsAndRollbackDiscardsThem() {
        var report = load(LoadMode.DEFAULT, "tx.cypher", """
                :begin
                CREATE (:T {n: 1});
                CREATE (:T {n: 2});
                :commit
                :begin
                CREATE (:T {n: 3});
                :rollback
                CREATE (:T {n: 4});
                """);
        assertEquals(Outcome.SUCCEEDED, report.outcome(), report::summary);
        assertEquals(3, dataNodes());
        assertEquals(0, count("MATCH (t:T {n: 3}) RETURN count(t) AS n"));
        assertEquals(List.of(new Range(1, 2), new Range(4, 4)), report.sources().get(0).committed());
        assertEquals(3, report.counters().nodesCreated());
    }

    @Test
    void callInTransactionsRunsInAnAutoCommitTransaction() {
        var report = load(LoadMode.DEFAULT, "cit.cypher", """
                UNWIND range(1, 10) AS i
                CALL { WITH i CREATE (:C {i: i}) } IN TRANSACTIONS OF 3 ROWS;
                """);
        assertEquals(Outcome.SUCCEEDED, report.outcome(), report::summary);
        assertEquals(10, count("MATCH (c:C) RETURN count(c) AS n"));
    }

    @Test
    void unknownCommandIsRefusedWithItsPositionAndNothingRuns() {
        var report = load(LoadMode.DEFAULT, "bad.cypher", "CREATE (:X);\n  :source other.cypher\n");
        assertEquals(Outcome.REFUSED, report.outcome());
        assertEquals(new Position("bad.cypher", 2, 3), report.problems().get(0).position());
        assertTrue(report.problems().get(0).message().contains("unknown command ':source'"), report::summary);
        assertEquals(0, dataNodes());
        assertEquals(0, count("MATCH (r:LoadRecord) RETURN count(r) AS n"));
    }

    @Test
    void usingPeriodicCommitIsRefusedWithAdvice() {
        var report = load(LoadMode.DEFAULT, "old.cypher", "CREATE (:X);\nUSING PERIODIC COMMIT 500\nLOAD CSV FROM 'file:///x.csv' AS row CREATE (:Y);\n");
        assertEquals(Outcome.REFUSED, report.outcome());
        assertEquals(new Position("old.cypher", 2, 1), report.problems().get(0).position());
        assertTrue(report.problems().get(0).message().contains("IN TRANSACTIONS"), report::summary);
        assertEquals(0, dataNodes());
    }

    @Test
    void invalidUtf8IsRefused() {
        var source = ScriptSource.of("latin1.cypher", new byte[] {'C', 'R', 'E', 'A', 'T', 'E', ' ', '(', ':', (byte) 0xE9, ')', ';'});
        var report = loader.load(List.of(source), LoadOptions.DEFAULT, LoadListener.NONE);
        assertEquals(Outcome.REFUSED, report.outcome());
        assertTrue(report.problems().get(0).message().contains("not valid UTF-8"), report::summary);
        assertEquals(0, dataNodes());
    }

    // ------------------------------------------------------------------ validation before writes

    @Test
    void syntaxErrorInLastOf500StatementsLeavesTheGraphUnchangedAndNamesItsLine() {
        var sb = new StringBuilder("// 500 statements, the last one broken\n");
        for (int i = 1; i < 500; i++) {
            sb.append("CREATE (:N {i: ").append(i).append("});\n");
        }
        sb.append("MATCH (n:N)\nWHERE n.i = 1\nRETRUN n;\n"); // statement 500 starts on line 501; the typo is on line 503
        var report = load(LoadMode.DEFAULT, "big.cypher", sb.toString());

        assertEquals(Outcome.REFUSED, report.outcome(), report::summary);
        assertEquals(1, report.problems().size(), report::summary);
        LoadProblem problem = report.problems().get(0);
        assertEquals(new Position("big.cypher", 503, 1), problem.position());
        assertEquals(500, problem.statement());
        assertEquals("Neo.ClientError.Statement.SyntaxError", problem.code());
        assertTrue(problem.message().startsWith("Invalid input 'RETRUN'"), problem.message());
        assertTrue(problem.toString().startsWith("big.cypher:503:1: statement 500: Neo.ClientError.Statement.SyntaxError: "));
        assertEquals(0, count("MATCH (n) RETURN count(n) AS n"), "not even a load record");
    }

    @Test
    void bigUnwindBatchesLoadAndAnErrorAfterALiftedLiteralKeepsItsScriptPosition() {
        var rows = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            rows.append(i == 0 ? "" : ",\n  ").append("{id: 'e").append(i).append("', n: ").append(i).append('}');
        }
        rows.append(']');
        String good = "UNWIND " + rows + " AS row\nCREATE (:E {id: row.id, n: row.n});\n";
        var ok = load(LoadMode.DEFAULT, "rows.cypher", good + good);
        assertEquals(Outcome.SUCCEEDED, ok.outcome(), ok::summary);
        assertEquals(2000, count("MATCH (e:E) RETURN count(e) AS n"));

        TestNeo4j.clean();
        var bad = load(LoadMode.DEFAULT, "rows.cypher", good + "UNWIND " + rows + " AS row\nCRAETE (:E {id: row.id});\n");
        assertEquals(Outcome.REFUSED, bad.outcome());
        assertEquals(new Position("rows.cypher", 2002, 1), bad.problems().get(0).position(), bad::summary);
        assertEquals(2, bad.problems().get(0).statement());
        assertEquals(0, dataNodes());
    }

    @Test
    void semanticErrorIsFoundWithTheParametersInEffect() {
        var report = load(LoadMode.DEFAULT, "sem.cypher", """
                CREATE (:A);
                :param x => 1
                MATCH (a:A) RETURN b;
                """);
        assertEquals(Outcome.REFUSED, report.outcome());
        var p = report.problems().get(0);
        assertEquals(new Position("sem.cypher", 3, 20), p.position());
        assertEquals(2, p.statement());
        assertEquals("Neo.ClientError.Statement.SyntaxError", p.code());
        assertTrue(p.message().contains("Variable `b` not defined"), p.message());
        assertEquals(0, dataNodes());
    }

    @Test
    void aParamThatCannotBeEvaluatedRefusesTheLoad() {
        var report = load(LoadMode.DEFAULT, "param.cypher", "CREATE (:A);\n:param d => date('not a date')\n");
        assertEquals(Outcome.REFUSED, report.outcome());
        assertEquals(new Position("param.cypher", 2, 1), report.problems().get(0).position());
        assertTrue(report.problems().get(0).message().contains("cannot evaluate"), report::summary);
        assertEquals(0, dataNodes());
    }

    @Test
    void paramMapMustBeAMap() {
        var report = load(LoadMode.DEFAULT, "pm.cypher", ":param {a: 1}\nCREATE (:A {a: $a});\n");
        assertEquals(Outcome.SUCCEEDED, report.outcome(), report::summary);
        assertEquals(1, count("MATCH (a:A {a: 1}) RETURN count(a) AS n"));
    }

    @Test
    void schemaStatementsAreValidatedWithoutCreatingAnything() {
        var report = load(LoadMode.DEFAULT, "schema.cypher", """
                CREATE CONSTRAINT a_id IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;
                CREATE INDEX a_name IF NOT EXISTS FOR (n:A) ON (n.name);
                CREATE CONSTRAINT b_id IF NOT EXISTS FOR (n:B) REQUIRE n.id IS UNIQ;
                """);
        assertEquals(Outcome.REFUSED, report.outcome());
        assertEquals(new Position("schema.cypher", 3, 64), report.problems().get(0).position());
        assertEquals(0, count("SHOW CONSTRAINTS YIELD name RETURN count(name) AS n"));
    }

    @Test
    void dryRunValidatesAndWritesNothing() {
        var report = load(LoadMode.DRY_RUN, "ok.cypher", "CREATE CONSTRAINT x_id IF NOT EXISTS FOR (n:X) REQUIRE n.id IS UNIQUE;\nCREATE (:X {id: 1});\n");
        assertEquals(Outcome.VALIDATED, report.outcome(), report::summary);
        assertTrue(report.ok());
        assertEquals(Status.VALIDATED, report.sources().get(0).status());
        assertEquals(0, count("MATCH (n) RETURN count(n) AS n"));
        assertEquals(0, count("SHOW CONSTRAINTS YIELD name RETURN count(name) AS n"));
    }

    // ------------------------------------------------------------------ run-time failures

    @Test
    void runtimeFailureInDefaultModeReportsTheCommittedPrefixExactly() {
        var report = load(LoadMode.DEFAULT, "dup.cypher", uniqueIds(10, 7));

        assertEquals(Outcome.FAILED, report.outcome(), report::summary);
        assertEquals(List.of(new Range(1, 6)), report.sources().get(0).committed());
        assertEquals(Status.PARTIAL, report.sources().get(0).status());
        LoadProblem p = report.problems().get(0);
        assertEquals(7, p.statement());
        assertEquals(new Position("dup.cypher", 7, 1), p.position());
        assertEquals("Neo.ClientError.Schema.ConstraintValidationFailed", p.code());
        assertTrue(report.summary().contains("dup.cypher statements 1-6 of 10"), report::summary);
        assertEquals(5, dataNodes(), "statements 2-6 created one node each");
        assertEquals(5, report.counters().nodesCreated());
        var record = TestNeo4j.driver().executableQuery("MATCH (r:LoadRecord) RETURN r.outcome AS o, r.committed AS c, r.error AS e")
                .execute().records();
        assertEquals(1, record.size());
        assertEquals("FAILED", record.get(0).get("o").asString());
        assertEquals("1-6", record.get(0).get("c").asString());
        assertTrue(record.get(0).get("e").asString().startsWith("dup.cypher:7:1: statement 7:"));
    }

    @Test
    void failureInsideABeginBlockRollsBackTheBlockOnly() {
        var report = load(LoadMode.DEFAULT, "blk.cypher", """
                CREATE CONSTRAINT u_id IF NOT EXISTS FOR (u:U) REQUIRE u.id IS UNIQUE;
                CREATE (:U {id: 1});
                :begin
                CREATE (:U {id: 2});
                CREATE (:U {id: 1});
                :commit
                CREATE (:U {id: 3});
                """);
        assertEquals(Outcome.FAILED, report.outcome());
        assertEquals(List.of(new Range(1, 2)), report.sources().get(0).committed());
        assertEquals(4, report.problems().get(0).statement());
        assertEquals(1, dataNodes());
    }

    @Test
    void failureInTheSecondScriptKeepsTheFirstAndSaysSo() {
        var report = load(LoadMode.DEFAULT,
                "1.cypher", "CREATE CONSTRAINT u_id IF NOT EXISTS FOR (u:U) REQUIRE u.id IS UNIQUE;\nCREATE (:U {id: 1});\n",
                "2.cypher", "CREATE (:U {id: 2});\nCREATE (:U {id: 1});\n",
                "3.cypher", "CREATE (:U {id: 3});\n");
        assertEquals(Outcome.FAILED, report.outcome());
        assertEquals(List.of(Status.LOADED, Status.PARTIAL, Status.NOT_RUN),
                report.sources().stream().map(LoadReport.SourceReport::status).toList());
        assertEquals("1.cypher statements 1-2 of 2; 2.cypher statements 1 of 2; 3.cypher none", report.committedDescription());
        assertEquals(2, dataNodes());
    }

    @Test
    void atomicLoadLeavesNothingOnFailure() {
        TestNeo4j.driver().executableQuery("CREATE CONSTRAINT u_id IF NOT EXISTS FOR (u:U) REQUIRE u.id IS UNIQUE").execute();
        var report = load(LoadMode.ATOMIC,
                "a.cypher", "CREATE (:U {id: 1});\n:begin\nCREATE (:U {id: 2});\n:commit\n",
                "b.cypher", "CREATE (:U {id: 3});\nCREATE (:U {id: 1});\n");
        assertEquals(Outcome.ROLLED_BACK, report.outcome(), report::summary);
        assertEquals(0, dataNodes());
        assertEquals(new Position("b.cypher", 2, 1), report.problems().get(0).position());
        assertEquals(2, count("MATCH (r:LoadRecord {outcome: 'ROLLED_BACK'}) RETURN count(r) AS n"));
        assertEquals(Counters.NONE, report.counters());
    }

    @Test
    void atomicLoadCommitsEverythingWithItsHistory() {
        var report = load(LoadMode.ATOMIC, "a.cypher", "CREATE (:U {id: 1});\n", "b.cypher", "CREATE (:U {id: 2});\n");
        assertEquals(Outcome.SUCCEEDED, report.outcome(), report::summary);
        assertEquals(2, dataNodes());
        assertEquals(2, count("MATCH (r:LoadRecord {outcome: 'SUCCEEDED', mode: 'ATOMIC'}) RETURN count(r) AS n"));
    }

    @Test
    void atomicLoadRefusesWhatItCannotHonour() {
        var report = load(LoadMode.ATOMIC, "x.cypher", """
                CREATE INDEX x_name IF NOT EXISTS FOR (n:X) ON (n.name);
                UNWIND range(1, 3) AS i CALL { WITH i CREATE (:X {i: i}) } IN TRANSACTIONS;
                :begin
                CREATE (:X);
                :rollback
                """);
        assertEquals(Outcome.REFUSED, report.outcome());
        assertEquals(List.of(2, 5, 1), report.problems().stream().map(p -> p.position().line()).toList(), report::summary);
        assertEquals(0, count("MATCH (n) RETURN count(n) AS n"));
    }

    // ------------------------------------------------------------------ history

    @Test
    void aScriptAlreadyLoadedIsSkippedUnlessForced() {
        String script = "CREATE (:H {n: 1});\n";
        assertEquals(Outcome.SUCCEEDED, load(LoadMode.DEFAULT, "h.cypher", script).outcome());
        var again = load(LoadMode.DEFAULT, "renamed.cypher", script);
        assertEquals(Outcome.SUCCEEDED, again.outcome());
        assertEquals(Status.SKIPPED, again.sources().get(0).status());
        assertEquals(1, dataNodes());
        var forced = load(new LoadOptions(LoadMode.DEFAULT, true), "h.cypher", script);
        assertEquals(Status.LOADED, forced.sources().get(0).status());
        assertEquals(2, dataNodes());

        var records = TestNeo4j.driver().executableQuery("""
                MATCH (r:LoadRecord) RETURN r.file AS file, r.sha256 AS sha, r.outcome AS outcome, r.nodesCreated AS nodes,
                       r.startedAt <= r.endedAt AS ordered ORDER BY r.startedAt""").execute().records();
        assertEquals(2, records.size());
        assertEquals("h.cypher", records.get(0).get("file").asString());
        assertEquals(ScriptSource.of("x", script).sha256(), records.get(0).get("sha").asString());
        assertEquals("SUCCEEDED", records.get(0).get("outcome").asString());
        assertEquals(1, records.get(0).get("nodes").asLong());
        assertTrue(records.get(0).get("ordered").asBoolean());
    }

    @Test
    void aFailedLoadIsNotSkippedNextTime() {
        String script = "CREATE CONSTRAINT u_id IF NOT EXISTS FOR (u:U) REQUIRE u.id IS UNIQUE;\nCREATE (:U {id: 1});\nCREATE (:U {id: 1});\n";
        assertEquals(Outcome.FAILED, load(LoadMode.DEFAULT, "f.cypher", script).outcome());
        var again = load(LoadMode.DEFAULT, "f.cypher", script);
        assertEquals(Status.PARTIAL, again.sources().get(0).status());
    }

    @Test
    void progressIsReportedPerStatement() {
        var seen = new java.util.ArrayList<Integer>();
        var validated = new int[1];
        loader.load(List.of(ScriptSource.of("p.cypher", "CREATE (:A);\nCREATE (:A);\nCREATE (:A);\n")), LoadOptions.DEFAULT,
                new LoadListener() {
                    @Override
                    public void validating(int done, int total) {
                        validated[0] = done;
                    }

                    @Override
                    public void progress(Progress progress) {
                        seen.add(progress.done());
                        assertEquals(3, progress.total());
                    }
                });
        assertEquals(3, validated[0]);
        assertEquals(List.of(1, 2, 3), seen);
    }

    // ------------------------------------------------------------------ parallel batches (opt-in)

    /** {@code batches} UNWIND batches of 50 nodes, then as many batches linking each node to the next one's first. */
    private static String batchScript(int batches, int duplicateIn) {
        var sb = new StringBuilder("CREATE CONSTRAINT b_id IF NOT EXISTS FOR (b:B) REQUIRE b.id IS UNIQUE;\n");
        sb.append("CREATE (:B {id: -1, batch: -1});\n"); // statement 2, not a batch: runs before them; batch b is statement b + 3
        for (int b = 0; b < batches; b++) {
            sb.append("UNWIND [");
            for (int i = 0; i < 50; i++) {
                int id = b == duplicateIn && i == 49 ? -1 : b * 50 + i;
                sb.append(i == 0 ? "" : ", ").append("{id: ").append(id).append(", batch: ").append(b).append('}');
            }
            sb.append("] AS row CREATE (:B {id: row.id, batch: row.batch});\n");
        }
        for (int b = 0; b < batches; b++) {
            sb.append("UNWIND [");
            for (int i = 0; i < 50; i++) {
                int from = b * 50 + i;
                sb.append(i == 0 ? "" : ", ").append("{from: ").append(from).append(", to: ").append((from + 1) % (batches * 50)).append('}');
            }
            sb.append("] AS row MATCH (a:B {id: row.from}), (b:B {id: row.to}) CREATE (a)-[:NEXT]->(b);\n");
        }
        return sb.toString();
    }

    @Test
    void parallelBatchesWriteWhatInOrderWrites() {
        var inOrder = load(LoadMode.DEFAULT, "batches.cypher", batchScript(12, -1));
        assertEquals(Outcome.SUCCEEDED, inOrder.outcome(), inOrder::summary);
        // the relationships and a checksum of their ends, in one list
        String graph = "MATCH (a:B)-[:NEXT]->(b:B) RETURN [count(*), sum(a.id * 1000 + b.id)] AS n";
        var written = TestNeo4j.driver().executableQuery(graph).execute().records().get(0).get("n").asList(v -> v.asLong());
        TestNeo4j.clean();

        var parallel = load(new LoadOptions(LoadMode.DEFAULT, false, 4), "batches.cypher", batchScript(12, -1));
        assertEquals(Outcome.SUCCEEDED, parallel.outcome(), parallel::summary);
        assertEquals(List.of(new Range(1, 26)), parallel.sources().get(0).committed());
        assertEquals(601, dataNodes());
        assertEquals(600L, written.get(0));
        assertEquals(written, TestNeo4j.driver().executableQuery(graph).execute().records().get(0).get("n").asList(v -> v.asLong()));
        assertEquals(inOrder.counters(), parallel.counters());
    }

    @Test
    void aFailingBatchAmongParallelOnesReportsExactlyWhatCommitted() {
        var report = load(new LoadOptions(LoadMode.DEFAULT, false, 3), "dup.cypher", batchScript(12, 5));

        assertEquals(Outcome.FAILED, report.outcome(), report::summary);
        LoadProblem p = report.problems().get(0);
        assertEquals(8, p.statement(), "the 6th batch, after the constraint and the node it repeats");
        assertEquals("Neo.ClientError.Schema.ConstraintValidationFailed", p.code());
        // what committed is exactly what the graph holds, whatever order the batches finished in
        var inGraph = batchesInGraph("B", 3);
        inGraph.add(1); // the constraint
        var reported = committedStatements(report);
        assertEquals(inGraph, reported, report::summary);
        assertTrue(!reported.contains(8) && reported.containsAll(List.of(1, 2, 3, 4, 5, 6, 7)), report::summary);
        assertTrue(reported.stream().allMatch(n -> n <= 14), "no relationship batch ran after the failure: " + reported);
        assertEquals(0, count("MATCH ()-[r:NEXT]->() RETURN count(r) AS n"));
    }

    @Test
    void parallelIsForTheDefaultModeOnly() {
        var atomic = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new LoadOptions(LoadMode.ATOMIC, false, 2));
        assertTrue(atomic.getMessage().contains("default mode"), atomic.getMessage());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new LoadOptions(LoadMode.DEFAULT, false, 0)).getMessage().contains("between 1 and 16"));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new LoadOptions(LoadMode.DRY_RUN, false, 17)).getMessage().contains("between 1 and 16"));
    }

    @Test
    void aLoadInterruptedAmongParallelBatchesWaitsForTheRunningOnesAndReportsThem() throws Exception {
        var script = new StringBuilder();
        for (int b = 0; b < 8; b++) { // slow batches: each counts to 300,000 before it writes its two nodes
            script.append("UNWIND [").append(2 * b).append(", ").append(2 * b + 1)
                    .append("] AS row CALL { UNWIND range(1, 300000) AS x RETURN count(x) AS c } CREATE (:S {id: row, batch: ")
                    .append(b).append("});\n");
        }
        var report = new java.util.concurrent.atomic.AtomicReference<LoadReport>();
        var thrown = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        var interruptedAfter = new java.util.concurrent.atomic.AtomicBoolean();
        Thread loading = new Thread(() -> {
            try {
                report.set(loader.load(List.of(ScriptSource.of("slow.cypher", script.toString())),
                        new LoadOptions(LoadMode.DEFAULT, false, 2), new LoadListener() {
                            @Override
                            public void progress(Progress progress) {
                                if (progress.done() == 1) {
                                    Thread.currentThread().interrupt(); // as a shutdown would, once the first batch is in
                                }
                            }
                        }));
                interruptedAfter.set(Thread.currentThread().isInterrupted());
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        loading.start();
        loading.join(120_000);
        if (thrown.get() != null) {
            throw new AssertionError("the load threw instead of reporting", thrown.get());
        }
        LoadReport r = report.get();
        assertEquals(Outcome.FAILED, r.outcome(), r::summary);
        assertTrue(r.problems().get(0).message().contains("interrupted"), r::summary);
        var inGraph = batchesInGraph("S", 1);
        var reported = committedStatements(r);
        assertEquals(inGraph, reported, "every batch that committed, the one still running at the interrupt included: " + r.summary());
        assertTrue(reported.size() >= 1 && reported.size() < 8, r::summary);
        assertTrue(interruptedAfter.get(), "the load hands the interrupt back to its thread");
    }

    /** The statement numbers of the batches whose nodes (label {@code label}, property {@code batch}) are in the graph. */
    private static java.util.TreeSet<Integer> batchesInGraph(String label, int firstStatement) {
        var statements = new java.util.TreeSet<Integer>();
        TestNeo4j.driver().executableQuery("MATCH (n:" + label + ") RETURN DISTINCT n.batch AS batch").execute().records()
                .forEach(r -> statements.add(r.get("batch").asInt() + firstStatement));
        return statements;
    }

    /** The statement numbers the report says committed, ranges spelled out. */
    private static java.util.TreeSet<Integer> committedStatements(LoadReport report) {
        var statements = new java.util.TreeSet<Integer>();
        report.sources().get(0).committed().forEach(r -> {
            for (int n = r.from(); n <= r.to(); n++) {
                statements.add(n);
            }
        });
        return statements;
    }
}
