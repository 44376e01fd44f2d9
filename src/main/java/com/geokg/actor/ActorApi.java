package com.geokg.actor;

import java.time.LocalDate;
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

import com.geokg.agreement.Agreement;
import com.geokg.claim.Claim;
import com.geokg.event.Event;
import com.geokg.agreement.AgreementWhere;
import com.geokg.agreement.AgreementSort;
import com.geokg.claim.ClaimWhere;
import com.geokg.claim.ClaimSort;
import com.geokg.event.EventWhere;
import com.geokg.event.EventSort;
import com.geokg.graph.GraphReader;
import com.geokg.graph.GraphWriter;
import com.geokg.graph.Selections;

import io.smallrye.graphql.api.Context;

/**
 * Look-ups of actors and the relations every actor has. Relation fields read what the root
 * field's single Cypher statement already fetched; they never query on their own.
 */
@GraphQLApi
public class ActorApi {

    @Inject
    GraphReader graph;

    @Inject
    GraphWriter writer;

    @Inject
    Context context;

    @Query("actor")
    @Description("An actor (state, person, organisation or military unit) by id; null when there is none.")
    public Actor actor(@NonNull @Id @Description("The actor's id, e.g. `kim-jong-un`.") String id) {
        return graph.byId(ActorGraph.ACTOR, id, Selections.of(context)).map(Actor::from).orElse(null);
    }

    @Query("actors")
    @Description("Actors of every kind, filtered, sorted and paged.")
    public @NonNull List<@NonNull Actor> actors(
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many (default 100, at most the configured maximum).") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return graph.list(ActorGraph.ACTOR, Selections.arguments(context), Selections.of(context))
                .stream().map(Actor::from).toList();
    }

    @Query("actorsConnection")
    @Description("Actors, filtered and sorted, as a Relay connection: cursor paging with `totalCount` and `pageInfo`.")
    public @NonNull ActorsConnection actorsConnection(
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("Page size: at most this many edges after `after` (default 100).") Integer first,
            @Description("Start after the edge with this cursor.") String after,
            @Description("Page backwards: at most this many edges before `before`.") Integer last,
            @Description("End before the edge with this cursor.") String before) {
        return new ActorsConnection(graph.connection(ActorGraph.ACTOR, Selections.arguments(context), Selections.of(context)));
    }

    @Description("What it is part of: the state of an agency, the army of a unit.")
    public @NonNull List<@NonNull Actor> partOf(@Source Actor actor,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return actor.node().many(Selections.resultKey(context), Actor::from);
    }

    @Description("Its parts: the agencies of a state, the units of an army.")
    public @NonNull List<@NonNull Actor> parts(@Source Actor actor,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return actor.node().many(Selections.resultKey(context), Actor::from);
    }

    @Description("The people who lead it, with their titles.")
    public @NonNull List<@NonNull Leadership> leaders(@Source Actor actor,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return actor.node().many(Selections.resultKey(context), Leadership::new);
    }

    @Description("Agreements it is party to.")
    public @NonNull List<@NonNull Agreement> agreements(@Source Actor actor,
            @Description("Which agreements; omit for all.") AgreementWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<AgreementSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return actor.node().many(Selections.resultKey(context), Agreement::new);
    }

    @Description("Events it took part in, with its role in each.")
    public @NonNull List<@NonNull EventRole> participations(@Source Actor actor,
            @Description("Which events; omit for all.") EventWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<EventSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return actor.node().many(Selections.resultKey(context), EventRole::new);
    }

    @Description("Events it took part in, in any role.")
    public @NonNull List<@NonNull Event> events(@Source Actor actor,
            @Description("Which events; omit for all.") EventWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<EventSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return actor.node().many(Selections.resultKey(context), Event::new);
    }

    @Description("Claims it asserted.")
    public @NonNull List<@NonNull Claim> asserted(@Source Actor actor,
            @Description("Which claims; omit for all.") ClaimWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ClaimSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return actor.node().many(Selections.resultKey(context), Claim::new);
    }

    @Description("Claims it denied.")
    public @NonNull List<@NonNull Claim> denied(@Source Actor actor,
            @Description("Which claims; omit for all.") ClaimWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ClaimSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return actor.node().many(Selections.resultKey(context), Claim::new);
    }

