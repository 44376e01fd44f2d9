package com.geokg.explore;

import static com.geokg.support.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.geokg.graph.StatementCounter;
import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * What an analyst asks of the seed graph: search, a node's neighbourhood, the paths between two
 * nodes, a timeline; each root field one Cypher statement, bad input a clear error.
 */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class AnalystQueriesTest {

    private static final String SEARCH = """
            query($text: String!, $labels: [String!], $limit: Int) {
              search(text: $text, labels: $labels, limit: $limit) { score node { id type name labels } }
            }""";
    private static final String NEIGHBOURHOOD = """
            query($id: ID!, $depth: Int, $types: [String!], $direction: Direction, $from: Date, $to: Date, $limit: Int, $asOf: Date) {
              neighbourhood(id: $id, depth: $depth, types: $types, direction: $direction, from: $from, to: $to, limit: $limit, asOf: $asOf) {
                center { id type name status }
                nodes { id type name date datePrecision status }
                relationships { id type start end properties { key value } }
                capped
              }
            }""";
    private static final String PATHS = """
            query($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $asOf: Date) {
              paths(from: $from, to: $to, maxHops: $maxHops, types: $types, asOf: $asOf) {
                length sentence nodes { id name status } relationships { type start end }
              }
            }""";

    @Inject
    StatementCounter statements;

    private ValidatableResponse oneStatement(String query, Map<String, Object> variables) {
        long before = statements.total();
        var answer = query(query, variables);
        assertEquals(1, statements.total() - before, "Cypher statements for one root field");
        return answer;
    }

    private static Map<String, Object> vars(Object... pairs) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    // ---- search -------------------------------------------------------------------------------

    @Test
    void plainWordsFindNamesTitlesAndClaims() {
        oneStatement(SEARCH, vars("text", "Kim"))
                .body("errors", nullValue())
                .body("data.search[0].node.id", is("kim-jong-un"))
                .body("data.search[0].node.type", is("Person"))
                .body("data.search[0].score", greaterThan(0f));
        query(SEARCH, vars("text", "Vladivostok"))
                .body("data.search.node.id", hasItems("vladivostok", "claim-nis-1500-soldiers-in-vladivostok", "nk-troops-in-vladivostok-2024"));
        query(SEARCH, vars("text", "north korean troops", "limit", 20))
                .body("data.search.node.id", hasItems("claim-nk-deploying-troops-to-russia", "nk-troop-deployment-russia-2024"));
        // a word's beginning finds it; aliases are searched
        query(SEARCH, vars("text", "vladi")).body("data.search.node.id", hasItem("vladivostok"));
    }

    @Test
    void searchCanBeLimitedToLabels() {
        query(SEARCH, vars("text", "North Korea", "labels", List.of("Claim"), "limit", 50))
                .body("errors", nullValue())
                .body("data.search.node.type", everyItem(is("Claim")))
                .body("data.search.size()", greaterThan(3));
        query(SEARCH, vars("text", "Russia", "labels", List.of("Nowhere")))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("no label 'Nowhere'"));
    }

    @Test
    void luceneSyntaxWorksAndItsErrorsAreTheClientsToFix() {
        query(SEARCH, vars("text", "\"defence pact\"")).body("data.search.node.id",
                hasItems("russia-north-korea-mutual-defence-pact-2024", "claim-putin-kim-signed-mutual-defence-pact"));
        oneStatement(SEARCH, vars("text", "\"unclosed phrase"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("not valid Lucene query syntax"))
                .body("errors[0].message", not(containsString("org.apache")))
                .body("errors[0].message", not(containsString("Exception")))
                .body("errors.size()", is(1));
        query(SEARCH, vars("text", "name:(Russia")).body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        query(SEARCH, vars("text", "   ")).body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        query(SEARCH, vars("text", "Russia", "limit", 1000)).body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    }

    // ---- neighbourhood ------------------------------------------------------------------------

    @Test
    void aNeighbourhoodIsWhatAGraphViewDraws() {
        oneStatement(NEIGHBOURHOOD, vars("id", "north-korea", "depth", 2))
                .body("errors", nullValue())
                .body("data.neighbourhood.center.id", is("north-korea"))
                .body("data.neighbourhood.nodes[0].id", is("north-korea"))
                .body("data.neighbourhood.nodes.id", hasItems("russia", "russia-north-korea-mutual-defence-pact-2024",
                        "claim-nk-deploying-troops-to-russia", "nk-troop-deployment-russia-2024"))
                .body("data.neighbourhood.relationships.type", hasItems("PARTY_TO", "PARTICIPATED_IN", "ABOUT", "DENIED"))
                .body("data.neighbourhood.relationships.id", hasItem("north-korea>PARTY_TO>russia-north-korea-mutual-defence-pact-2024"))
                // the model's @relationshipKey (the role) makes ids the same in every answer
                .body("data.neighbourhood.relationships.id", hasItem("north-korea>PARTICIPATED_IN>nk-troop-deployment-russia-2024>SENDER"))
                .body("data.neighbourhood.capped", is(false));
        query(NEIGHBOURHOOD, vars("id", "strike-near-donetsk-2024-10-03"))
                .body("data.neighbourhood.center.type", is("Event"))
                .body("data.neighbourhood.center.name", is("Ukrainian missile attack near Donetsk kills six North Korean officers"))
                .body("data.neighbourhood.nodes[0].date", is("2024-10-03"))
                .body("data.neighbourhood.nodes[0].datePrecision", is("DAY"));
    }

    @Test
    void aNeighbourhoodIsCappedAndSaysSo() {
        query(NEIGHBOURHOOD, vars("id", "north-korea", "depth", 3, "limit", 5))
                .body("errors", nullValue())
                .body("data.neighbourhood.nodes.size()", is(6))
                .body("data.neighbourhood.capped", is(true));
        query(NEIGHBOURHOOD, vars("id", "north-korea", "depth", 4)).body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("depth must be between 1 and 3"));
        query(NEIGHBOURHOOD, vars("id", "north-korea", "limit", 5000)).body("errors[0].extensions.code", is("LIMIT_TOO_LARGE"));
        query(NEIGHBOURHOOD, vars("id", "no-such-node")).body("errors[0].extensions.code", is("NOT_FOUND"));
    }

    @Test
    void aNeighbourhoodFollowsOnlyTheTypesAndDirectionAskedFor() {
        query(NEIGHBOURHOOD, vars("id", "north-korea", "depth", 2, "types", List.of("PARTY_TO")))
                .body("errors", nullValue())
                .body("data.neighbourhood.nodes.id", contains("north-korea", "russia-north-korea-mutual-defence-pact-2024", "russia"))
                .body("data.neighbourhood.relationships.type", everyItem(is("PARTY_TO")));
        query(NEIGHBOURHOOD, vars("id", "claim-nk-deploying-troops-to-russia", "direction", "IN"))
                .body("data.neighbourhood.relationships.type", everyItem(org.hamcrest.Matchers.oneOf("ASSERTED", "DENIED")));
        query(NEIGHBOURHOOD, vars("id", "north-korea", "types", List.of("NO_SUCH_TYPE")))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("no relationship type 'NO_SUCH_TYPE'"));
    }

    @Test
    void aTimeWindowLeavesOutWhatIsDatedOutsideIt() {
        // the Korean People's Army visited the launch site in August and lost officers on 3 October
        query(NEIGHBOURHOOD, vars("id", "korean-peoples-army", "types", List.of("PARTICIPATED_IN")))
                .body("data.neighbourhood.nodes.id", hasItems("nk-officers-visit-launch-site-2024-08", "strike-near-donetsk-2024-10-03"));
        query(NEIGHBOURHOOD, vars("id", "korean-peoples-army", "types", List.of("PARTICIPATED_IN"), "from", "2024-10-02", "to", "2024-10-10"))
                .body("errors", nullValue())
                .body("data.neighbourhood.nodes.id", hasItem("strike-near-donetsk-2024-10-03"))
                .body("data.neighbourhood.nodes.id", not(hasItem("nk-officers-visit-launch-site-2024-08")));
        // a MONTH date lasts its month: the August visit is in a window of 31 August
        query(NEIGHBOURHOOD, vars("id", "korean-peoples-army", "types", List.of("PARTICIPATED_IN"), "from", "2024-08-31", "to", "2024-08-31"))
                .body("data.neighbourhood.nodes.id", contains("korean-peoples-army", "nk-officers-visit-launch-site-2024-08"));
        query(NEIGHBOURHOOD, vars("id", "north-korea", "from", "2024-10-10", "to", "2024-10-01"))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    }

    @Test
    void asOfADateTheDenialHadNotComeYet() {
        String claim = "claim-nk-deploying-troops-to-russia";
        // before North Korea's denial (21 October 2024): asserted by South Korea and Ukraine, not yet denied
        oneStatement(NEIGHBOURHOOD, vars("id", claim, "asOf", "2024-10-19"))
                .body("errors", nullValue())
                .body("data.neighbourhood.center.status", is("ASSERTED"))
                .body("data.neighbourhood.relationships.type", hasItem("ASSERTED"))
                .body("data.neighbourhood.relationships.type", not(hasItem("DENIED")));
        // after it: denied
        query(NEIGHBOURHOOD, vars("id", claim, "asOf", "2024-10-22"))
                .body("data.neighbourhood.center.status", is("DENIED"))
                .body("data.neighbourhood.relationships.findAll { it.type == 'DENIED' }.start", contains("north-korea"));
        // without asOf: as it stands
        query(NEIGHBOURHOOD, vars("id", claim)).body("data.neighbourhood.center.status", is("DENIED"));
        // claims made after the date are not in the picture: Austin spoke on 23 October
        query(NEIGHBOURHOOD, vars("id", "nk-troop-deployment-russia-2024", "asOf", "2024-10-22"))
                .body("data.neighbourhood.nodes.id", hasItem(claim))
                .body("data.neighbourhood.nodes.id", not(hasItem("claim-austin-evidence-nk-troops-in-russia")));
        query(NEIGHBOURHOOD, vars("id", "nk-troop-deployment-russia-2024", "asOf", "2024-10-24"))
                .body("data.neighbourhood.nodes.id", hasItem("claim-austin-evidence-nk-troops-in-russia"));
    }

    // ---- paths --------------------------------------------------------------------------------

    @Test
    void theShortestPathsReadAsSentences() {
        oneStatement(PATHS, vars("from", "north-korea", "to", "russia", "types", List.of("PARTY_TO")))
                .body("errors", nullValue())
                .body("data.paths[0].length", is(2))
                .body("data.paths[0].sentence", is("North Korea PARTY_TO Russia-North Korea mutual defence pact; "
                        + "Russia PARTY_TO Russia-North Korea mutual defence pact"))
                .body("data.paths[0].nodes.id", contains("north-korea", "russia-north-korea-mutual-defence-pact-2024", "russia"));
        query(PATHS, vars("from", "north-korea", "to", "ukraine"))
                .body("errors", nullValue())
                .body("data.paths.size()", greaterThan(0))
                .body("data.paths.length", everyItem(lessThanOrEqualTo(6)))
                .body("data.paths[0].nodes[0].id", is("north-korea"))
                .body("data.paths[0].nodes[-1].id", is("ukraine"));
    }

    @Test
    void pathsAsOfADateCrossOnlyWhatWasKnownThen() {
        // North Korea to Lloyd Austin: through the deployment event and Austin's claim about it, made on 23 October
        query(PATHS, vars("from", "north-korea", "to", "lloyd-austin"))
                .body("errors", nullValue())
                .body("data.paths.nodes.flatten().id", hasItem("claim-austin-evidence-nk-troops-in-russia"));
        query(PATHS, vars("from", "north-korea", "to", "lloyd-austin", "asOf", "2024-10-22"))
                .body("errors", nullValue())
                .body("data.paths.nodes.flatten().id", not(hasItem("claim-austin-evidence-nk-troops-in-russia")));
        // a claim on a path reads as it stood
        query(PATHS, vars("from", "north-korea", "to", "south-korea", "types", List.of("ASSERTED", "DENIED"), "asOf", "2024-10-22"))
                .body("data.paths[0].nodes[1].status", is("DENIED"));
    }

    @Test
    void noPathIsAnEmptyListAndBadEndsAreNamed() {
        query(PATHS, vars("from", "north-korea", "to", "ukraine", "types", List.of("PARTY_TO")))
                .body("errors", nullValue()).body("data.paths", empty());
        query(PATHS, vars("from", "north-korea", "to", "ukraine", "maxHops", 1))
                .body("errors", nullValue()).body("data.paths", empty());
        query(PATHS, vars("from", "north-korea", "to", "atlantis"))
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].message", containsString("to: no node with id 'atlantis'"));
        query(PATHS, vars("from", "north-korea", "to", "north-korea")).body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        query(PATHS, vars("from", "north-korea", "to", "ukraine", "maxHops", 7))
                .body("errors[0].message", containsString("maxHops must be between 1 and 6"));
        query(PATHS, vars("from", "north-korea", "to", "ukraine", "types", List.of("NOPE")))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    }

    // ---- timeline -----------------------------------------------------------------------------

    @Test
    void aTimelineIsInDateOrderWithParticipantsAndClaimStatus() {
        oneStatement("""
                query { timeline(actor: "north-korea") { id startDate datePrecision participants { role actor { id } } claims { status } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.timeline.id", contains("nk-weapons-shipments-russia", "nk-troop-deployment-russia-2024",
                        "nk-troops-in-vladivostok-2024", "nk-troops-preparing-to-join-russia-2024"))
                .body("data.timeline[0].datePrecision", is("YEAR"))
                .body("data.timeline[1].claims.status", hasItem("DENIED"));
        query("""
                query { timeline(place: "ukraine") { id } }""").body("data.timeline.id", contains("strike-near-donetsk-2024-10-03"));
        query("""
                query { timeline(actor: "north-korea", from: "2024-01-01", kinds: ["TROOP_DEPLOYMENT"], limit: 2) { id } }""")
                .body("data.timeline.id", contains("nk-troop-deployment-russia-2024", "nk-troops-in-vladivostok-2024"));
        // a YEAR date lasts its year: the 2023 shipments are in a window that starts in December 2023
        query("""
                query { timeline(actor: "north-korea", from: "2023-12-01", to: "2023-12-31") { id } }""")
                .body("data.timeline.id", contains("nk-weapons-shipments-russia"));
    }
}
