package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.geokg.agreement.AgreementListFilter;
import com.geokg.claim.ClaimListFilter;
import com.geokg.event.EventListFilter;
import com.geokg.graph.filter.IdFilter;
import com.geokg.graph.filter.StringFilter;

@Input("ActorWhere")
@Description("Which actors to return; all given conditions must hold.")
public record ActorWhere(
        @Description("On the id.") IdFilter id,
        @Description("On the name.") StringFilter name,
        @Description("On the description.") StringFilter description,
        @Description("On the agreements it is party to.") AgreementListFilter agreements,
        @Description("On the events it took part in.") EventListFilter events,
        @Description("On the claims it asserted.") ClaimListFilter asserted,
        @Description("On the claims it denied.") ClaimListFilter denied,
        @Name("AND") @Description("All of these.") List<ActorWhere> and,
        @Name("OR") @Description("At least one of these.") List<ActorWhere> or,
        @Name("NOT") @Description("Not this.") ActorWhere not) {
}