    @Description("Claims made about it.")
    public @NonNull List<@NonNull Claim> claims(@Source Actor actor,
            @Description("Which claims; omit for all.") ClaimWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ClaimSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return actor.node().many(Selections.resultKey(context), Claim::new);
    }

    @Description("The leader.")
    public @NonNull Person person(@Source Leadership leadership) {
        return leadership.node().one(Selections.resultKey(context), Person::new);
    }

    @Description("The actor led.")
    public @NonNull Actor actor(@Source Office office) {
        return office.node().one(Selections.resultKey(context), Actor::from);
    }

    @Description("The event.")
    public @NonNull Event event(@Source EventRole role) {
        return role.node().one(Selections.resultKey(context), Event::new);
    }

    @Description("The actors this person leads, with the titles held.")
    public @NonNull List<@NonNull Office> leads(@Source Person person,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return person.node().many(Selections.resultKey(context), Office::new);
    }

    @Description("Agreements this person signed in person.")
    public @NonNull List<@NonNull Agreement> signed(@Source Person person,
            @Description("Which agreements; omit for all.") AgreementWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<AgreementSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return person.node().many(Selections.resultKey(context), Agreement::new);
    }

    @Description("`events` as a Relay connection, with the relationship's properties on each edge.")
    public @NonNull ActorEventsConnection eventsConnection(@Source Actor source,
            @Description("Which edges: conditions on `node` and `edge`.") ActorEventsConnectionWhere where,
            @Description("Sort keys on `node` or `edge` fields; ties are broken by id.") List<ActorEventsConnectionSort> sort,
            @Description("Page size: at most this many edges after `after` (default 100).") Integer first,
            @Description("Start after the edge with this cursor.") String after,
            @Description("Page backwards: at most this many edges before `before`.") Integer last,
            @Description("End before the edge with this cursor.") String before) {
        return new ActorEventsConnection(source.node().connection(Selections.resultKey(context)));
    }

