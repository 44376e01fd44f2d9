package com.geokg.claim;

import static com.geokg.support.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class ClaimApiTest {

    @Test
    void deploymentClaimKeepsWhoAssertsAndWhoDenies() {
        query("""
                query($id: ID!) {
                  claim(id: $id) {
                    text status
                    assertedBy { __typename id }
                    deniedBy { id }
                    sources { title publisher kind }
                    aboutEvents { kind }
                  }
                }""", Map.of("id", "claim-nk-deploying-troops-to-russia"))
                .body("errors", nullValue())
                .body("data.claim.status", is("DENIED"))
                .body("data.claim.assertedBy.id", containsInAnyOrder("south-korea", "south-korea-nis", "ukraine"))
                .body("data.claim.assertedBy.find { it.id == 'south-korea-nis' }.__typename", is("Organization"))
                .body("data.claim.deniedBy.id", contains("north-korea"))
                .body("data.claim.sources.publisher", contains("South China Morning Post"))
                .body("data.claim.sources.kind", contains("OPINION"))
                .body("data.claim.aboutEvents.kind", contains("TROOP_DEPLOYMENT"));
    }

    @Test
    void videoClaimIsUnverified() {
        query("""
                query($status: ClaimStatus) { claims(where: { status: { eq: $status } }) { id assertedBy { id } } }""",
                Map.of("status", "UNVERIFIED"))
                .body("errors", nullValue())
                .body("data.claims.id", hasItem("claim-video-nk-soldiers-receiving-uniforms"))
                .body("data.claims.find { it.id == 'claim-video-nk-soldiers-receiving-uniforms' }.assertedBy.id", contains("ukraine"));
    }

    @Test
    void claimsGiveTheArticlesFigures() {
        query("""
                query { claims(where: { quantity: { gte: 1000 } }, sort: [{ quantity: ASC }]) { quantity quantityQualifier assertedBy { id } } }""")
                .body("errors", nullValue())
                .body("data.claims.quantity", contains(1500, 10000))
                .body("data.claims.quantityQualifier", contains("AROUND", "OVER"))
                .body("data.claims[0].assertedBy.id", contains("south-korea-nis"))
                .body("data.claims[1].assertedBy.id", contains("volodymyr-zelensky"));
    }

    @Test
    void whatAnActorAssertedAndDenied() {
        query("""
                query { actor(id: "north-korea") { asserted { id } denied { id status } claims { id } } }""")
                .body("errors", nullValue())
                .body("data.actor.asserted", empty())
                .body("data.actor.denied.id", contains("claim-nk-deploying-troops-to-russia"))
                .body("data.actor.claims.id", hasItem("claim-nk-deploying-troops-to-russia"));
    }

    @Test
    void claimsDeniedBySomeoneCombineWithOrAndNot() {
        query("""
                query {
                  claims(where: { OR: [ { deniedBy: { some: { id: { eq: "north-korea" } } } },
                                        { status: { in: [UNVERIFIED] } } ],
                                  NOT: { assertedBy: { some: { id: { eq: "scmp" } } } } }) { id }
                }""")
                .body("errors", nullValue())
                .body("data.claims.id", containsInAnyOrder("claim-nk-deploying-troops-to-russia", "claim-video-nk-soldiers-receiving-uniforms"));
    }

    @Test
    void everyClaimIsReportedInTheArticle() {
        query("""
                query { source(id: "scmp-opinion-nk-intervention-ukraine-2024-10") { title publishedBy { id } claims { id } } claims(limit: 1000) { sources { id } } }""")
                .body("errors", nullValue())
                .body("data.source.publishedBy.id", is("scmp"))
                .body("data.source.claims.size()", is(11))
                .body("data.claims.sources.id.flatten()", everyItem(is("scmp-opinion-nk-intervention-ukraine-2024-10")));
    }
}
