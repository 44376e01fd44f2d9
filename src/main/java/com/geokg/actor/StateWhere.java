package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.geokg.agreement.AgreementListFilter;
import com.geokg.event.EventListFilter;
import com.geokg.graph.filter.IdFilter;
import com.geokg.graph.filter.StringFilter;

@Input("StateWhere")
@Description("Which states to return; all given conditions must hold.")
public record StateWhere(
        @Description("On the id.") IdFilter id,
        @Description("On the name.") StringFilter name,
        @Description("On the ISO 3166-1 alpha-3 code.") StringFilter iso3,
        @Description("On the agreements it is party to.") AgreementListFilter agreements,
        @Description("On the states it signed a pact or treaty with.") StateListFilter pactPartners,
        @Description("On the states it deployed troops to.") StateListFilter deployedTroopsTo,
        @Description("On the states it received troops from.") StateListFilter receivedTroopsFrom,
        @Description("On the events it took part in.") EventListFilter events,
        @Name("AND") @Description("All of these.") List<StateWhere> and,
        @Name("OR") @Description("At least one of these.") List<StateWhere> or,
        @Name("NOT") @Description("Not this.") StateWhere not) {
}
