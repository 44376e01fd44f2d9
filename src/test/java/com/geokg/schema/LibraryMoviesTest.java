package com.geokg.schema;

import static com.geokg.support.GraphQL.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import com.geokg.graph.StatementCounter;
import com.geokg.support.Neo4jMovies;
import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The Neo4j GraphQL Library's movies type definitions, as its documentation gives them, served over
 * Neo4j's movies graph ({@link Neo4jMovies}), which has no ids: the library's own query shapes answer what Cypher says the graph
 * holds, in one statement per root field; pages stay stable without ids, and no id is invented.
 */
@QuarkusTest
@TestProfile(LibraryMoviesTest.MoviesModel.class)
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class LibraryMoviesTest {

    /** Only the library's movies type definitions: {@code KG_MODEL=src/test/resources/movies/movies.graphql}. */
    public static class MoviesModel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kg.model", Path.of("src/test/resources/movies/movies.graphql").toAbsolutePath().toString());
        }
    }

    private static final String MOVIE_DATA = "MATCH (n) WHERE n:Movie OR (n:Person AND n.id IS NULL) DETACH DELETE n";

    @Inject
    Driver driver;

    @Inject
    StatementCounter statements;

    /** Neo4j's own movies graph, loaded with the loader for each test and removed after it. */
    @BeforeEach
    void loadMovies() {
        driver.executableQuery(MOVIE_DATA).execute();
        given().auth().preemptive().basic("loader", "loader-secret").contentType("text/plain")
                .body(Neo4jMovies.script())
                .when().post("/load?name=movies.cypher&stream=false&force=true")
                .then().statusCode(200);
    }

    @AfterEach
    void removeMovies() {
        driver.executableQuery(MOVIE_DATA).execute();
    }

    private List<Map<String, Object>> cypher(String statement) {
        return driver.executableQuery(statement).execute().records().stream().map(r -> r.asMap()).toList();
    }

    @Test
    void aFilterOnTheTitleWithTheActors() {
        long before = statements.total();
        List<String> actors = query("""
                { movies(where: { title: { eq: "The Matrix" } }) { title actors { name } } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.movies.size()", is(1))
                .body("data.movies[0].title", is("The Matrix"))
                .extract().path("data.movies[0].actors.name");
        var expected = cypher("MATCH (:Movie {title: 'The Matrix'})<-[:ACTED_IN]-(p:Person) RETURN p.name AS name")
                .stream().map(r -> r.get("name")).toList();
        assertEquals(new HashSet<>(expected), new HashSet<>(actors));
        assertFalse(actors.isEmpty());
        assertEquals(1, statements.total() - before);
    }

    @Test
    void theRelationshipConnectionShowsTheRoles() {
        List<Map<String, Object>> movies = query("""
                { movies(sort: [{ title: ASC }]) { title actorsConnection { edges { properties { roles } node { name } } } } }""")
                .statusCode(200).body("errors", nullValue())
                .extract().path("data.movies");
        var found = new HashSet<List<Object>>();
        for (var movie : movies) {
            @SuppressWarnings("unchecked")
            var edges = (List<Map<String, Map<String, Object>>>) ((Map<String, Object>) movie.get("actorsConnection")).get("edges");
            for (var edge : edges) {
                found.add(List.of(movie.get("title"), edge.get("node").get("name"), edge.get("properties").get("roles")));
            }
        }
        var expected = new HashSet<List<Object>>();
        for (var row : cypher("MATCH (m:Movie)<-[r:ACTED_IN]-(p:Person) RETURN m.title AS title, p.name AS name, r.roles AS roles")) {
            expected.add(List.of(row.get("title"), row.get("name"), row.get("roles")));
        }
        assertEquals(expected, found);
    }

    @Test
    void sortLimitAndOffset() {
        List<String> page = query("""
                { movies(sort: [{ released: DESC }, { title: ASC }], limit: 3, offset: 2) { title released } }""")
                .statusCode(200).body("errors", nullValue())
                .extract().path("data.movies.title");
        var expected = cypher("MATCH (m:Movie) RETURN m.title AS title ORDER BY m.released DESC, m.title ASC SKIP 2 LIMIT 3")
                .stream().map(r -> (String) r.get("title")).toList();
        assertEquals(expected, page);
    }

    @Test
    void cursorPagesCoverEveryNodeOnceWithoutIds() {
        long total = (long) cypher("MATCH (p:Person) RETURN count(p) AS n").get(0).get("n"); // the seed's people too: same label
        var seen = new ArrayList<String>();
        String after = null;
        for (int page = 0; page < 100; page++) {
            var response = query("""
                    query($after: String) { actorsConnection(first: 25, after: $after) {
                      totalCount pageInfo { hasNextPage endCursor } edges { node { name born } } } }""",
                    after == null ? Map.of() : Map.of("after", after))
                    .statusCode(200).body("errors", nullValue())
                    .body("data.actorsConnection.totalCount", is((int) total));
            List<String> names = response.extract().path("data.actorsConnection.edges.node.name");
            seen.addAll(names);
            if (!(Boolean) response.extract().path("data.actorsConnection.pageInfo.hasNextPage")) {
                break;
            }
            after = response.extract().path("data.actorsConnection.pageInfo.endCursor");
        }
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size(), "no node twice: ties are broken by Neo4j's element id");
    }

    @Test
    void typesWithoutIdsHaveNoIdFieldAndNoLookUpById() {
        List<String> queryFields = query("{ __type(name: \"Query\") { fields { name } } }").extract().path("data.__type.fields.name");
        assertTrue(queryFields.containsAll(List.of("movies", "moviesConnection", "actors", "actorsConnection")), queryFields.toString());
        assertFalse(queryFields.contains("movie") || queryFields.contains("actor"), queryFields.toString());
        List<String> movieFields = query("{ __type(name: \"Movie\") { fields { name } } }").extract().path("data.__type.fields.name");
        assertFalse(movieFields.contains("id"));
        query("{ movies(limit: 1) { id } }").body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"));
    }
}
