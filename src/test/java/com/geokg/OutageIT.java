package com.geokg;

import static com.geokg.support.ServiceProcess.freePort;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.harness.Neo4j;

import com.geokg.load.cli.LoadCommand;
import com.geokg.support.BoltNeo4j;
import com.geokg.support.Eventually;
import com.geokg.support.ServiceProcess;

/**
 * Neo4j goes away under the packaged service and comes back: readiness goes DOWN, requests fail
 * at once with 503 UNAVAILABLE (and Retry-After) instead of hanging, and the service serves again
 * by itself once Neo4j is back, without a restart. Every wait here is bounded, and what is asserted
 * is codes and states, not durations.
 */
class OutageIT {

    private static final String QUERY = "{ states(limit: 5) { id } }";

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theServiceRidesOutAnOutageOfNeo4j() throws Exception {
        int bolt = freePort();
        Neo4j neo4j = neo4j(bolt);
        try (ServiceProcess service = new ServiceProcess(work)) {
            int port = freePort();
            Process p = service.start(Map.of("NEO4J_URI", "bolt://127.0.0.1:" + bolt, "QUARKUS_HTTP_PORT", String.valueOf(port),
                    "NEO4J_USERNAME", "neo4j", "NEO4J_PASSWORD", "neo4j"), List.of(), "outage.log");
            service.awaitReady(p, port);
            assertThat(post(port).body(), containsString("\"id\":\"russia\""));

            neo4j.close(); // the outage
            assertTrue(Eventually.eventually(() -> ready(port) == 503, 250), "readiness goes DOWN");
            HttpResponse<String> first = post(port);
            assertEquals(503, first.statusCode(), first.body());
            assertThat(first.body(), containsString("\"code\":\"UNAVAILABLE\""));
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> next = post(port);
                assertEquals(503, next.statusCode(), next.body());
                assertEquals("1", next.headers().firstValue("Retry-After").orElse(null));
            }
            assertTrue(p.isAlive());

            neo4j = neo4j(bolt); // Neo4j is back (an empty store: load one state into it)
            assertEquals(0, LoadCommand.run(new String[] {"--uri", neo4j.boltURI().toString(), "--progress=none", "-"},
                    new ByteArrayInputStream("CREATE (:State:Actor {id: 'back-again', name: 'Back again'});\n".getBytes(StandardCharsets.UTF_8)),
                    sink(), sink(), false));
            assertTrue(Eventually.eventually(() -> post(port).body().contains("back-again"), 250), "the service serves again without a restart");
            assertTrue(Eventually.eventually(() -> ready(port) == 200, 250), "readiness is UP again");
            assertThat(service.log("outage.log"), containsString("Neo4j is unreachable"));
            assertThat(service.log("outage.log"), containsString("Neo4j answers again"));
        } finally {
            neo4j.close();
        }
    }

    private Neo4j neo4j(int bolt) {
        return BoltNeo4j.start(work.resolve("neo4j"), bolt, "CREATE (:State:Actor {id: 'russia', name: 'Russia'})");
    }

    private HttpResponse<String> post(int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + QUERY + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int ready(int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static PrintStream sink() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
