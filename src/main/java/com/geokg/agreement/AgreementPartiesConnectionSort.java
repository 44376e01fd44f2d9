package com.geokg.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.actor.ActorSort;

@Input("AgreementPartiesConnectionSort")
@Description("One sort key: on the node or on the relationship; give one per list item.")
public record AgreementPartiesConnectionSort(
        @Description("By a field of the node.") ActorSort node,
        @Description("By a property of the relationship.") PartyPropertiesSort edge) {
}
