package com.geokg.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.geokg.graph.filter.SortDirection;

@Input("AgreementSort")
@Description("One sort key; give one field per list item, in order of precedence.")
public record AgreementSort(
        @Description("By id.") SortDirection id,
        @Description("By name.") SortDirection name,
        @Description("By kind.") SortDirection kind,
        @Description("By signedOn.") SortDirection signedOn) {
}
