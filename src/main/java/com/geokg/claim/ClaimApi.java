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

    @Description("Who asserts it.")
    public @NonNull List<@NonNull Actor> assertedBy(@org.eclipse.microprofile.graphql.Source Claim source) {
        return source.node().many(Selections.resultKey(context), Actor::from);
    }

    @Description("Who denies it.")
    public @NonNull List<@NonNull Actor> deniedBy(@org.eclipse.microprofile.graphql.Source Claim source) {
        return source.node().many(Selections.resultKey(context), Actor::from);
    }

    @Description("Who asserts it, with when.")
    public @NonNull List<@NonNull Stance> assertions(@org.eclipse.microprofile.graphql.Source Claim source) {
        return source.node().many(Selections.resultKey(context), Stance::new);
    }

    @Description("Who denies it, with when.")
    public @NonNull List<@NonNull Stance> denials(@org.eclipse.microprofile.graphql.Source Claim source) {
        return source.node().many(Selections.resultKey(context), Stance::new);
    }

    @Description("Where it was reported.")
    public @NonNull List<@NonNull Source> sources(@org.eclipse.microprofile.graphql.Source Claim source) {
        return source.node().many(Selections.resultKey(context), Source::new);
    }

    @Description("The actors it is about.")
    public @NonNull List<@NonNull Actor> aboutActors(@org.eclipse.microprofile.graphql.Source Claim source) {
        return source.node().many(Selections.resultKey(context), Actor::from);
    }

    @Description("The events it is about.")
    public @NonNull List<@NonNull Event> aboutEvents(@org.eclipse.microprofile.graphql.Source Claim source) {
        return source.node().many(Selections.resultKey(context), Event::new);
    }

    @Description("The places it is about.")
    public @NonNull List<@NonNull Place> aboutPlaces(@org.eclipse.microprofile.graphql.Source Claim source) {
        return source.node().many(Selections.resultKey(context), Place::new);
    }

    @Description("The agreements it is about.")
    public @NonNull List<@NonNull Agreement> aboutAgreements(@org.eclipse.microprofile.graphql.Source Claim source) {
        return source.node().many(Selections.resultKey(context), Agreement::new);
    }

    @Description("The actor asserting or denying.")
    public @NonNull Actor actor(@org.eclipse.microprofile.graphql.Source Stance source) {
        return source.node().one(Selections.resultKey(context), Actor::from);
    }
}
