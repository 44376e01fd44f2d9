package com.geokg.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.graph.filter.SortDirection;

@Input("PartyPropertiesSort")
@Description("One sort key on the relationship's properties.")
public record PartyPropertiesSort(
        @Description("By role.") SortDirection role,
        @Description("By signedOn.") SortDirection signedOn) {
}
