package com.geokg.mutation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/** Production writers: JWT bearer tokens with the `editor` group. */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class BearerTokenTest {

    private static final String CREATE = "mutation { createPlace(input: { id: \"test-jwt-place\", name: \"Token Town\" }) { id } }";

    @Inject
    Driver driver;

    @AfterEach
    void removeTestData() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH 'test-' DETACH DELETE n").execute();
    }

    @Test
    void editorTokenMayWrite() {
        post(token(Set.of("editor")))
                .body("errors", nullValue())
                .body("data.createPlace.id", is("test-jwt-place"));
    }

    @Test
    void tokenWithoutTheEditorGroupIsForbidden() {
        post(token(Set.of("reader"))).body("errors[0].extensions.code", is("FORBIDDEN"));
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        String foreign = Jwt.issuer("someone-else").upn("mallory").groups(Set.of("editor")).sign();
        given().auth().oauth2(foreign).contentType(ContentType.JSON)
                .body(Map.of("query", CREATE)).when().post("/graphql")
                .then().statusCode(401);
    }

    /** A token with the right issuer and group, signed by a key this service never issued: refused, nothing written. */
    @Test
    void forgedTokenIsRejectedAndWritesNothing() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer("geokg").upn("mallory").groups(Set.of("editor")).sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).contentType(ContentType.JSON)
                .body(Map.of("query", CREATE)).when().post("/graphql")
                .then().statusCode(401);
        long written = driver.executableQuery("MATCH (n {id: 'test-jwt-place'}) RETURN count(n) AS n").execute()
                .records().get(0).get("n").asLong();
        org.junit.jupiter.api.Assertions.assertEquals(0, written);
    }

    private static String token(Set<String> groups) {
        return Jwt.issuer("geokg").upn("analyst@example.org").groups(groups).sign();
    }

    private static io.restassured.response.ValidatableResponse post(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("query", CREATE, "variables", Map.of())).when().post("/graphql").then();
    }
}
