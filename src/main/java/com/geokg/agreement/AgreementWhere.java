package com.geokg.agreement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.geokg.actor.ActorListFilter;
import com.geokg.claim.ClaimListFilter;
import com.geokg.graph.filter.DateFilter;
import com.geokg.graph.filter.IdFilter;
import com.geokg.graph.filter.StringFilter;

@Input("AgreementWhere")
@Description("Which agreements to return; all given conditions must hold.")
public record AgreementWhere(
        @Description("On the id.") IdFilter id,
        @Description("On the name.") StringFilter name,
        @Description("On the kind (PACT, TREATY, MOU, ...).") StringFilter kind,
        @Description("On the date of signature.") DateFilter signedOn,
        @Description("On the parties.") ActorListFilter parties,
        @Description("On the claims made about it.") ClaimListFilter claims,
        @Name("AND") @Description("All of these.") List<AgreementWhere> and,
        @Name("OR") @Description("At least one of these.") List<AgreementWhere> or,
        @Name("NOT") @Description("Not this.") AgreementWhere not) {
}
