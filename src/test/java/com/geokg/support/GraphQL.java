package com.geokg.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Posts GraphQL operations over real HTTP, always with variables. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse query(String query, Map<String, Object> variables) {
        return post(given(), query, variables);
    }

    public static ValidatableResponse query(String query) {
        return query(query, Map.of());
    }

    /** As a user of the configured HTTP Basic users (test passwords are `<user>-secret`). */
    public static ValidatableResponse as(String user, String query, Map<String, Object> variables) {
        return post(given().auth().preemptive().basic(user, user + "-secret"), query, variables);
    }

    private static ValidatableResponse post(RequestSpecification request, String query, Map<String, Object> variables) {
        return request.contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then();
    }
}
