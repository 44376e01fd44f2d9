package com.geokg.agreement;

import static com.geokg.support.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class AgreementApiTest {

    private static final String PACT = "russia-north-korea-mutual-defence-pact-2024";

    @Test
    void pactHasBothStatesAsPartiesAndBothLeadersAsSignatories() {
        query("""
                query($id: ID!) {
                  agreement(id: $id) {
                    name kind signedOn
                    parties { __typename id name }
                    partyRoles { role signedOn actor { id } }
                    signatories { id name }
                  }
                }""", Map.of("id", PACT))
                .body("errors", nullValue())
                .body("data.agreement.kind", is("PACT"))
                .body("data.agreement.signedOn", is("2024-06-19"))
                .body("data.agreement.parties.id", contains("north-korea", "russia"))
                .body("data.agreement.parties.__typename", contains("State", "State"))
                .body("data.agreement.partyRoles.role", contains("SIGNATORY", "SIGNATORY"))
                .body("data.agreement.partyRoles.actor.id", contains("north-korea", "russia"))
                .body("data.agreement.signatories.id", contains("kim-jong-un", "vladimir-putin"));
    }

    @Test
    void stateAgreementsListsThePact() {
        query("""
                query { state(id: "russia") { agreements { id parties { id } } } }""")
                .body("errors", nullValue())
                .body("data.state.agreements.id", contains(PACT))
                .body("data.state.agreements[0].parties.id", containsInAnyOrder("north-korea", "russia"));
    }

    @Test
    void agreementsFilterByKindAndPartyAndSortByDate() {
        query("""
                query($kind: String!, $party: ID!) {
                  agreements(where: { kind: { eq: $kind }, parties: { some: { id: { eq: $party } } } },
                             sort: [{ signedOn: DESC }]) { id }
                }""", Map.of("kind", "PACT", "party", "north-korea"))
                .body("errors", nullValue())
                .body("data.agreements.id", contains(PACT));
        query("""
                query($party: ID!) {
                  agreements(where: { parties: { some: { id: { eq: $party } } } }) { id }
                }""", Map.of("party", "ukraine"))
                .body("data.agreements.size()", is(0));
    }

    @Test
    void unknownAgreementIsNull() {
        query("query($id: ID!) { agreement(id: $id) { id } }", Map.of("id", "no-such-pact"))
                .body("errors", nullValue())
                .body("data.agreement", nullValue());
    }
}
