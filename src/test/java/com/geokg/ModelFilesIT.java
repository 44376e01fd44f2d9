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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import com.geokg.load.cli.LoadCommand;
import com.geokg.model.introspect.ModelCommand;
import com.geokg.support.Neo4jMovies;
import com.geokg.support.ServiceProcess;

/**
 * The packaged application on model files, as an operator runs it ({@code java -jar} with
 * {@code KG_MODEL} and {@code NEO4J_URI}): the model {@code kg-model} prints for Neo4j's movies graph
 * is served as it is; a model that cannot work stops start-up with exit status 1 and one line per
 * problem (file, line, column), never a stack trace.
 */
class ModelFilesIT {

    private static Neo4j neo4j;

    @TempDir
    Path work;

    private ServiceProcess service;

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

    @BeforeEach
    void processes() {
        service = new ServiceProcess(work);
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        service.close();
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
                  note: String @indexed
                }
                """);
        Process service = start("builtin," + model, freePort(), "broken.log");
        assertTrue(service.waitFor(90, TimeUnit.SECONDS), "the service must stop");
        assertEquals(1, service.exitValue());
        String log = this.service.log("broken.log");
        assertThat(log, containsString(model + ":4:3: two fields named 'name' in Sanction"));
        assertThat(log, containsString(model + ":5:24: @relationship needs its argument 'direction'"));
        assertThat(log, containsString(model + ":6:11: Sanction.target: unknown type 'Nowhere'"));
        assertThat(log, containsString(model + ":7:16: unknown directive @indexed on Sanction.note"));
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
        String log = this.service.log("cypher.log");
        assertThat(log, containsString(model + ":3:21: State.allies: Neo4j refuses the @cypher statement"));
        assertThat(log, containsString("allie"));
        assertThat(log, not(containsString("\tat ")));
    }

    private Process start(String kgModel, int httpPort, String log) throws IOException {
        return service.start(Map.of("NEO4J_URI", neo4j.boltURI().toString(), "KG_MODEL", kgModel,
                "KG_SEED_APPLY_ON_START", "false", "QUARKUS_HTTP_PORT", String.valueOf(httpPort)), List.of(), log);
    }

    private void awaitReady(Process p, int port) throws Exception {
        service.awaitReady(p, port);
    }

    private String graphql(int port, String query) throws Exception {
        return service.graphql(port, query);
    }

    private static PrintStream sink() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        return ServiceProcess.freePort();
    }
}
