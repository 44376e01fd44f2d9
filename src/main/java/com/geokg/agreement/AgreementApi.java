package com.geokg.agreement;

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

import com.geokg.actor.Actor;
import com.geokg.actor.Person;
import com.geokg.claim.Claim;
import com.geokg.actor.ActorWhere;
import com.geokg.actor.ActorSort;
import com.geokg.claim.ClaimWhere;
import com.geokg.claim.ClaimSort;
import com.geokg.graph.GraphReader;
import com.geokg.graph.GraphWriter;
import com.geokg.graph.Selections;

import io.smallrye.graphql.api.Context;

/** Agreements and their parties. Relation fields read what the root field's single Cypher statement fetched. */
@GraphQLApi
public class AgreementApi {

    @Inject
    GraphReader graph;

    @Inject
    GraphWriter writer;

    @Inject
    Context context;

    @Query("agreement")
    @Description("An agreement by id; null when there is none.")
    public Agreement agreement(@NonNull @Id @Description("The id, e.g. `russia-north-korea-mutual-defence-pact-2024`.") String id) {
        return graph.byId(AgreementGraph.AGREEMENT, id, Selections.of(context)).map(Agreement::new).orElse(null);
    }

    @Query("agreements")
    @Description("Agreements (treaties, pacts, memoranda), filtered, sorted and paged.")
    public @NonNull List<@NonNull Agreement> agreements(
            @Description("Which agreements; omit for all.") AgreementWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<AgreementSort> sort,
            @Description("At most this many (default 100, at most the configured maximum).") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return graph.list(AgreementGraph.AGREEMENT, Selections.arguments(context), Selections.of(context))
                .stream().map(Agreement::new).toList();
    }

    @Query("agreementsConnection")
    @Description("Agreements, filtered and sorted, as a Relay connection: cursor paging with `totalCount` and `pageInfo`.")
    public @NonNull AgreementsConnection agreementsConnection(
            @Description("Which agreements; omit for all.") AgreementWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<AgreementSort> sort,
            @Description("Page size: at most this many edges after `after` (default 100).") Integer first,
            @Description("Start after the edge with this cursor.") String after,
            @Description("Page backwards: at most this many edges before `before`.") Integer last,
            @Description("End before the edge with this cursor.") String before) {
        return new AgreementsConnection(graph.connection(AgreementGraph.AGREEMENT, Selections.arguments(context), Selections.of(context)));
    }

    @Description("The actors party to it.")
    public @NonNull List<@NonNull Actor> parties(@Source Agreement source,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Actor::from);
    }

    @Description("The parties with their role and signature date.")
    public @NonNull List<@NonNull Party> partyRoles(@Source Agreement source,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Party::new);
    }

    @Description("The people who signed it in person.")
    public @NonNull List<@NonNull Person> signatories(@Source Agreement source,
            @Description("Which actors; omit for all.") ActorWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ActorSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Person::new);
    }

    @Description("Claims made about it.")
    public @NonNull List<@NonNull Claim> claims(@Source Agreement source,
            @Description("Which claims; omit for all.") ClaimWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ClaimSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Claim::new);
    }

    @Description("The party.")
    public @NonNull Actor actor(@Source Party source) {
        return source.node().one(Selections.resultKey(context), Actor::from);
    }

    @Description("`parties` as a Relay connection, with the relationship's properties on each edge.")
    public @NonNull AgreementPartiesConnection partiesConnection(@Source Agreement source,
            @Description("Which edges: conditions on `node` and `edge`.") AgreementPartiesConnectionWhere where,
            @Description("Sort keys on `node` or `edge` fields; ties are broken by id.") List<AgreementPartiesConnectionSort> sort,
            @Description("Page size: at most this many edges after `after` (default 100).") Integer first,
            @Description("Start after the edge with this cursor.") String after,
            @Description("Page backwards: at most this many edges before `before`.") Integer last,
            @Description("End before the edge with this cursor.") String before) {
        return new AgreementPartiesConnection(source.node().connection(Selections.resultKey(context)));
    }

    @Mutation("createAgreement")
    @RolesAllowed("editor")
    @Description("Creates a Agreement; fails with ALREADY_EXISTS when the id is taken. Needs the `editor` role.")
    public @NonNull Agreement createAgreement(@NonNull @Description("The new Agreement.") AgreementInput input) {
        return new Agreement(writer.create(AgreementGraph.AGREEMENT, List.of("Agreement"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("upsertAgreement")
    @RolesAllowed("editor")
    @Description("Creates the Agreement, or sets the given fields on the one with this id. Needs the `editor` role.")
    public @NonNull Agreement upsertAgreement(@NonNull @Description("The Agreement.") AgreementInput input) {
        return new Agreement(writer.upsert(AgreementGraph.AGREEMENT, List.of("Agreement"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("updateAgreement")
    @RolesAllowed("editor")
    @Description("Changes fields of a Agreement; fails with NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Agreement updateAgreement(@NonNull @Id @Description("Its id.") String id,
            @NonNull @Description("The fields to change.") AgreementUpdate input) {
        return new Agreement(writer.update(AgreementGraph.AGREEMENT, id, Selections.input(context), Selections.of(context)));
    }

    @Mutation("deleteAgreement")
    @RolesAllowed("editor")
    @Description("Deletes a Agreement and its relationships, returning it as it was; NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Agreement deleteAgreement(@NonNull @Id @Description("Its id.") String id) {
        return new Agreement(writer.delete(AgreementGraph.AGREEMENT, id, Selections.of(context)));
    }

    @Mutation("connectParty")
    @RolesAllowed("editor")
    @Description("Adds the `PARTY` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Agreement connectParty(@NonNull @Id @Description("The agreement.") String agreementId,
            @NonNull @Id @Description("The party.") String actorId,
            @Description("SIGNATORY, GUARANTOR, ...") String role,
            @Description("When it signed.") LocalDate signedOn) {
        return new Agreement(writer.relate(AgreementGraph.PARTY, true, actorId, agreementId,
                Selections.only(Selections.arguments(context), "role", "signedOn"), AgreementGraph.AGREEMENT, Selections.of(context)));
    }

    @Mutation("disconnectParty")
    @RolesAllowed("editor")
    @Description("Removes the `PARTY` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Agreement disconnectParty(@NonNull @Id @Description("The agreement.") String agreementId,
            @NonNull @Id @Description("The party.") String actorId) {
        return new Agreement(writer.relate(AgreementGraph.PARTY, false, actorId, agreementId,
                Selections.only(Selections.arguments(context)), AgreementGraph.AGREEMENT, Selections.of(context)));
    }

    @Mutation("connectSignatory")
    @RolesAllowed("editor")
    @Description("Adds the `SIGNATORY` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Agreement connectSignatory(@NonNull @Id @Description("The agreement.") String agreementId,
            @NonNull @Id @Description("The person who signed.") String personId,
            @Description("When.") LocalDate on) {
        return new Agreement(writer.relate(AgreementGraph.SIGNATORY, true, personId, agreementId,
                Selections.only(Selections.arguments(context), "on"), AgreementGraph.AGREEMENT, Selections.of(context)));
    }

    @Mutation("disconnectSignatory")
    @RolesAllowed("editor")
    @Description("Removes the `SIGNATORY` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Agreement disconnectSignatory(@NonNull @Id @Description("The agreement.") String agreementId,
            @NonNull @Id @Description("The person who signed.") String personId) {
        return new Agreement(writer.relate(AgreementGraph.SIGNATORY, false, personId, agreementId,
                Selections.only(Selections.arguments(context)), AgreementGraph.AGREEMENT, Selections.of(context)));
    }
}
