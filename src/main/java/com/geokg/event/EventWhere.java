package com.geokg.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.geokg.actor.ActorListFilter;
import com.geokg.claim.ClaimListFilter;
import com.geokg.graph.filter.DateFilter;
import com.geokg.graph.filter.IdFilter;
import com.geokg.graph.filter.IntFilter;
import com.geokg.graph.filter.StringFilter;

@Input("EventWhere")
@Description("Which events to return; all given conditions must hold.")
public record EventWhere(
        @Description("On the id.") IdFilter id,
        @Description("On the kind (TROOP_DEPLOYMENT, ATTACK, ...).") StringFilter kind,
        @Description("On the title.") StringFilter title,
        @Description("On the start date.") DateFilter startDate,
        @Description("On the end date.") DateFilter endDate,
        @Description("On the number of people killed.") IntFilter fatalities,
        @Description("On the number of troops.") IntFilter strength,
        @Description("On the actors that took part.") ActorListFilter participants,
        @Description("On the claims made about it.") ClaimListFilter claims,
        @Name("AND") @Description("All of these.") List<EventWhere> and,
        @Name("OR") @Description("At least one of these.") List<EventWhere> or,
        @Name("NOT") @Description("Not this.") EventWhere not) {
}
