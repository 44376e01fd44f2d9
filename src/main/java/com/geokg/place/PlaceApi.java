package com.geokg.place;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.geokg.actor.State;
import com.geokg.claim.Claim;
import com.geokg.event.Event;
import com.geokg.claim.ClaimWhere;
import com.geokg.claim.ClaimSort;
import com.geokg.event.EventWhere;
import com.geokg.event.EventSort;
import com.geokg.graph.GraphReader;
import com.geokg.graph.Selections;

import io.smallrye.graphql.api.Context;

/** Places, what they lie in, what happened there. Relation fields read what the root field's single Cypher statement fetched. */
@GraphQLApi
public class PlaceApi {

    @Inject
    GraphReader graph;

    @Inject
    Context context;

    @Query("place")
    @Description("A place by id; null when there is none.")
    public Place place(@NonNull @Id @Description("The id, e.g. `vladivostok`.") String id) {
        return graph.byId(PlaceGraph.PLACE, id, Selections.of(context)).map(Place::new).orElse(null);
    }

    @Query("places")
    @Description("Places, filtered, sorted and paged.")
    public @NonNull List<@NonNull Place> places(
            @Description("Which places; omit for all.") PlaceWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<PlaceSort> sort,
            @Description("At most this many (default 100, at most the configured maximum).") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return graph.list(PlaceGraph.PLACE, Selections.arguments(context), Selections.of(context))
                .stream().map(Place::new).toList();
    }

    @Query("placesConnection")
    @Description("Places, filtered and sorted, as a Relay connection: cursor paging with `totalCount` and `pageInfo`.")
    public @NonNull PlacesConnection placesConnection(
            @Description("Which places; omit for all.") PlaceWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<PlaceSort> sort,
            @Description("Page size: at most this many edges after `after` (default 100).") Integer first,
            @Description("Start after the edge with this cursor.") String after,
            @Description("Page backwards: at most this many edges before `before`.") Integer last,
            @Description("End before the edge with this cursor.") String before) {
        return new PlacesConnection(graph.connection(PlaceGraph.PLACE, Selections.arguments(context), Selections.of(context)));
    }

    @Description("The larger place it lies in, if any.")
    public Place locatedIn(@Source Place source) {
        return source.node().one(Selections.resultKey(context), Place::new);
    }

    @Description("The state it lies in, following `LOCATED_IN` upwards.")
    public State state(@Source Place source) {
        return source.node().one(Selections.resultKey(context), State::new);
    }

    @Description("Places that lie in it.")
    public @NonNull List<@NonNull Place> places(@Source Place source,
            @Description("Which places; omit for all.") PlaceWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<PlaceSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Place::new);
    }

    @Description("Events that occurred there.")
    public @NonNull List<@NonNull Event> events(@Source Place source,
            @Description("Which events; omit for all.") EventWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<EventSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Event::new);
    }

    @Description("Claims made about it.")
    public @NonNull List<@NonNull Claim> claims(@Source Place source,
            @Description("Which claims; omit for all.") ClaimWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<ClaimSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return source.node().many(Selections.resultKey(context), Claim::new);
    }
}
