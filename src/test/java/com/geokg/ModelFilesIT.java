package com.geokg;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import com.geokg.load.cli.LoadCommand;
import com.geokg.model.introspect.ModelCommand;
import com.geokg.support.Neo4jMovies;

/**
 * The packaged application on model files, as an operator runs it ({@code java -jar} with
 * {@code KG_MODEL} and {@code NEO4J_URI}): the model {@code kg-model} prints for Neo4j's movies graph
 * is served as it is; a model that cannot work stops start-up with exit status 1 and one line per
 * problem (file, line, column), never a stack trace.
 */
class ModelFilesIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private static Neo4j neo4j;

    @TempDir
    Path work;

    private final List<Process> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void moviesGraph() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100)).build();
        int exit = LoadCommand.run(new String[] {"--uri", neo4j.boltURI().toString(), "--progress=none", "-"},
                new ByteArrayInputStream(Neo4jMovies.script().getBytes(StandardCharsets.UTF_8)), sink(), sink(), false);
        assertEquals(0, exit, "kg-load of the movies graph");
    }

    @AfterAll
    static void stopNeo4j() {
        neo4j.close();
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : started) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void theModelKgModelPrintsForADatabaseIsServed() throws Exception {
        Path model = work.resolve("movies.graphql");
        assertEquals(0, ModelCommand.run(new String[] {"--uri", neo4j.boltURI().toString(), "-o", model.toString()}, sink(), sink()));
        int port = freePort();
        Process service = start(model.toString(), port, "introspected.log");
        awaitReady(service, port);
        String answer = graphql(port, "{ movies(where: { title: { eq: \\\"The Matrix\\\" } }) { title released peopleActedIn { name } } }");
        assertThat(answer, containsString("\"title\":\"The Matrix\",\"released\":1999,\"peopleActedIn\":[{\"name\":"));
        String page = graphql(port, "{ peopleConnection(first: 2, sort: [{ name: ASC }]) { totalCount edges { node { name } } } }");
        assertThat(page, containsString("\"totalCount\":"));
        assertThat(page, not(containsString("errors")));
    }

    @Test
    void aModelWithProblemsStopsStartUpWithOneLinePerProblem() throws Exception {
        Path model = work.resolve("broken.graphql");
        Files.writeString(model, """
                type Sanction @node {
                  id: ID!
                  name: String!
                  name: String
                  imposedBy: [Actor!]! @relationship(type: "IMPOSED")
                  target: Nowhere @relationship(type: "TARGETS", direction: OUT)
                  note: String @searchable
                }
                """);
        Process service = start("builtin," + model, freePort(), "broken.log");
        assertTrue(service.waitFor(90, TimeUnit.SECONDS), "the service must stop");
        assertEquals(1, service.exitValue());
        String log = Files.readString(work.resolve("broken.log"));
        assertThat(log, containsString(model + ":4:3: two fields named 'name' in Sanction"));
        assertThat(log, containsString(model + ":5:24: @relationship needs its argument 'direction'"));
        assertThat(log, containsString(model + ":6:11: Sanction.target: unknown type 'Nowhere'"));
        assertThat(log, containsString(model + ":7:16: unknown directive @searchable on Sanction.note"));
        assertThat(log, not(containsString("\tat ")));
        assertThat(log, not(containsString("Exception")));
    }

    @Test
    void aCypherStatementNeo4jRefusesStopsStartUp() throws Exception {
        Path model = work.resolve("cypher.graphql");
        Files.writeString(model, """
                extend type State {
                  "A typo in the statement."
                  allies: [State!]! @cypher(statement: "MATCH (this)-[:ALLY_OF]->(ally:State) RETURN allie", columnName: "ally")
                }
                """);
        Process service = start("builtin," + model, freePort(), "cypher.log");
        assertTrue(service.waitFor(90, TimeUnit.SECONDS), "the service must stop");
        assertEquals(1, service.exitValue());
        String log = Files.readString(work.resolve("cypher.log"));
        assertThat(log, containsString(model + ":3:21: State.allies: Neo4j refuses the @cypher statement"));
        assertThat(log, containsString("allie"));
        assertThat(log, not(containsString("\tat ")));
    }

    private Process start(String kgModel, int httpPort, String log) throws IOException {
        assertTrue(Files.exists(JAR), "package the application first (mvn verify does)");
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(log).toFile());
        Map<String, String> env = builder.environment();
        env.put("NEO4J_URI", neo4j.boltURI().toString());
        env.put("KG_MODEL", kgModel);
        env.put("KG_SEED_APPLY_ON_START", "false");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        Process p = builder.start();
        started.add(p);
        return p;
    }

    private void awaitReady(Process p, int port) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new AssertionError("the service exited with " + p.exitValue());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service was not ready within " + START_TIMEOUT);
    }

    private String graphql(int port, String query) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query + "\"}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static PrintStream sink() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
