package com.geokg.claim;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
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
import com.geokg.graph.Selections;

import io.smallrye.graphql.api.Context;

/** Claims: who asserts them, who denies them, where they were reported, what they are about. Relation fields read what the root field's single Cypher statement fetched. */
@GraphQLApi
public class ClaimApi {

    @Inject
    GraphReader graph;

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
}
