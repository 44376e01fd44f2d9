package com.geokg.event;

import static com.geokg.support.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class EventApiTest {

    @Test
    void strikeNearDonetskHasPlaceParticipantsWithRolesAndFatalities() {
        query("""
                query($id: ID!) {
                  event(id: $id) {
                    kind title startDate datePrecision fatalities
                    place { id name state { id } }
                    participants { role actor { __typename id } }
                    claims { id status assertedBy { id } }
                  }
                }""", Map.of("id", "strike-near-donetsk-2024-10-03"))
                .body("errors", nullValue())
                .body("data.event.kind", is("ATTACK"))
                .body("data.event.startDate", is("2024-10-03"))
                .body("data.event.datePrecision", is("DAY"))
                .body("data.event.fatalities", is(6))
                .body("data.event.place.id", is("near-donetsk"))
                .body("data.event.place.state.id", is("ukraine"))
                .body("data.event.participants.role", containsInAnyOrder("ATTACKER", "CASUALTY"))
                .body("data.event.participants.find { it.role == 'ATTACKER' }.actor.id", is("ukraine"))
                .body("data.event.participants.find { it.role == 'CASUALTY' }.actor.__typename", is("MilitaryUnit"))
                .body("data.event.claims[0].assertedBy.id", contains("ukrainian-media"));
    }

    @Test
    void eventsFilterByKindInAndDateRangeSortedByDate() {
        query("""
                query($kinds: [String], $from: Date, $to: Date) {
                  events(where: { kind: { in: $kinds }, startDate: { gte: $from, lt: $to } },
                         sort: [{ startDate: ASC }, { id: ASC }]) { id kind startDate }
                }""", Map.of("kinds", List.of("ATTACK", "VISIT"), "from", "2024-08-01", "to", "2024-11-01"))
                .body("errors", nullValue())
                .body("data.events.id", contains("nk-officers-visit-launch-site-2024-08", "strike-near-donetsk-2024-10-03"));
    }

    @Test
    void eventsOfAnActorWithTheirRoles() {
        query("""
                query { actor(id: "north-korea") { participations { role event { kind } } events { id } } }""")
                .body("errors", nullValue())
                .body("data.actor.participations.role", everyItem(is("SENDER")))
                .body("data.actor.participations.event.kind", hasItems("TROOP_DEPLOYMENT", "WEAPONS_TRANSFER"))
                .body("data.actor.events.id", hasItems("nk-troop-deployment-russia-2024", "nk-weapons-shipments-russia"));
    }

    @Test
    void participantsFilterFindsEventsInvolvingAnActor() {
        query("""
                query($actor: ID!) {
                  events(where: { participants: { some: { id: { eq: $actor } } }, kind: { eq: "TRANSPORT" } }) { id }
                }""", Map.of("actor", "russian-navy"))
                .body("errors", nullValue())
                .body("data.events.id", contains("russian-navy-transports-nk-troops-2024"));
    }

    @Test
    void placeListsEventsThatOccurredThereAndWhatItLiesIn() {
        query("""
                query { place(id: "vladivostok") { name lat locatedIn { id locatedIn { id } } state { id } events { id strength } } }""")
                .body("errors", nullValue())
                .body("data.place.locatedIn.id", is("russias-far-east"))
                .body("data.place.state.id", is("russia"))
                .body("data.place.events[0].strength", is(1500));
    }

    @Test
    void unknownEventIsNull() {
        query("query($id: ID!) { event(id: $id) { id } place(id: $id) { id } }", Map.of("id", "nothing"))
                .body("errors", nullValue())
                .body("data.event", nullValue())
                .body("data.place", nullValue());
    }
}
