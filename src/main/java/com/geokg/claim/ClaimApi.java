package com.geokg.claim;

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

import com.geokg.actor.Actor;
import com.geokg.agreement.Agreement;
import com.geokg.event.Event;
import com.geokg.place.Place;
import com.geokg.source.Source;
import com.geokg.actor.ActorWhere;
import com.geokg.actor.ActorSort;
import com.geokg.agreement.AgreementWhere;
import com.geokg.agreement.AgreementSort;
import com.geokg.event.EventWhere;
import com.geokg.event.EventSort;
import com.geokg.place.PlaceWhere;
import com.geokg.place.PlaceSort;
import com.geokg.source.SourceWhere;
import com.geokg.source.SourceSort;
import com.geokg.graph.GraphReader;
import com.geokg.graph.GraphWriter;
import com.geokg.graph.Selections;

import io.smallrye.graphql.api.Context;

/** Claims: who asserts them, who denies them, where they were reported, what they are about. Relation fields read what the root field's single Cypher statement fetched. */
@GraphQLApi
public class ClaimApi {

    @Inject
    GraphReader graph;

    @Inject
    GraphWriter writer;

    @Inject
    Context context;

    @Query("claim")
    @Description("A claim by id; null when there is none.")
    public Claim claim(@NonNull @Id @Description("The id, e.g. `claim-nk-deploying-troops-to-russia`.") String id) {
        return graph.byId(ClaimGraph.CLAIM, id, Selections.of(context)).map(Claim::new).orElse(null);
    }

    @Query("claims")
    @Description("Claims, filtered, sorted and paged: who said what, and who denies it.")
    public @NonNull List<@NonNull Claim> claims(
            @Description("Which claims; omit for all.") ClaimWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ClaimSort> sort,
            @Description("At most this many (default 100, at most the configured maximum).") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return graph.list(ClaimGraph.CLAIM, Selections.arguments(context), Selections.of(context))
                .stream().map(Claim::new).toList();
    }

    @Query("claimsConnection")
    @Description("Claims, filtered and sorted, as a Relay connection: cursor paging with `totalCount` and `pageInfo`.")
    public @NonNull ClaimsConnection claimsConnection(
            @Description("Which claims; omit for all.") ClaimWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ClaimSort> sort,
            @Description("Page size: at most this many edges after `after` (default 100).") Integer first,
            @Description("Start after the edge with this cursor.") String after,
            @Description("Page backwards: at most this many edges before `before`.") Integer last,
            @Description("End before the edge with this cursor.") String before) {
        return new ClaimsConnection(graph.connection(ClaimGraph.CLAIM, Selections.arguments(context), Selections.of(context)));
    }

