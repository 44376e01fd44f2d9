package com.geokg.explore;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.geokg.graph.InvalidArgumentException;

/** Exploration across any relationship type, for analysts and graph views. */
@GraphQLApi
public class ExploreApi {

    private static final int MAX = 1000;

    @Inject
    ExploreRepository repository;

    @Query("neighbours")
    @Description("Nodes one relationship away from a node, over any relationship type, including types loaded by data teams "
            + "after this API was built. For a graph view: `neighbours(id: \"north-korea\") { relationship direction id labels name }`.")
    public @NonNull List<@NonNull Neighbour> neighbours(
            @NonNull @Id @Description("The start node's id.") String id,
            @Description("Only these relationship types (as stored, e.g. `PARTICIPATED_IN`); omit for all.") List<String> types,
            @DefaultValue("BOTH") @Description("Which way to follow them.") Direction direction,
            @DefaultValue("100") @Description("At most this many (at most 1000).") int limit) {
        if (limit < 0 || limit > MAX) {
            throw new InvalidArgumentException("limit must be between 0 and " + MAX + ", got " + limit);
        }
        return repository.neighbours(id, types, direction, limit).stream().map(Neighbour::from).toList();
    }
}
