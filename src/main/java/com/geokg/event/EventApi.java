package com.geokg.event;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.geokg.actor.Actor;
import com.geokg.claim.Claim;
import com.geokg.place.Place;
import com.geokg.actor.ActorWhere;
import com.geokg.actor.ActorSort;
import com.geokg.claim.ClaimWhere;
import com.geokg.claim.ClaimSort;
import com.geokg.graph.GraphReader;
import com.geokg.graph.GraphWriter;
import com.geokg.graph.Selections;

import io.smallrye.graphql.api.Context;

/** Events, who took part and in what role, where they occurred. Relation fields read what the root field's single Cypher statement fetched. */
@GraphQLApi
public class EventApi {

    @Inject
    GraphReader graph;

    @Inject
    GraphWriter writer;

    @Inject
    Context context;

    @Query("event")
    @Description("An event by id; null when there is none.")
    public Event event(@NonNull @Id @Description("The id, e.g. `strike-near-donetsk-2024-10-03`.") String id) {
        return graph.byId(EventGraph.EVENT, id, Selections.of(context)).map(Event::new).orElse(null);
    }

    @Query("events")
    @Description("Events, filtered, sorted and paged.")
    public @NonNull List<@NonNull Event> events(
            @Description("Which events; omit for all.") EventWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<EventSort> sort,
            @Description("At most this many (default 100, at most the configured maximum).") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return graph.list(EventGraph.EVENT, Selections.arguments(context), Selections.of(context))
                .stream().map(Event::new).toList();
    }

    @Query("eventsConnection")
    @Description("Events, filtered and sorted, as a Relay connection: cursor paging with `totalCount` and `pageInfo`.")
    public @NonNull EventsConnection eventsConnection(
            @Description("Which events; omit for all.") EventWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<EventSort> sort,
            @Description("Page size: at most this many edges after `after` (default 100).") Integer first,
            @Description("Start after the edge with this cursor.") String after,
            @Description("Page backwards: at most this many edges before `before`.") Integer last,
            @Description("End before the edge with this cursor.") String before) {
        return new EventsConnection(graph.connection(EventGraph.EVENT, Selections.arguments(context), Selections.of(context)));
    }

    @Description("Where it occurred, if known.")
    public Place place(@Source Event source) {
        return source.node().one(Selections.resultKey(context), Place::new);
    }

    @Description("Who took part, with the role of each.")
    public @NonNull List<@NonNull Participation> participants(@Source Event source,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Participation::new);
    }

    @Description("Claims made about it: who says it happened, who denies it.")
    public @NonNull List<@NonNull Claim> claims(@Source Event source,
            @Description("Which claims; omit for all.") ClaimWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ClaimSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Claim::new);
    }

    @Description("The actor taking part.")
    public @NonNull Actor actor(@Source Participation source) {
        return source.node().one(Selections.resultKey(context), Actor::from);
    }

    @Description("`participants` as a Relay connection, with the relationship's properties on each edge.")
    public @NonNull EventParticipantsConnection participantsConnection(@Source Event source,
            @Description("Which edges: conditions on `node` and `edge`.") EventParticipantsConnectionWhere where,
            @Description("Sort keys on `node` or `edge` fields; ties are broken by id.") List<EventParticipantsConnectionSort> sort,
            @Description("Page size: at most this many edges after `after` (default 100).") Integer first,
            @Description("Start after the edge with this cursor.") String after,
            @Description("Page backwards: at most this many edges before `before`.") Integer last,
            @Description("End before the edge with this cursor.") String before) {
        return new EventParticipantsConnection(source.node().connection(Selections.resultKey(context)));
    }

    @Mutation("createEvent")
    @RolesAllowed("editor")
    @Description("Creates a Event; fails with ALREADY_EXISTS when the id is taken. Needs the `editor` role.")
    public @NonNull Event createEvent(@NonNull @Description("The new Event.") EventInput input) {
        return new Event(writer.create(EventGraph.EVENT, List.of("Event"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("upsertEvent")
    @RolesAllowed("editor")
    @Description("Creates the Event, or sets the given fields on the one with this id. Needs the `editor` role.")
    public @NonNull Event upsertEvent(@NonNull @Description("The Event.") EventInput input) {
        return new Event(writer.upsert(EventGraph.EVENT, List.of("Event"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("updateEvent")
    @RolesAllowed("editor")
    @Description("Changes fields of a Event; fails with NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Event updateEvent(@NonNull @Id @Description("Its id.") String id,
            @NonNull @Description("The fields to change.") EventUpdate input) {
        return new Event(writer.update(EventGraph.EVENT, id, Selections.input(context), Selections.of(context)));
    }

    @Mutation("deleteEvent")
    @RolesAllowed("editor")
    @Description("Deletes a Event and its relationships, returning it as it was; NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Event deleteEvent(@NonNull @Id @Description("Its id.") String id) {
        return new Event(writer.delete(EventGraph.EVENT, id, Selections.of(context)));
    }

    @Mutation("connectParticipant")
    @RolesAllowed("editor")
    @Description("Adds the `PARTICIPANT` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Event connectParticipant(@NonNull @Id @Description("The event.") String eventId,
            @NonNull @Id @Description("The actor taking part.") String actorId,
            @NonNull @Description("Its role: SENDER, RECEIVER, ATTACKER, ...") String role) {
        return new Event(writer.relate(EventGraph.PARTICIPANT, true, actorId, eventId,
                Selections.only(Selections.arguments(context), "role"), EventGraph.EVENT, Selections.of(context)));
    }

    @Mutation("disconnectParticipant")
    @RolesAllowed("editor")
    @Description("Removes the `PARTICIPANT` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Event disconnectParticipant(@NonNull @Id @Description("The event.") String eventId,
            @NonNull @Id @Description("The actor taking part.") String actorId,
            @NonNull @Description("Its role: SENDER, RECEIVER, ATTACKER, ...") String role) {
        return new Event(writer.relate(EventGraph.PARTICIPANT, false, actorId, eventId,
                Selections.only(Selections.arguments(context), "role"), EventGraph.EVENT, Selections.of(context)));
    }

    @Mutation("connectPlace")
    @RolesAllowed("editor")
    @Description("Adds the `OCCURRED_AT` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Event connectPlace(@NonNull @Id @Description("The event.") String eventId,
            @NonNull @Id @Description("Where it occurred.") String placeId) {
        return new Event(writer.relate(EventGraph.OCCURRED_AT, true, eventId, placeId,
                Selections.only(Selections.arguments(context)), EventGraph.EVENT, Selections.of(context)));
    }

    @Mutation("disconnectPlace")
    @RolesAllowed("editor")
    @Description("Removes the `OCCURRED_AT` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Event disconnectPlace(@NonNull @Id @Description("The event.") String eventId,
            @NonNull @Id @Description("Where it occurred.") String placeId) {
        return new Event(writer.relate(EventGraph.OCCURRED_AT, false, eventId, placeId,
                Selections.only(Selections.arguments(context)), EventGraph.EVENT, Selections.of(context)));
    }
}
