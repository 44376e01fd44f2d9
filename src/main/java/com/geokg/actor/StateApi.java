package com.geokg.actor;

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

import com.geokg.graph.GraphReader;
import com.geokg.graph.GraphWriter;
import com.geokg.graph.Selections;

import io.smallrye.graphql.api.Context;

/** States, and the relations between states that are traversals through pacts and events. */
@GraphQLApi
public class StateApi {

    @Inject
    GraphReader graph;

    @Inject
    GraphWriter writer;

    @Inject
    Context context;

    @Query("state")
    @Description("A state by id; null when there is none.")
    public State state(@NonNull @Id @Description("The state's id, e.g. `north-korea`.") String id) {
        return graph.byId(ActorGraph.STATE, id, Selections.of(context)).map(State::new).orElse(null);
    }

    @Query("states")
    @Description("States, filtered, sorted and paged.")
    public @NonNull List<@NonNull State> states(
            @Description("Which states; omit for all.") StateWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<StateSort> sort,
            @Description("At most this many (default 100, at most the configured maximum).") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return graph.list(ActorGraph.STATE, Selections.arguments(context), Selections.of(context))
                .stream().map(State::new).toList();
    }

    @Query("statesConnection")
    @Description("States, filtered and sorted, as a Relay connection: cursor paging with `totalCount` and `pageInfo`.")
    public @NonNull StatesConnection statesConnection(
            @Description("Which states; omit for all.") StateWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<StateSort> sort,
            @Description("Page size: at most this many edges after `after` (default 100).") Integer first,
            @Description("Start after the edge with this cursor.") String after,
            @Description("Page backwards: at most this many edges before `before`.") Integer last,
            @Description("End before the edge with this cursor.") String before) {
        return new StatesConnection(graph.connection(ActorGraph.STATE, Selections.arguments(context), Selections.of(context)));
    }

    @Description("\"Signed pact with\": states that are party to a PACT or TREATY this state is party to.")
    public @NonNull List<@NonNull State> pactPartners(@Source State state,
            @Description("Which states; omit for all.") StateWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<StateSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return state.node().many(Selections.resultKey(context), State::new);
    }

    @Description("\"Deployed troops to\": states that were RECEIVER of a TROOP_DEPLOYMENT event this state was SENDER of.")
    public @NonNull List<@NonNull State> deployedTroopsTo(@Source State state,
            @Description("Which states; omit for all.") StateWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<StateSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return state.node().many(Selections.resultKey(context), State::new);
    }

    @Description("\"Received troops from\": states that were SENDER of a TROOP_DEPLOYMENT event this state was RECEIVER of.")
    public @NonNull List<@NonNull State> receivedTroopsFrom(@Source State state,
            @Description("Which states; omit for all.") StateWhere where,
            @Description("Sort keys in order of precedence; ties are broken by id.") List<StateSort> sort,
            @Description("At most this many; omit for all.") Integer limit,
            @Description("Skip this many first.") Integer offset) {
        return state.node().many(Selections.resultKey(context), State::new);
    }

    @Mutation("createState")
    @RolesAllowed("editor")
    @Description("Creates a State; fails with ALREADY_EXISTS when the id is taken. Needs the `editor` role.")
    public @NonNull State createState(@NonNull @Description("The new State.") StateInput input) {
        return new State(writer.create(ActorGraph.STATE, List.of("Actor", "State"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("upsertState")
    @RolesAllowed("editor")
    @Description("Creates the State, or sets the given fields on the one with this id. Needs the `editor` role.")
    public @NonNull State upsertState(@NonNull @Description("The State.") StateInput input) {
        return new State(writer.upsert(ActorGraph.STATE, List.of("Actor", "State"), Selections.input(context), Selections.of(context)));
    }

    @Mutation("updateState")
    @RolesAllowed("editor")
    @Description("Changes fields of a State; fails with NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull State updateState(@NonNull @Id @Description("Its id.") String id,
            @NonNull @Description("The fields to change.") StateUpdate input) {
        return new State(writer.update(ActorGraph.STATE, id, Selections.input(context), Selections.of(context)));
    }

    @Mutation("deleteState")
    @RolesAllowed("editor")
    @Description("Deletes a State and its relationships, returning it as it was; NOT_FOUND when there is none. Needs the `editor` role.")
    public @NonNull State deleteState(@NonNull @Id @Description("Its id.") String id) {
        return new State(writer.delete(ActorGraph.STATE, id, Selections.of(context)));
    }
}