    @Description("Who asserts it.")
    public @NonNull List<@NonNull Actor> assertedBy(@org.eclipse.microprofile.graphql.Source Claim source,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Actor::from);
    }

    @Description("Who denies it.")
    public @NonNull List<@NonNull Actor> deniedBy(@org.eclipse.microprofile.graphql.Source Claim source,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Actor::from);
    }

    @Description("Who asserts it, with when.")
    public @NonNull List<@NonNull Stance> assertions(@org.eclipse.microprofile.graphql.Source Claim source,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Stance::new);
    }

    @Description("Who denies it, with when.")
    public @NonNull List<@NonNull Stance> denials(@org.eclipse.microprofile.graphql.Source Claim source,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Stance::new);
    }

    @Description("Where it was reported.")
    public @NonNull List<@NonNull Source> sources(@org.eclipse.microprofile.graphql.Source Claim source,
            @Description("Which sources; omit for all.") SourceWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<SourceSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Source::new);
    }

    @Description("The actors it is about.")
    public @NonNull List<@NonNull Actor> aboutActors(@org.eclipse.microprofile.graphql.Source Claim source,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Actor::from);
    }

    @Description("The events it is about.")
    public @NonNull List<@NonNull Event> aboutEvents(@org.eclipse.microprofile.graphql.Source Claim source,
            @Description("Which events; omit for all.") EventWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<EventSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Event::new);
    }

    @Description("The places it is about.")
    public @NonNull List<@NonNull Place> aboutPlaces(@org.eclipse.microprofile.graphql.Source Claim source,
            @Description("Which places; omit for all.") PlaceWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<PlaceSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Place::new);
    }

    @Description("The agreements it is about.")
    public @NonNull List<@NonNull Agreement> aboutAgreements(@org.eclipse.microprofile.graphql.Source Claim source,
            @Description("Which agreements; omit for all.") AgreementWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<AgreementSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Agreement::new);
    }

    @Description("The actor asserting or denying.")
    public @NonNull Actor actor(@org.eclipse.microprofile.graphql.Source Stance source) {
        return source.node().one(Selections.resultKey(context), Actor::from);
    }

    @Description("`assertedBy` as a Relay connection, with the relationship's properties on each edge.")
    public @NonNull ClaimActorsConnection assertedByConnection(@org.eclipse.microprofile.graphql.Source Claim source,
            @Description("Which edges: conditions on `node` and `edge`.") ClaimActorsConnectionWhere where,
            @Description("Sort keys on `node` or `edge` fields; ties are broken by id.") List<ClaimActorsConnectionSort> sort,
            @Description("Page size: at most this many edges after `after` (default 100).") Integer first,
            @Description("Start after the edge with this cursor.") String after,
            @Description("Page backwards: at most this many edges before `before`.") Integer last,
            @Description("End before the edge with this cursor.") String before) {
        return new ClaimActorsConnection(source.node().connection(Selections.resultKey(context)));
    }

    @Description("`deniedBy` as a Relay connection, with the relationship's properties on each edge.")
    public @NonNull ClaimActorsConnection deniedByConnection(@org.eclipse.microprofile.graphql.Source Claim source,
            @Description("Which edges: conditions on `node` and `edge`.") ClaimActorsConnectionWhere where,
            @Description("Sort keys on `node` or `edge` fields; ties are broken by id.") List<ClaimActorsConnectionSort> sort,
            @Description("Page size: at most this many edges after `after` (default 100).") Integer first,
            @Description("Start after the edge with this cursor.") String after,
            @Description("Page backwards: at most this many edges before `before`.") Integer last,
            @Description("End before the edge with this cursor.") String before) {
        return new ClaimActorsConnection(source.node().connection(Selections.resultKey(context)));
    }

    @Mutation("createClaim")
    @RolesAllowed("editor")
    @Description("Creates a Claim; fails with ALREADY_EXISTS when the id is taken. Needs the `editor` role.")
    public @NonNull Claim createClaim(@NonNull @Description("The new Claim.") ClaimInput input) {
        return new Claim(writer.create(ClaimGraph.CLAIM, List.of("Claim"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("upsertClaim")
    @RolesAllowed("editor")
    @Description("Creates the Claim, or sets the given fields on the one with this id. Needs the `editor` role.")
    public @NonNull Claim upsertClaim(@NonNull @Description("The Claim.") ClaimInput input) {
        return new Claim(writer.upsert(ClaimGraph.CLAIM, List.of("Claim"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("updateClaim")
    @RolesAllowed("editor")
    @Description("Changes fields of a Claim; fails with NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Claim updateClaim(@NonNull @Id @Description("Its id.") String id,
            @NonNull @Description("The fields to change.") ClaimUpdate input) {
        return new Claim(writer.update(ClaimGraph.CLAIM, id, Selections.input(context), Selections.of(context)));
    }

    @Mutation("deleteClaim")
    @RolesAllowed("editor")
    @Description("Deletes a Claim and its relationships, returning it as it was; NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Claim deleteClaim(@NonNull @Id @Description("Its id.") String id) {
        return new Claim(writer.delete(ClaimGraph.CLAIM, id, Selections.of(context)));
    }

    @Mutation("connectAssertedBy")
    @RolesAllowed("editor")
    @Description("Adds the `ASSERTED` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Claim connectAssertedBy(@NonNull @Id @Description("The claim.") String claimId,
            @NonNull @Id @Description("Who asserts it.") String actorId,
            @Description("When.") LocalDate on) {
        return new Claim(writer.relate(ClaimGraph.ASSERTED, true, actorId, claimId,
                Selections.only(Selections.arguments(context), "on"), ClaimGraph.CLAIM, Selections.of(context)));
    }

    @Mutation("disconnectAssertedBy")
    @RolesAllowed("editor")
    @Description("Removes the `ASSERTED` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Claim disconnectAssertedBy(@NonNull @Id @Description("The claim.") String claimId,
            @NonNull @Id @Description("Who asserts it.") String actorId) {
        return new Claim(writer.relate(ClaimGraph.ASSERTED, false, actorId, claimId,
                Selections.only(Selections.arguments(context)), ClaimGraph.CLAIM, Selections.of(context)));
    }

    @Mutation("connectDeniedBy")
    @RolesAllowed("editor")
    @Description("Adds the `DENIED` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Claim connectDeniedBy(@NonNull @Id @Description("The claim.") String claimId,
            @NonNull @Id @Description("Who denies it.") String actorId,
            @Description("When.") LocalDate on) {
        return new Claim(writer.relate(ClaimGraph.DENIED, true, actorId, claimId,
                Selections.only(Selections.arguments(context), "on"), ClaimGraph.CLAIM, Selections.of(context)));
    }

    @Mutation("disconnectDeniedBy")
    @RolesAllowed("editor")
    @Description("Removes the `DENIED` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Claim disconnectDeniedBy(@NonNull @Id @Description("The claim.") String claimId,
            @NonNull @Id @Description("Who denies it.") String actorId) {
        return new Claim(writer.relate(ClaimGraph.DENIED, false, actorId, claimId,
                Selections.only(Selections.arguments(context)), ClaimGraph.CLAIM, Selections.of(context)));
    }

    @Mutation("connectAbout")
    @RolesAllowed("editor")
    @Description("Adds the `ABOUT` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Claim connectAbout(@NonNull @Id @Description("The claim.") String claimId,
            @NonNull @Id @Description("What it is about: an actor, event, place, agreement, source or claim.") String targetId) {
        return new Claim(writer.relate(ClaimGraph.ABOUT, true, claimId, targetId,
                Selections.only(Selections.arguments(context)), ClaimGraph.CLAIM, Selections.of(context)));
    }

    @Mutation("disconnectAbout")
    @RolesAllowed("editor")
    @Description("Removes the `ABOUT` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Claim disconnectAbout(@NonNull @Id @Description("The claim.") String claimId,
            @NonNull @Id @Description("What it is about: an actor, event, place, agreement, source or claim.") String targetId) {
        return new Claim(writer.relate(ClaimGraph.ABOUT, false, claimId, targetId,
                Selections.only(Selections.arguments(context)), ClaimGraph.CLAIM, Selections.of(context)));
    }

    @Mutation("connectSource")
    @RolesAllowed("editor")
    @Description("Adds the `REPORTED_IN` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Claim connectSource(@NonNull @Id @Description("The claim.") String claimId,
            @NonNull @Id @Description("The source reporting it.") String sourceId) {
        return new Claim(writer.relate(ClaimGraph.REPORTED_IN, true, claimId, sourceId,
                Selections.only(Selections.arguments(context)), ClaimGraph.CLAIM, Selections.of(context)));
    }

    @Mutation("disconnectSource")
    @RolesAllowed("editor")
    @Description("Removes the `REPORTED_IN` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Claim disconnectSource(@NonNull @Id @Description("The claim.") String claimId,
            @NonNull @Id @Description("The source reporting it.") String sourceId) {
        return new Claim(writer.relate(ClaimGraph.REPORTED_IN, false, claimId, sourceId,
                Selections.only(Selections.arguments(context)), ClaimGraph.CLAIM, Selections.of(context)));
    }
}
