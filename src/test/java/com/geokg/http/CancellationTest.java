package com.geokg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.geokg.support.Eventually;
import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A client that goes away leaves nothing running: the statement of its request is terminated in
 * Neo4j (found by the request id in its transaction's metadata) long before the transaction timeout,
 * here set to five minutes, would have stopped it, and its slot is free again.
 */
@QuarkusTest
@TestProfile(CancellationTest.LongTimeout.class)
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class CancellationTest {

    public static class LongTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kg.model", "builtin," + Path.of("src/test/resources/models/slow-queries.graphql").toAbsolutePath(),
                    "kg.limits.transaction-timeout", "300s");
        }
    }

    @TestHTTPResource("/graphql")
    URL url;

    @Inject
    Driver driver;

    @Inject
    GraphqlEndpoint endpoint;

    @Test
    void aClientThatGoesAwayLeavesNothingRunningInNeo4j() throws Exception {
        String body = "{\"query\":\"{ slowCount }\"}";
        try (Socket socket = new Socket("127.0.0.1", url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Request-Id: cancel-me\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertTrue(Eventually.eventually(() -> running() == 1, 100), "the statement runs in Neo4j");
        } // the client closes its connection before any answer
        assertTrue(Eventually.eventually(() -> running() == 0, 100), "the statement was terminated in Neo4j");
        assertTrue(Eventually.eventually(() -> endpoint.admissionState().get("running") == 0, 100), "its slot is free again");
        assertEquals(0, running());
    }

    private long running() {
        return driver.executableQuery("SHOW TRANSACTIONS YIELD metaData, currentQuery "
                + "WHERE metaData.kgRequest = 'cancel-me' AND currentQuery CONTAINS 'UNWIND range' RETURN count(*) AS n")
                .execute().records().get(0).get("n").asLong();
    }
}
