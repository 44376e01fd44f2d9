package com.geokg;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import com.geokg.support.ServiceProcess;

/**
 * The packaged application on its embedded default, as a user runs it: {@code java -jar} with no
 * {@code NEO4J_URI}. Data survives a restart; a second instance on the same store or port fails
 * with one clear line and a non-zero exit, not a stack trace.
 */
class EmbeddedModeIT {

    @TempDir
    Path work;

    private ServiceProcess service;

    @BeforeEach
    void processes() {
        service = new ServiceProcess(work);
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        service.close();
    }

    @Test
    void servesTheSeedGraphKeepsWritesAcrossRestartAndRefusesASecondInstance() throws Exception {
        Path store = work.resolve("store");
        int bolt = freePort();
        int httpPort = freePort();

        Process first = start(store, bolt, httpPort, "first.log");
        awaitReady(first, httpPort);
        String answer = graphql(httpPort, "{ state(id: \\\"north-korea\\\") { pactPartners { id } deployedTroopsTo { id } } }");
        assertThat(answer, containsString("\"pactPartners\":[{\"id\":\"russia\"}]"));
        assertThat(answer, containsString("\"deployedTroopsTo\":[{\"id\":\"russia\"}]"));
        assertThat("the embedded Neo4j sends no usage report", Files.readString(store.resolve("logs/debug.log")),
                not(containsString("Usage Data is being sent")));
        Path memo = store.resolve("kg-model-checks.txt");
        assertEquals(1, Files.readAllLines(memo).size(), "the builtin model's @cypher statements, accepted once");

        // cypher-shell and the loader reach the embedded store over Bolt on 127.0.0.1
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
            driver.executableQuery("CREATE (:Actor:State {id: 'atlantis', name: 'Atlantis', aliases: []})").execute();
        }

        // same store, other ports: the store lock
        Process sameStore = start(store, freePort(), freePort(), "same-store.log");
        assertTrue(sameStore.waitFor(90, TimeUnit.SECONDS), "a second instance on the same store must exit");
        assertNotEquals(0, sameStore.exitValue());
        String sameStoreLog = Files.readString(work.resolve("same-store.log"));
        assertThat(sameStoreLog, containsString("is in use by another process"));
        assertThat(sameStoreLog, not(containsString("\tat ")));

        // other store, same Bolt port
        Process samePort = start(work.resolve("other"), bolt, freePort(), "same-port.log");
        assertTrue(samePort.waitFor(90, TimeUnit.SECONDS), "a second instance on the same port must exit");
        assertNotEquals(0, samePort.exitValue());
        String samePortLog = Files.readString(work.resolve("same-port.log"));
        assertThat(samePortLog, containsString("port " + bolt + " on 127.0.0.1 is already in use"));
        assertThat(samePortLog, not(containsString("\tat ")));

        first.destroy();
        assertTrue(first.waitFor(60, TimeUnit.SECONDS), "the service stops on SIGTERM");

        Process second = start(store, bolt, httpPort, "second.log");
        awaitReady(second, httpPort);
        String after = graphql(httpPort, "{ state(id: \\\"atlantis\\\") { name } states(limit: 100) { id } }");
        assertThat(after, containsString("\"name\":\"Atlantis\""));
        assertEquals(6, after.split("\\{\"id\":").length - 1, "five seed states plus Atlantis, none seeded twice: " + after);
        assertEquals(1, Files.readAllLines(memo).size(), "the restart did not plan the same statements again");
        assertThat(graphql(httpPort, "{ state(id: \\\"north-korea\\\") { pactPartners { id } } }"), containsString("\"id\":\"russia\""));
        second.destroy();
        assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the service stops on SIGTERM");

        // another model on the same store: its statements are checked, and a refused one still stops start-up
        Path model = work.resolve("allies.graphql");
        Files.writeString(model, """
                extend type State {
                  allies: [State!]! @cypher(statement: "MATCH (this)-[:ALLY_OF]->(ally:State) RETURN allie", columnName: "ally")
                }
                """);
        Process refused = service.start(Map.of("KG_EMBEDDED_DATA_DIR", store.toString(), "KG_EMBEDDED_BOLT_PORT", String.valueOf(bolt),
                "QUARKUS_HTTP_PORT", String.valueOf(httpPort), "KG_MODEL", "builtin," + model), List.of("NEO4J_URI"), "refused.log");
        assertTrue(refused.waitFor(90, TimeUnit.SECONDS), "a model Neo4j refuses stops start-up");
        assertNotEquals(0, refused.exitValue());
        assertThat(Files.readString(work.resolve("refused.log")), containsString("State.allies: Neo4j refuses the @cypher statement"));
        assertEquals(1, Files.readAllLines(memo).size(), "a refused set is not remembered");
    }

    private Process start(Path store, int bolt, int httpPort, String log) throws IOException {
        return service.start(Map.of("KG_EMBEDDED_DATA_DIR", store.toString(), "KG_EMBEDDED_BOLT_PORT", String.valueOf(bolt),
                "QUARKUS_HTTP_PORT", String.valueOf(httpPort)), List.of("NEO4J_URI"), log);
    }

    private void awaitReady(Process p, int port) throws Exception {
        service.awaitReady(p, port);
    }

    private String graphql(int port, String query) throws Exception {
        return service.graphql(port, query);
    }

    private static int freePort() throws IOException {
        return ServiceProcess.freePort();
    }
}
