package com.geokg.agreement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

import com.geokg.actor.ActorWhere;

@Input("AgreementPartiesConnectionWhere")
@Description("Which edges of the connection: conditions on the node and on the relationship.")
public record AgreementPartiesConnectionWhere(
        @Description("On the node at the other end.") ActorWhere node,
        @Description("On the relationship's properties.") PartyPropertiesWhere edge,
        @Name("AND") @Description("All of these.") List<AgreementPartiesConnectionWhere> and,
        @Name("OR") @Description("At least one of these.") List<AgreementPartiesConnectionWhere> or,
        @Name("NOT") @Description("Not this.") AgreementPartiesConnectionWhere not) {
}
