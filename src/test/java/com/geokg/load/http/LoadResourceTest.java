package com.geokg.load.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class LoadResourceTest {

    @Inject
    Driver driver;

    /** Each test gets its own label, so scripts (and their checksums) and counts never collide. */
    private final String label = "T" + UUID.randomUUID().toString().replace("-", "");

    private long count() {
        return driver.executableQuery("MATCH (n:" + label + ") RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
    }

    private static RequestSpecification asLoader() {
        return given().auth().preemptive().basic("loader", "loader-secret");
    }

    private String script(int nodes) {
        var sb = new StringBuilder("// test script\n");
        for (int i = 0; i < nodes; i++) {
            sb.append("CREATE (:").append(label).append(" {i: ").append(i).append("});\n");
        }
        return sb.toString();
    }

    @Test
    void callerWithoutCredentialsIsUnauthorized() {
        given().contentType("text/plain").body(script(1)).post("/load").then().statusCode(401);
        assertEquals(0, count());
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        given().auth().preemptive().basic("loader", "guess").contentType("text/plain").body(script(1))
                .post("/load").then().statusCode(401);
        assertEquals(0, count());
    }

    @Test
    void callerWithoutTheLoaderRoleIsForbidden() {
        given().auth().preemptive().basic("reader", "reader-secret").contentType("text/plain").body(script(1))
                .post("/load").then().statusCode(403);
        given().auth().preemptive().basic("editor", "editor-secret").contentType("text/plain").body(script(1))
                .post("/load").then().statusCode(403);
        assertEquals(0, count());
    }

    @Test
    void loaderLoadsAPlainTextBodyWithStreamedProgressAndSummary() {
        asLoader().contentType("text/plain; charset=UTF-8").body(script(3)).queryParam("name", "people.cypher")
                .post("/load")
                .then().statusCode(200)
                .body(containsString("validating 3 statements"))
                .body(containsString("progress: 3/3 statements (100%)"))
                .body(containsString("SUCCEEDED: 1 script, 3 statements"))
                .body(containsString("nodes created 3"))
                .body(containsString("people.cypher: loaded, 3 statements"))
                .body(endsWith("outcome: SUCCEEDED\n"));
        assertEquals(3, count());
        assertEquals(1, driver.executableQuery("MATCH (r:LoadRecord {file: 'people.cypher', outcome: 'SUCCEEDED', nodesCreated: 3}) "
                + "RETURN count(r) AS n").execute().records().get(0).get("n").asLong());
    }

    @Test
    void loaderUploadsFilesThatLoadInOrder() {
        asLoader().multiPart("file", "1.cypher", ("CREATE (:" + label + " {id: 'a'});\n").getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "2.cypher", ("MATCH (a:" + label + " {id: 'a'}) CREATE (a)-[:NEXT]->(:" + label + " {id: 'b'});\n")
                        .getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/load")
                .then().statusCode(200)
                .body(containsString("1.cypher: loaded"))
                .body(containsString("2.cypher: loaded"))
                .body(endsWith("outcome: SUCCEEDED\n"));
        assertEquals(2, count());
    }

    @Test
    void unparsableScriptIsRefusedWithBadRequestAndNothingWritten() {
        asLoader().contentType("text/plain").body(script(2) + ":source other.cypher\n").queryParam("name", "bad.cypher")
                .post("/load")
                .then().statusCode(400)
                .body(containsString("bad.cypher:4:1: unknown command ':source'"))
                .body(endsWith("outcome: REFUSED\n"));
        assertEquals(0, count());
    }

    @Test
    void validationErrorIsStreamedAsRefusedAndNothingWritten() {
        asLoader().contentType("text/plain").body(script(2) + "CREATE (:" + label + " {i: });\n")
                .post("/load")
                .then().statusCode(200)
                .body(containsString("<request>:4:"))
                .body(containsString("statement 3: Neo.ClientError.Statement.SyntaxError"))
                .body(endsWith("outcome: REFUSED\n"));
        assertEquals(0, count());
    }

    @Test
    void withoutStreamingTheStatusCodeCarriesTheOutcome() {
        String failing = "CREATE (:" + label + " {i: 1});\nUNWIND [1, 0] AS d CREATE (:" + label + " {i: 1 / d});\n";
        asLoader().contentType("text/plain").body(failing).queryParam("stream", false)
                .post("/load")
                .then().statusCode(409)
                .body(startsWith("FAILED: statements committed before the failure stay committed: <request> statements 1 of 2"))
                .body(containsString("statement 2: Neo.ClientError.Statement.ArithmeticError"));
        assertEquals(1, count());

        asLoader().contentType("text/plain").body("CREATE (:" + label + ");\nRETRUN 1;\n").queryParam("stream", false)
                .post("/load").then().statusCode(422).body(startsWith("REFUSED"));
        assertEquals(1, count());
    }

    @Test
    void atomicRollsBackAndDryRunWritesNothing() {
        String failing = "CREATE (:" + label + " {i: 1});\nUNWIND [1, 0] AS d CREATE (:" + label + " {i: 1 / d});\n";
        asLoader().contentType("text/plain").body(failing).queryParam("atomic", true).queryParam("stream", false)
                .post("/load").then().statusCode(409).body(startsWith("ROLLED BACK"));
        asLoader().contentType("text/plain").body(script(2)).queryParam("dryRun", true)
                .post("/load").then().statusCode(200).body(endsWith("outcome: VALIDATED\n"));
        assertEquals(0, count());
        asLoader().contentType("text/plain").body(script(2)).queryParam("dryRun", true).queryParam("atomic", true)
                .post("/load").then().statusCode(400).body(containsString("mutually exclusive"));
    }

    @Test
    void aScriptLoadedBeforeIsSkippedUnlessForced() {
        String s = script(1);
        asLoader().contentType("text/plain").body(s).post("/load").then().statusCode(200);
        asLoader().contentType("text/plain").body(s).post("/load").then().statusCode(200)
                .body(containsString("skipped <request>")).body(endsWith("outcome: SUCCEEDED\n"));
        assertEquals(1, count());
        asLoader().contentType("text/plain").body(s).queryParam("force", true).post("/load").then().statusCode(200);
        assertEquals(2, count());
    }

    @Test
    void parallelTakesAWholeNumberForTheDefaultModeOnly() {
        asLoader().contentType("text/plain").body(script(4)).queryParam("parallel", "2").queryParam("stream", false)
                .post("/load").then().statusCode(200).body(containsString("outcome: SUCCEEDED"));
        assertEquals(4, count());
        asLoader().contentType("text/plain").body(script(4)).queryParam("parallel", "many").queryParam("force", true)
                .post("/load").then().statusCode(400).body(containsString("whole number"));
        asLoader().contentType("text/plain").body(script(4)).queryParam("parallel", "99").queryParam("force", true)
                .post("/load").then().statusCode(400).body(containsString("between 1 and 16"));
        asLoader().contentType("text/plain").body(script(4)).queryParam("parallel", "2").queryParam("atomic", true).queryParam("force", true)
                .post("/load").then().statusCode(400).body(containsString("default mode only"));
        assertEquals(4, count(), "the refused loads wrote nothing");
    }

    @Test
    void emptyBodyIsABadRequest() {
        asLoader().contentType("text/plain").body("").post("/load").then().statusCode(400).body(containsString("empty"));
    }
}
