package com.geokg.mutation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With KG_READ_ACCESS=authenticated, anonymous reads are switched off. */
@QuarkusTest
@TestProfile(AuthenticatedReadsTest.ReadsNeedAUser.class)
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class AuthenticatedReadsTest {

    public static class ReadsNeedAUser implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.permission.graphql-reads.policy", "authenticated");
        }
    }

    private static final Map<String, Object> QUERY = Map.of("query", "{ state(id: \"russia\") { name } }");

    @Test
    void anonymousReadIsRefused() {
        given().contentType(ContentType.JSON).body(QUERY).when().post("/graphql").then().statusCode(401);
    }

    @Test
    void anyAuthenticatedUserMayRead() {
        given().auth().preemptive().basic("reader", "reader-secret").contentType(ContentType.JSON).body(QUERY)
                .when().post("/graphql").then().statusCode(200).body("data.state.name", is("Russia"));
    }
}
