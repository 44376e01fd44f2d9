package com.geokg.load.cli;

import static com.geokg.load.TestNeo4j.count;
import static com.geokg.load.TestNeo4j.dataNodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.geokg.load.TestNeo4j;

class LoadCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void emptyGraph() {
        TestNeo4j.clean();
    }

    private int kgLoad(String stdin, boolean terminal, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--uri";
        all[1] = TestNeo4j.boltUri();
        System.arraycopy(args, 0, all, 2, args.length);
        return LoadCommand.run(all, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void loadsAFolderInNameOrderWithPlainProgressLinesOffATerminal() throws IOException {
        write("scripts/2_people.cypher", "MATCH (s:S {id: 1}) CREATE (:P)-[:OF]->(s);\nMATCH (s:S {id: 1}) CREATE (:P)-[:OF]->(s);\n");
        write("scripts/1_states.cypher", "CREATE (:S {id: 1});\n");
        write("scripts/notes.txt", "not a script");

        int exit = kgLoad("", false, dir.resolve("scripts").toString());

        assertEquals(0, exit, this::err);
        assertEquals(2, count("MATCH (:P)-[:OF]->(:S) RETURN count(*) AS n"));
        assertTrue(out().startsWith("SUCCEEDED: 2 scripts, 3 statements"), out());
        assertTrue(out().contains("nodes created 3, deleted 0; relationships created 2, deleted 0"), out());
        assertTrue(out().contains("rows/s"), out());
        String progress = err();
        assertTrue(progress.contains("validating 3 statements"), progress);
        assertTrue(progress.contains("progress: 3/3 statements (100%)"), progress);
        assertTrue(progress.contains("rows/s, elapsed "), progress);
        assertTrue(progress.contains("remaining "), progress);
        assertFalse(progress.contains("\r"), "no carriage returns off a terminal");
        assertFalse(progress.contains("\u001b"), "no escape sequences off a terminal");
    }

    @Test
    void theShippedSchemaAndSeedScriptsLoad() {
        assertEquals(0, kgLoad("", false, "cypher"), this::out);
        assertTrue(out().startsWith("SUCCEEDED: 4 scripts"), out());
        assertEquals(1, count("MATCH (:State {id: 'north-korea'})-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(:State {id: 'russia'}) RETURN count(*) AS n"));
        assertTrue(count("SHOW CONSTRAINTS YIELD name RETURN count(name) AS n") >= 10);
    }

    @Test
    void theExampleBulkScriptLoadsOnTheSeedAndAForcedReRunChangesNothing() {
        assertEquals(0, kgLoad("", false, "cypher", "cypher/examples/bulk_events.cypher"), this::out);
        assertEquals(2000, count("MATCH (e:Event {synthetic: true})-[:OCCURRED_AT]->(:Place) RETURN count(e) AS n"));
        assertEquals(4000, count("MATCH (:Actor)-[r:PARTICIPATED_IN]->(:Event {synthetic: true}) RETURN count(r) AS n"));
        assertEquals(2000, count("MATCH (:Actor)-[:ASSERTED]->(c:Claim {synthetic: true})-[:ABOUT]->(:Event) RETURN count(c) AS n"));
        long relationships = count("MATCH ()-[r]->() RETURN count(r) AS n");

        out.reset();
        assertEquals(0, kgLoad("", false, "--force", "cypher/examples/bulk_events.cypher"), this::out);
        assertTrue(out().contains("nodes created 0, deleted 0; relationships created 0, deleted 0"), out());
        assertEquals(relationships, count("MATCH ()-[r]->() RETURN count(r) AS n"));
    }

    @Test
    void drawsABarOnATerminal() throws IOException {
        int exit = kgLoad("", true, write("a.cypher", "CREATE (:A);\nCREATE (:A);\n").toString());
        assertEquals(0, exit, this::err);
        assertTrue(err().contains("\r"), err());
        assertTrue(err().contains("[##############################] 2/2 statements"), err());
    }

    @Test
    void readsStandardInput() {
        assertEquals(0, kgLoad("CREATE (:FromStdin);\n", false));
        assertEquals(0, kgLoad("CREATE (:FromStdin), (:FromStdin);\n", false, "-"));
        assertEquals(3, count("MATCH (n:FromStdin) RETURN count(n) AS n"));
        assertEquals(2, count("MATCH (r:LoadRecord {file: '<stdin>'}) RETURN count(r) AS n"));
    }

    @Test
    void syntaxErrorExitsWithTwoAndNamesTheLine() throws IOException {
        Path file = write("bad.cypher", "CREATE (:A);\nCREATE (:B;\n");
        assertEquals(2, kgLoad("", false, file.toString()));
        assertTrue(out().startsWith("REFUSED: nothing was written"), out());
        assertTrue(out().contains(file + ":2:11: statement 2: Neo.ClientError.Statement.SyntaxError"), out());
        assertEquals(0, count("MATCH (n) RETURN count(n) AS n"));
    }

    @Test
    void runtimeFailureExitsWithOneAndSaysWhatCommitted() throws IOException {
        Path file = write("dup.cypher", """
                CREATE CONSTRAINT u_id IF NOT EXISTS FOR (u:U) REQUIRE u.id IS UNIQUE;
                CREATE (:U {id: 1});
                CREATE (:U {id: 1});
                CREATE (:U {id: 2});
                """);
        assertEquals(1, kgLoad("", false, file.toString()));
        assertTrue(out().contains("FAILED: statements committed before the failure stay committed: " + file + " statements 1-2 of 4"), out());
        assertTrue(out().contains(file + ":3:1: statement 3: Neo.ClientError.Schema.ConstraintValidationFailed"), out());

        TestNeo4j.driver().executableQuery("MATCH (u:U) DELETE u").execute();
        out.reset();
        assertEquals(1, kgLoad("", false, "--atomic", write("dup2.cypher", "CREATE (:U {id: 1});\nCREATE (:U {id: 1});\n").toString()));
        assertTrue(out().startsWith("ROLLED BACK"), out());
        assertEquals(0, dataNodes());
    }

    @Test
    void dryRunWritesNothingAndReRunIsSkipped() throws IOException {
        Path file = write("a.cypher", "CREATE (:A);\n");
        assertEquals(0, kgLoad("", false, "--dry-run", file.toString()));
        assertTrue(out().startsWith("VALIDATED"), out());
        assertEquals(0, count("MATCH (n) RETURN count(n) AS n"));

        assertEquals(0, kgLoad("", false, file.toString()));
        assertEquals(0, kgLoad("", false, file.toString()));
        assertTrue(err().contains("skipped " + file), err());
        assertEquals(1, dataNodes());
        assertEquals(0, kgLoad("", false, "--force", file.toString()));
        assertEquals(2, dataNodes());
    }

    @Test
    void missingFileIsRefusedBeforeConnecting() {
        assertEquals(2, kgLoad("", false, dir.resolve("nope.cypher").toString()));
        assertTrue(err().contains("nope.cypher: no such file or folder"), err());
    }

    @Test
    void unreachableNeo4jExitsWithThree() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int exit = LoadCommand.run(new String[] {"--uri", "bolt://127.0.0.1:" + port, write("a.cypher", "CREATE (:A);\n").toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err), false);
        assertEquals(3, exit);
        assertTrue(err().contains("cannot reach Neo4j at bolt://127.0.0.1:" + port), err());
    }

    @Test
    void atomicAndDryRunTogetherIsAUsageError() {
        assertEquals(64, kgLoad("", false, "--atomic", "--dry-run", "-"));
        assertTrue(err().contains("mutually exclusive"), err());
    }

    @Test
    void parallelBatchesLoadAndABadParallelIsAUsageError() throws IOException {
        var script = new StringBuilder();
        for (int b = 0; b < 6; b++) {
            script.append("UNWIND [{id: ").append(2 * b).append("}, {id: ").append(2 * b + 1).append("}] AS row CREATE (:N {id: row.id});\n");
        }
        Path file = write("batches.cypher", script.toString());
        assertEquals(0, kgLoad("", false, "--parallel", "3", "--progress", "none", file.toString()), err());
        assertEquals(12, TestNeo4j.count("MATCH (n:N) RETURN count(DISTINCT n.id) AS n"));
        assertTrue(out().contains("6 statements committed; nodes created 12"), out());

        assertEquals(64, kgLoad("", false, "--parallel", "0", file.toString()));
        assertTrue(err().contains("--parallel: parallel must be between 1 and 16, not 0"), err());
        assertEquals(64, kgLoad("", false, "--parallel", "2", "--atomic", file.toString()));
        assertTrue(err().contains("default mode only"), err());
        assertEquals(64, kgLoad("", false, "--parallel", "two", file.toString()));
        assertEquals(12, TestNeo4j.count("MATCH (n:N) RETURN count(n) AS n"), "the refused runs wrote nothing");
    }

    @Test
    void noInputOnATerminalIsAUsageError() {
        assertEquals(64, kgLoad("", true));
        assertTrue(err().contains("give script files or folders"), err());
    }
}
