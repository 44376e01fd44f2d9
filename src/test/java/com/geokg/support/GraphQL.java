package com.geokg.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts GraphQL operations over real HTTP, always with variables. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse query(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then();
    }

    public static ValidatableResponse query(String query) {
        return query(query, Map.of());
    }
}
