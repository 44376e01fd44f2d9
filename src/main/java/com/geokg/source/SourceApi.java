package com.geokg.source;

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
import com.geokg.claim.Claim;
import com.geokg.claim.ClaimWhere;
import com.geokg.claim.ClaimSort;
import com.geokg.graph.GraphReader;
import com.geokg.graph.GraphWriter;
import com.geokg.graph.Selections;

import io.smallrye.graphql.api.Context;

/** Sources and the claims they report. Relation fields read what the root field's single Cypher statement fetched. */
@GraphQLApi
public class SourceApi {

    @Inject
    GraphReader graph;

    @Inject
    GraphWriter writer;

    @Inject
    Context context;

    @Query("source")
    @Description("A source by id; null when there is none.")
    public Source source(@NonNull @Id @Description("The id, e.g. `scmp-opinion-nk-intervention-ukraine-2024-10`.") String id) {
        return graph.byId(SourceGraph.SOURCE, id, Selections.of(context)).map(Source::new).orElse(null);
    }

    @Query("sources")
    @Description("Sources (articles, statements, videos), filtered, sorted and paged.")
    public @NonNull List<@NonNull Source> sources(
            @Description("Which sources; omit for all.") SourceWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<SourceSort> sort,
            @Description("At most this many (default 100, at most the configured maximum).") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return graph.list(SourceGraph.SOURCE, Selections.arguments(context), Selections.of(context))
                .stream().map(Source::new).toList();
    }

    @Query("sourcesConnection")
    @Description("Sources, filtered and sorted, as a Relay connection: cursor paging with `totalCount` and `pageInfo`.")
    public @NonNull SourcesConnection sourcesConnection(
            @Description("Which sources; omit for all.") SourceWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<SourceSort> sort,
            @Description("Page size: at most this many edges after `after` (default 100).") Integer first,
            @Description("Start after the edge with this cursor.") String after,
            @Description("Page backwards: at most this many edges before `before`.") Integer last,
            @Description("End before the edge with this cursor.") String before) {
        return new SourcesConnection(graph.connection(SourceGraph.SOURCE, Selections.arguments(context), Selections.of(context)));
    }

    @Description("The claims it reports.")
    public @NonNull List<@NonNull Claim> claims(@org.eclipse.microprofile.graphql.Source Source source,
            @Description("Which claims; omit for all.") ClaimWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ClaimSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Claim::new);
    }

    @Description("The actor that published it, if known.")
    public Actor publishedBy(@org.eclipse.microprofile.graphql.Source Source source) {
        return source.node().one(Selections.resultKey(context), Actor::from);
    }

    @Mutation("createSource")
    @RolesAllowed("editor")
    @Description("Creates a Source; fails with ALREADY_EXISTS when the id is taken. Needs the `editor` role.")
    public @NonNull Source createSource(@NonNull @Description("The new Source.") SourceInput input) {
        return new Source(writer.create(SourceGraph.SOURCE, List.of("Source"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("upsertSource")
    @RolesAllowed("editor")
    @Description("Creates the Source, or sets the given fields on the one with this id. Needs the `editor` role.")
    public @NonNull Source upsertSource(@NonNull @Description("The Source.") SourceInput input) {
        return new Source(writer.upsert(SourceGraph.SOURCE, List.of("Source"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("updateSource")
    @RolesAllowed("editor")
    @Description("Changes fields of a Source; fails with NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Source updateSource(@NonNull @Id @Description("Its id.") String id,
            @NonNull @Description("The fields to change.") SourceUpdate input) {
        return new Source(writer.update(SourceGraph.SOURCE, id, Selections.input(context), Selections.of(context)));
    }

    @Mutation("deleteSource")
    @RolesAllowed("editor")
    @Description("Deletes a Source and its relationships, returning it as it was; NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Source deleteSource(@NonNull @Id @Description("Its id.") String id) {
        return new Source(writer.delete(SourceGraph.SOURCE, id, Selections.of(context)));
    }
}
