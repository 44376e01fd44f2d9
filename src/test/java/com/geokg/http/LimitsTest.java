package com.geokg.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The limits that keep the service up, each shown with a small setting: the cost budget
 * (COST_LIMIT before anything runs), the transaction timeout (TIMEOUT, the statement cancelled in
 * Neo4j itself), the response size (RESPONSE_TOO_LARGE on both paths) and the bound on operations
 * at once (503 OVERLOADED with Retry-After). Tests assert codes and what the database is running,
 * never durations.
 */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class LimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kg.model", "builtin," + Path.of("src/test/resources/models/slow-queries.graphql").toAbsolutePath(),
                    "kg.limits.max-cost", "100",
                    "kg.limits.transaction-timeout", "1s",
                    "kg.limits.max-response-bytes", "1500",
                    "kg.limits.max-concurrent", "1",
                    "kg.limits.max-queued", "0");
        }
    }

    static final String HOSTILE = "{ actors(limit: 1000) { id events { id participants { actor { id events { id participants { actor { id } } } } } } } }";
    static final String SLOW = "{ slowCount }";

    @Inject
    GraphqlEndpoint endpoint;

    @Inject
    Driver driver;

    @Test
    void anOperationOverTheBudgetIsRefusedBeforeItRuns() {
        post(HOSTILE, Map.of()).statusCode(200).body("$", not(hasKey("data")))
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("COST_LIMIT"))
                .body("errors[0].message", containsString("more than the budget of 100"))
                .body("errors[0].message", containsString("actors.events.participants.actor.events"));
        given().contentType(ContentType.JSON).accept("application/graphql-response+json").body(Map.of("query", HOSTILE))
                .when().post("/graphql").then().statusCode(400).body("errors[0].extensions.code", is("COST_LIMIT"));
    }

    @Test
    void operationsWithinTheBudgetRun() {
        post("{ states { id } state(id: \"north-korea\") { pactPartners { id } } }", Map.of())
                .statusCode(200).body("errors", nullValue()).body("data.state.pactPartners[0].id", is("russia"));
    }

    @Test
    void theTransactionTimeoutCancelsTheStatementInNeo4j() throws Exception {
        post(SLOW, Map.of()).statusCode(200)
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("TIMEOUT"))
                .body("errors[0].message", containsString("longer than 1 s"))
                .body("data", nullValue());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (runningSlowStatements() > 0 && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait(); // a terminated transaction may take a moment to leave Neo4j's list
        }
        assertEquals(0, runningSlowStatements(), "Neo4j runs the statement no more");
        post("{ state(id: \"russia\") { name } }", Map.of()).statusCode(200).body("data.state.name", is("Russia"));
    }

    @Test
    void anAnswerOverTheSizeLimitIsRefusedOnBothPaths() {
        String big = "{ events { id title summary claims { text } } }";
        post(big, Map.of()).statusCode(200).body("errors[0].extensions.code", is("RESPONSE_TOO_LARGE"))
                .body("errors[0].message", containsString("1500 bytes"));
        given().contentType(ContentType.JSON).header("X-KG-Execution", "general").body(Map.of("query", big))
                .when().post("/graphql").then().statusCode(200).body("errors[0].extensions.code", is("RESPONSE_TOO_LARGE"));
        post("{ state(id: \"russia\") { name } }", Map.of()).statusCode(200).body("data.state.name", is("Russia"));
    }

    @Test
    void excessLoadIsRefusedAtOnceWithRetryAfter() throws Exception {
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .body(Map.of("query", SLOW)).when().post("/graphql").then().extract().asString());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (endpoint.admissionState().get("running") < 1 && Instant.now().isBefore(deadline) && !slow.isDone()) {
            Thread.sleep(10);
        }
        assertEquals(1L, endpoint.admissionState().get("running"), "the slow operation holds the only slot");
        long refusedBefore = endpoint.admissionState().get("refused");
        given().contentType(ContentType.JSON).body(Map.of("query", "{ state(id: \"russia\") { name } }"))
                .when().post("/graphql")
                .then().statusCode(503).header("Retry-After", "1")
                .body("errors[0].extensions.code", is("OVERLOADED")).body("$", not(hasKey("data")));
        assertEquals(refusedBefore + 1, endpoint.admissionState().get("refused"));
        org.junit.jupiter.api.Assertions.assertTrue(slow.get().contains("TIMEOUT"), "the slow one ends by the timeout");
        assertEquals(0L, endpoint.admissionState().get("running"), "its slot is free again");
        post("{ state(id: \"russia\") { name } }", Map.of()).statusCode(200).body("data.state.name", is("Russia"));
    }

    @Test
    void pagesAboveTheMaximumAreRefusedBeforeTheyRun() {
        post("{ states { id agreements(limit: 5000) { id } } }", Map.of()).statusCode(200)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", is("LIMIT_TOO_LARGE"))
                .body("errors[0].message", containsString("limit 5000 on 'agreements'"));
    }

    /** A fault of the service (a model whose statement answers text for an Int) is INTERNAL, told by the request id alone. */
    @Test
    void aFaultOfTheServiceIsInternalAndNamesTheRequestIdOnly() {
        String body = given().contentType(ContentType.JSON).header("X-Request-Id", "fault-1").body(Map.of("query", "{ brokenCount }"))
                .when().post("/graphql").then().statusCode(200)
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("INTERNAL"))
                .body("errors[0].message", is("internal error; the service logged it with request id fault-1"))
                .body("data.brokenCount", nullValue())
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("not a number") || body.contains("Exception") || body.contains("RETURN"), body);
    }

    private long runningSlowStatements() {
        return driver.executableQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNWIND range(1, 2000000000)' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n")
                .execute().records().get(0).get("n").asLong();
    }

    private static ValidatableResponse post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables)).when().post("/graphql").then();
    }
}
