package com.geokg.explore;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.geokg.graph.InvalidArgumentException;

/**
 * Exploration across any relationship type, for analysts and graph views: search, neighbours,
 * neighbourhoods and paths, each one Cypher statement ({@link ExploreRepository}).
 */
@GraphQLApi
public class ExploreApi {

    private static final int MAX = 1000;
    private static final int MAX_DEPTH = 3;

    @Inject
    ExploreRepository repository;

    @Query("neighbours")
    @Description("Nodes one relationship away from a node, over any relationship type, including types loaded by data teams "
            + "after this API was built: `neighbours(id: \"north-korea\") { relationship direction id labels name }`. "
            + "For more than one hop, time windows and a drawable answer, see `neighbourhood`.")
    public @NonNull List<@NonNull Neighbour> neighbours(
            @NonNull @Id @Description("The start node's id.") String id,
            @Description("Only these relationship types (as stored, e.g. `PARTICIPATED_IN`); omit for all.") List<String> types,
            @DefaultValue("BOTH") @Description("Which way to follow them.") Direction direction,
            @DefaultValue("100") @Description("At most this many (at most 1000).") int limit) {
        between("limit", limit, 0, MAX);
        return repository.neighbours(id, types, direction, limit).stream().map(Neighbour::from).toList();
    }

    @Query("search")
    @Description("Full-text search over what the model marks `@searchable` (names, aliases, event titles and summaries, claim "
            + "texts, source titles), ranked by relevance, best first. Plain words just work: `search(text: \"Kim\")`, "
            + "`search(text: \"north korean troops\")` (any word may match; a word of three letters or more also matches words "
            + "it begins: `vladi` finds Vladivostok). Lucene syntax is accepted too: `\"defence pact\"`, `kim~`, `name:Russia`, "
            + "`troops AND Vladivostok`.")
    public @NonNull List<@NonNull SearchHit> search(
            @NonNull @Description("Words to look for, or a Lucene query.") String text,
            @Description("Only nodes with one of these labels (`[\"State\", \"Event\"]`); omit for all.") List<String> labels,
            @DefaultValue("10") @Description("At most this many hits (at most 100).") int limit) {
        between("limit", limit, 1, repository.limits().maxResults());
        return repository.search(text, labels, limit);
    }

    @Query("neighbourhood")
    @Description("The subgraph around a node, up to `depth` relationships away, as nodes and relationships a graph view draws "
            + "directly: `neighbourhood(id: \"north-korea\", depth: 2) { nodes { id type name status } relationships { type start "
            + "end } capped }`. Optionally only some relationship types, one direction, a time window (`from`, `to`: nodes and "
            + "relationships dated outside it are left out; undated ones stay), or the graph as it was known `asOf` a date "
            + "(later claims, stances and events left out; claims' `status` as it stood then).")
    public @NonNull Subgraph neighbourhood(
            @NonNull @Id @Description("The node to start from.") String id,
            @DefaultValue("1") @Description("How many relationships away (1 to 3).") int depth,
            @Description("Only these relationship types (as stored, e.g. `PARTY_TO`); omit for all.") List<String> types,
            @DefaultValue("BOTH") @Description("Which way to follow relationships, at every step.") Direction direction,
            @Name("from") @Description("Leave out what is dated before this day.") LocalDate from,
            @Name("to") @Description("Leave out what is dated after this day.") LocalDate to,
            @DefaultValue("100") @Description("At most this many nodes besides `id` (at most 1000); `capped` says when there were more.") int limit,
            @Description("The graph as known on this day: only claims asserted by then, with the status they had then "
                    + "(a claim denied later reads ASSERTED), and only stances and events dated by then.") LocalDate asOf) {
        between("depth", depth, 1, MAX_DEPTH);
        between("limit", limit, 1, repository.limits().maxNodes());
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        return repository.neighbourhood(id, depth, types, direction, from, to, limit, asOf);
    }

    @Query("paths")
    @Description("The shortest paths between two nodes over relationships of any type and direction, each with a sentence that "
            + "reads it: `paths(from: \"north-korea\", to: \"ukraine\") { length sentence }`. No path within `maxHops` is an "
            + "empty list.")
    public @NonNull List<@NonNull GraphPath> paths(
            @NonNull @Id @Name("from") @Description("The id of one end.") String from,
            @NonNull @Id @Name("to") @Description("The id of the other end.") String to,
            @Description("At most this many relationships (default and largest value: the service's `kg.explore.max-hops`, 6).") Integer maxHops,
            @Description("Only over these relationship types; omit for all.") List<String> types,
            @DefaultValue("5") @Description("At most this many paths (at most 100); all have the same, shortest, length.") int limit,
            @Description("Only over the graph as known on this day, as `neighbourhood(asOf:)` reads it: no claim asserted later, no "
                    + "stance or event dated later; claims' `status` as it stood then.") LocalDate asOf) {
        int hops = maxHops == null ? repository.limits().maxHops() : maxHops;
        between("maxHops", hops, 1, repository.limits().maxHops());
        between("limit", limit, 1, repository.limits().maxResults());
        return repository.paths(from, to, hops, types, limit, asOf);
    }

    private static void between(String argument, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidArgumentException(argument + " must be between " + min + " and " + max + ", got " + value);
        }
    }
}
