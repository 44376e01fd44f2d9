package com.geokg.graph;

import static com.geokg.support.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Relay connections: cursors forwards to the end and back, totalCount, edge properties, relation arguments. */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class ConnectionTest {

    private static final String FORWARD = """
            query($first: Int, $after: String) {
              eventsConnection(sort: [{ startDate: DESC }], first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id } }
              }
            }""";

    private static final String BACKWARD = """
            query($last: Int, $before: String) {
              eventsConnection(sort: [{ startDate: DESC }], last: $last, before: $before) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { node { id } }
              }
            }""";

    @Inject
    StatementCounter counter;

    @Test
    void pagingForwardsToTheEndAndBackVisitsEveryEventOnceInOrder() {
        List<String> expected = query("query { events(sort: [{ startDate: DESC }]) { id } }")
                .extract().path("data.events.id");
        assertEquals(8, expected.size());

        var forward = new ArrayList<String>();
        String after = null;
        boolean hasNext = true;
        for (int pages = 0; hasNext && pages < 10; pages++) {
            var vars = new HashMap<String, Object>(Map.of("first", 3));
            vars.put("after", after);
            var page = query(FORWARD, vars).body("errors", nullValue())
                    .body("data.eventsConnection.totalCount", is(8))
                    .body("data.eventsConnection.pageInfo.hasPreviousPage", is(after != null))
                    .extract();
            forward.addAll(page.path("data.eventsConnection.edges.node.id"));
            hasNext = page.path("data.eventsConnection.pageInfo.hasNextPage");
            after = page.path("data.eventsConnection.pageInfo.endCursor");
        }
        assertEquals(expected, forward);

        var backward = new ArrayList<String>();
        String before = null;
        boolean hasPrevious = true;
        for (int pages = 0; hasPrevious && pages < 10; pages++) {
            var vars = new HashMap<String, Object>(Map.of("last", 3));
            vars.put("before", before);
            var page = query(BACKWARD, vars).body("errors", nullValue())
                    .body("data.eventsConnection.pageInfo.hasNextPage", is(before != null))
                    .extract();
            List<String> ids = page.path("data.eventsConnection.edges.node.id");
            backward.addAll(0, ids);
            hasPrevious = page.path("data.eventsConnection.pageInfo.hasPreviousPage");
            before = page.path("data.eventsConnection.pageInfo.startCursor");
        }
        assertEquals(expected, backward);
    }

    @Test
    void lastPageAndEmptyPageHaveConsistentPageInfo() {
        var lastPage = query(FORWARD, Map.of("first", 5)).extract();
        String cursor = lastPage.path("data.eventsConnection.pageInfo.endCursor");
        query(FORWARD, Map.of("first", 5, "after", cursor))
                .body("data.eventsConnection.edges.size()", is(3))
                .body("data.eventsConnection.pageInfo.hasNextPage", is(false))
                .body("data.eventsConnection.pageInfo.hasPreviousPage", is(true));
        String end = query(FORWARD, Map.of("first", 5, "after", cursor)).extract().path("data.eventsConnection.pageInfo.endCursor");
        query(FORWARD, Map.of("first", 5, "after", end))
                .body("data.eventsConnection.edges", empty())
                .body("data.eventsConnection.pageInfo.endCursor", nullValue())
                .body("data.eventsConnection.pageInfo.hasNextPage", is(false));
    }

    @Test
    void totalCountHonoursTheFilterWithoutFetchingRows() {
        query("""
                query { claimsConnection(where: { status: { eq: ASSERTED } }, first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }""")
                .body("errors", nullValue())
                .body("data.claimsConnection.totalCount", is(7))
                .body("data.claimsConnection.edges", empty())
                .body("data.claimsConnection.pageInfo.hasNextPage", is(true));
    }

    @Test
    void participantsConnectionCarriesRolesAndFiltersAndSortsOnThem() {
        query("""
                query($id: ID!) {
                  event(id: $id) {
                    all: participantsConnection(sort: [{ edge: { role: DESC } }]) { totalCount edges { properties { role } node { id } } }
                    senders: participantsConnection(where: { edge: { role: { eq: "SENDER" } } }) { totalCount edges { node { id } } }
                    states: participantsConnection(where: { node: { id: { in: ["russia", "north-korea"] } } }, first: 1) {
                      totalCount pageInfo { hasNextPage } edges { node { id } }
                    }
                  }
                }""", Map.of("id", "nk-troop-deployment-russia-2024"))
                .body("errors", nullValue())
                .body("data.event.all.totalCount", is(3))
                .body("data.event.all.edges.properties.role", contains("SENDER", "RECEIVER", "DEPLOYED_UNIT"))
                .body("data.event.senders.edges.node.id", contains("north-korea"))
                .body("data.event.states.totalCount", is(2))
                .body("data.event.states.pageInfo.hasNextPage", is(true))
                .body("data.event.states.edges.node.id", contains("north-korea"));
    }

    @Test
    void partiesAndAssertersConnectionsShowRelationshipProperties() {
        query("""
                query {
                  agreement(id: "russia-north-korea-mutual-defence-pact-2024") {
                    partiesConnection { totalCount edges { properties { role signedOn } node { id } } }
                  }
                  claim(id: "claim-nk-deploying-troops-to-russia") {
                    assertedByConnection(sort: [{ node: { name: DESC } }]) { totalCount edges { node { name } } }
                    deniedByConnection { totalCount edges { node { id } } }
                  }
                  actor(id: "north-korea") { eventsConnection(where: { node: { kind: { eq: "WEAPONS_TRANSFER" } } }) { edges { properties { role } node { id } } } }
                }""")
                .body("errors", nullValue())
                .body("data.agreement.partiesConnection.totalCount", is(2))
                .body("data.agreement.partiesConnection.edges.properties.role", contains("SIGNATORY", "SIGNATORY"))
                .body("data.agreement.partiesConnection.edges.properties.signedOn", contains("2024-06-19", "2024-06-19"))
                .body("data.claim.assertedByConnection.totalCount", is(3))
                .body("data.claim.assertedByConnection.edges.node.name",
                        contains("Ukraine", "South Korea's National Intelligence Service", "South Korea"))
                .body("data.claim.deniedByConnection.edges.node.id", contains("north-korea"))
                .body("data.actor.eventsConnection.edges.properties.role", contains("SENDER"))
                .body("data.actor.eventsConnection.edges.node.id", contains("nk-weapons-shipments-russia"));
    }

    @Test
    void relationFieldsTakeWhereSortLimitAndOffset() {
        query("""
                query {
                  source(id: "scmp-opinion-nk-intervention-ukraine-2024-10") {
                    top: claims(sort: [{ confidence: DESC }, { id: ASC }], limit: 2) { id confidence }
                    next: claims(sort: [{ confidence: DESC }, { id: ASC }], limit: 2, offset: 2) { id }
                    unverified: claims(where: { status: { eq: UNVERIFIED } }) { id }
                  }
                  state(id: "north-korea") { events(where: { kind: { eq: "WEAPONS_TRANSFER" } }) { id } }
                }""")
                .body("errors", nullValue())
                .body("data.source.top.confidence", contains(1.0f, 0.8f))
                .body("data.source.top.id", contains("claim-putin-kim-signed-mutual-defence-pact", "claim-austin-evidence-nk-troops-in-russia"))
                .body("data.source.next.id", contains("claim-nk-deploying-troops-to-russia", "claim-nis-1500-soldiers-in-vladivostok"))
                .body("data.source.unverified.id", contains("claim-nk-weapons-shipped-for-russian-use", "claim-video-nk-soldiers-receiving-uniforms"))
                .body("data.state.events.id", contains("nk-weapons-shipments-russia"));
    }

    @Test
    void nestedConnectionsStayOneStatementPerRootField() {
        long before = counter.total();
        query("""
                query {
                  eventsConnection(first: 100) {
                    totalCount
                    edges { node { participantsConnection { totalCount edges { properties { role } node { id } } }
                                   claims { assertedByConnection { edges { node { id } } } } } }
                  }
                }""").body("errors", nullValue());
        assertEquals(1, counter.total() - before);
    }

    @Test
    void aCursorNotOfThisApiIsRefused() {
        query(FORWARD, Map.of("first", 2, "after", "not-a-cursor"))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("not a cursor"));
    }

    @Test
    void firstAndLastTogetherAreRefused() {
        query("query { eventsConnection(first: 2, last: 2) { totalCount } }")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        query("query { eventsConnection(first: 5000) { totalCount } }")
                .body("errors[0].extensions.code", is("LIMIT_TOO_LARGE"));
    }
}
