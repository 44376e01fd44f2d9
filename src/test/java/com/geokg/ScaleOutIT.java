package com.geokg;

import static com.geokg.support.ServiceProcess.freePort;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.harness.Neo4j;

import com.geokg.support.BoltNeo4j;
import com.geokg.support.ServiceProcess;

/**
 * Two instances of the packaged service over one Neo4j, through a {@code neo4j://} (routing) URI,
 * as behind a load balancer: a write through one instance answers with {@code X-KG-Bookmark}, and a
 * read through the other that sends it back sees the write. Credentials sent to either never
 * appear in their logs.
 */
class ScaleOutIT {

    private static final String PASSWORD = "scale-out-secret-4711";

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void twoInstancesServeOneGraphAndReadTheirWritesWithBookmarks() throws Exception {
        int bolt = freePort();
        try (Neo4j neo4j = BoltNeo4j.start(work.resolve("neo4j"), bolt);
             ServiceProcess service = new ServiceProcess(work)) {
            Map<String, String> env = Map.of("NEO4J_URI", "neo4j://127.0.0.1:" + bolt, "NEO4J_USERNAME", "neo4j", "NEO4J_PASSWORD", "neo4j",
                    "KG_EDITOR_PASSWORD", PASSWORD);
            int a = freePort();
            Process first = service.start(with(env, a), List.of(), "a.log");
            service.awaitReady(first, a);
            int b = freePort();
            Process second = service.start(with(env, b), List.of(), "b.log");
            service.awaitReady(second, b);

            HttpResponse<String> write = post(a, "mutation { createPlace(input: { id: \\\"scale-out-place\\\", name: \\\"Written through A\\\" }) { id } }",
                    Map.of("Authorization", basic(PASSWORD)));
            assertEquals(200, write.statusCode(), write.body());
            assertThat(write.body(), containsString("\"id\":\"scale-out-place\""));
            String bookmark = write.headers().firstValue("X-KG-Bookmark").orElseThrow();
            assertTrue(!bookmark.isBlank());

            HttpResponse<String> read = post(b, "{ place(id: \\\"scale-out-place\\\") { name } state(id: \\\"russia\\\") { name } }",
                    Map.of("X-KG-Bookmark", bookmark));
            assertEquals(200, read.statusCode(), read.body());
            assertThat(read.body(), containsString("\"name\":\"Written through A\""));
            assertThat(read.body(), containsString("\"name\":\"Russia\"")); // the seed, applied once by A

            HttpResponse<String> forged = post(b, "{ __typename }", Map.of("X-KG-Bookmark", "not a bookmark!"));
            assertEquals(400, forged.statusCode());
            assertThat(forged.body(), containsString("\"code\":\"BAD_REQUEST\""));

            HttpResponse<String> wrong = post(b, "mutation { deletePlace(id: \\\"scale-out-place\\\") { id } }",
                    Map.of("Authorization", basic("wrong-" + PASSWORD)));
            assertEquals(401, wrong.statusCode(), wrong.body());
            for (String log : List.of("a.log", "b.log")) {
                assertThat(service.log(log), not(containsString(PASSWORD)));
                assertThat(service.log(log), not(containsString(basic(PASSWORD).substring(6))));
            }
        }
    }

    private static Map<String, String> with(Map<String, String> env, int port) {
        var all = new java.util.HashMap<>(env);
        all.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        all.put("QUARKUS_LOG_CATEGORY__COM_GEOKG__LEVEL", "DEBUG"); // even the debug log keeps credentials out
        return all;
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("editor:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(int port, String query, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