    @Mutation("createPerson")
    @RolesAllowed("editor")
    @Description("Creates a Person; fails with ALREADY_EXISTS when the id is taken. Needs the `editor` role.")
    public @NonNull Person createPerson(@NonNull @Description("The new Person.") PersonInput input) {
        return new Person(writer.create(ActorGraph.PERSON, List.of("Actor", "Person"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("upsertPerson")
    @RolesAllowed("editor")
    @Description("Creates the Person, or sets the given fields on the one with this id. Needs the `editor` role.")
    public @NonNull Person upsertPerson(@NonNull @Description("The Person.") PersonInput input) {
        return new Person(writer.upsert(ActorGraph.PERSON, List.of("Actor", "Person"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("updatePerson")
    @RolesAllowed("editor")
    @Description("Changes fields of a Person; fails with NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Person updatePerson(@NonNull @Id @Description("Its id.") String id,
            @NonNull @Description("The fields to change.") PersonUpdate input) {
        return new Person(writer.update(ActorGraph.PERSON, id, Selections.input(context), Selections.of(context)));
    }

    @Mutation("deletePerson")
    @RolesAllowed("editor")
    @Description("Deletes a Person and its relationships, returning it as it was; NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Person deletePerson(@NonNull @Id @Description("Its id.") String id) {
        return new Person(writer.delete(ActorGraph.PERSON, id, Selections.of(context)));
    }

    @Mutation("createOrganization")
    @RolesAllowed("editor")
    @Description("Creates a Organization; fails with ALREADY_EXISTS when the id is taken. Needs the `editor` role.")
    public @NonNull Organization createOrganization(@NonNull @Description("The new Organization.") OrganizationInput input) {
        return new Organization(writer.create(ActorGraph.ORGANIZATION, List.of("Actor", "Organization"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("upsertOrganization")
    @RolesAllowed("editor")
    @Description("Creates the Organization, or sets the given fields on the one with this id. Needs the `editor` role.")
    public @NonNull Organization upsertOrganization(@NonNull @Description("The Organization.") OrganizationInput input) {
        return new Organization(writer.upsert(ActorGraph.ORGANIZATION, List.of("Actor", "Organization"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("updateOrganization")
    @RolesAllowed("editor")
    @Description("Changes fields of a Organization; fails with NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Organization updateOrganization(@NonNull @Id @Description("Its id.") String id,
            @NonNull @Description("The fields to change.") OrganizationUpdate input) {
        return new Organization(writer.update(ActorGraph.ORGANIZATION, id, Selections.input(context), Selections.of(context)));
    }

    @Mutation("deleteOrganization")
    @RolesAllowed("editor")
    @Description("Deletes a Organization and its relationships, returning it as it was; NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Organization deleteOrganization(@NonNull @Id @Description("Its id.") String id) {
        return new Organization(writer.delete(ActorGraph.ORGANIZATION, id, Selections.of(context)));
    }

    @Mutation("createMilitaryUnit")
    @RolesAllowed("editor")
    @Description("Creates a MilitaryUnit; fails with ALREADY_EXISTS when the id is taken. Needs the `editor` role.")
    public @NonNull MilitaryUnit createMilitaryUnit(@NonNull @Description("The new MilitaryUnit.") MilitaryUnitInput input) {
        return new MilitaryUnit(writer.create(ActorGraph.MILITARY_UNIT, List.of("Actor", "MilitaryUnit"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("upsertMilitaryUnit")
    @RolesAllowed("editor")
    @Description("Creates the MilitaryUnit, or sets the given fields on the one with this id. Needs the `editor` role.")
    public @NonNull MilitaryUnit upsertMilitaryUnit(@NonNull @Description("The MilitaryUnit.") MilitaryUnitInput input) {
        return new MilitaryUnit(writer.upsert(ActorGraph.MILITARY_UNIT, List.of("Actor", "MilitaryUnit"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("updateMilitaryUnit")
    @RolesAllowed("editor")
    @Description("Changes fields of a MilitaryUnit; fails with NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull MilitaryUnit updateMilitaryUnit(@NonNull @Id @Description("Its id.") String id,
            @NonNull @Description("The fields to change.") MilitaryUnitUpdate input) {
        return new MilitaryUnit(writer.update(ActorGraph.MILITARY_UNIT, id, Selections.input(context), Selections.of(context)));
    }

    @Mutation("deleteMilitaryUnit")
    @RolesAllowed("editor")
    @Description("Deletes a MilitaryUnit and its relationships, returning it as it was; NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull MilitaryUnit deleteMilitaryUnit(@NonNull @Id @Description("Its id.") String id) {
        return new MilitaryUnit(writer.delete(ActorGraph.MILITARY_UNIT, id, Selections.of(context)));
    }

    @Mutation("connectPartOf")
    @RolesAllowed("editor")
    @Description("Adds the `PART_OF` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Actor connectPartOf(@NonNull @Id @Description("The part (an agency, a unit).") String actorId,
            @NonNull @Id @Description("What it is part of.") String parentId) {
        return Actor.from(writer.relate(ActorGraph.PART_OF, true, actorId, parentId,
                Selections.only(Selections.arguments(context)), ActorGraph.ACTOR, Selections.of(context)));
    }

    @Mutation("disconnectPartOf")
    @RolesAllowed("editor")
    @Description("Removes the `PART_OF` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Actor disconnectPartOf(@NonNull @Id @Description("The part (an agency, a unit).") String actorId,
            @NonNull @Id @Description("What it is part of.") String parentId) {
        return Actor.from(writer.relate(ActorGraph.PART_OF, false, actorId, parentId,
                Selections.only(Selections.arguments(context)), ActorGraph.ACTOR, Selections.of(context)));
    }

    @Mutation("connectLeader")
    @RolesAllowed("editor")
    @Description("Adds the `LEADS` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Actor connectLeader(@NonNull @Id @Description("The actor led.") String actorId,
            @NonNull @Id @Description("The leader.") String personId,
            @Description("The title held.") String title,
            @Description("Since when.") LocalDate since,
            @Description("Until when.") LocalDate until) {
        return Actor.from(writer.relate(ActorGraph.LEADS, true, personId, actorId,
                Selections.only(Selections.arguments(context), "title", "since", "until"), ActorGraph.ACTOR, Selections.of(context)));
    }

    @Mutation("disconnectLeader")
    @RolesAllowed("editor")
    @Description("Removes the `LEADS` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Actor disconnectLeader(@NonNull @Id @Description("The actor led.") String actorId,
            @NonNull @Id @Description("The leader.") String personId) {
        return Actor.from(writer.relate(ActorGraph.LEADS, false, personId, actorId,
                Selections.only(Selections.arguments(context)), ActorGraph.ACTOR, Selections.of(context)));
    }
}
