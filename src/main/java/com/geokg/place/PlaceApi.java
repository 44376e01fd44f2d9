package com.geokg.place;

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

import com.geokg.actor.State;
import com.geokg.claim.Claim;
import com.geokg.event.Event;
import com.geokg.claim.ClaimWhere;
import com.geokg.claim.ClaimSort;
import com.geokg.event.EventWhere;
import com.geokg.event.EventSort;
import com.geokg.graph.GraphReader;
import com.geokg.graph.GraphWriter;
import com.geokg.graph.Selections;

import io.smallrye.graphql.api.Context;

/** Places, what they lie in, what happened there. Relation fields read what the root field's single Cypher statement fetched. */
@GraphQLApi
public class PlaceApi {

    @Inject
    GraphReader graph;

    @Inject
    GraphWriter writer;

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

    @Mutation("createPlace")
    @RolesAllowed("editor")
    @Description("Creates a Place; fails with ALREADY_EXISTS when the id is taken. Needs the `editor` role.")
    public @NonNull Place createPlace(@NonNull @Description("The new Place.") PlaceInput input) {
        return new Place(writer.create(PlaceGraph.PLACE, List.of("Place"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("upsertPlace")
    @RolesAllowed("editor")
    @Description("Creates the Place, or sets the given fields on the one with this id. Needs the `editor` role.")
    public @NonNull Place upsertPlace(@NonNull @Description("The Place.") PlaceInput input) {
        return new Place(writer.upsert(PlaceGraph.PLACE, List.of("Place"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("updatePlace")
    @RolesAllowed("editor")
    @Description("Changes fields of a Place; fails with NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Place updatePlace(@NonNull @Id @Description("Its id.") String id,
            @NonNull @Description("The fields to change.") PlaceUpdate input) {
        return new Place(writer.update(PlaceGraph.PLACE, id, Selections.input(context), Selections.of(context)));
    }

    @Mutation("deletePlace")
    @RolesAllowed("editor")
    @Description("Deletes a Place and its relationships, returning it as it was; NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull Place deletePlace(@NonNull @Id @Description("Its id.") String id) {
        return new Place(writer.delete(PlaceGraph.PLACE, id, Selections.of(context)));
    }

    @Mutation("connectLocatedIn")
    @RolesAllowed("editor")
    @Description("Adds the `LOCATED_IN` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Place connectLocatedIn(@NonNull @Id @Description("The place.") String placeId,
            @NonNull @Id @Description("The place or state it lies in.") String containerId) {
        return new Place(writer.relate(PlaceGraph.LOCATED_IN, true, placeId, containerId,
                Selections.only(Selections.arguments(context)), PlaceGraph.PLACE, Selections.of(context)));
    }

    @Mutation("disconnectLocatedIn")
    @RolesAllowed("editor")
    @Description("Removes the `LOCATED_IN` relationship; NOT_FOUND names a missing end. Needs the `editor` role.")
    public @NonNull Place disconnectLocatedIn(@NonNull @Id @Description("The place.") String placeId,
            @NonNull @Id @Description("The place or state it lies in.") String containerId) {
        return new Place(writer.relate(PlaceGraph.LOCATED_IN, false, placeId, containerId,
                Selections.only(Selections.arguments(context)), PlaceGraph.PLACE, Selections.of(context)));
    }
}
