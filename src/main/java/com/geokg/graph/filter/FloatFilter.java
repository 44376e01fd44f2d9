package com.geokg.graph.filter;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FloatFilter")
@Description("Conditions on a number; all given conditions must hold.")
public record FloatFilter(
        @Description("Equal to.") Double eq,
        @Name("in") @Description("Equal to one of.") List<Double> anyOf,
        @Description("Less than.") Double lt,
        @Description("Less than or equal to.") Double lte,
        @Description("Greater than.") Double gt,
        @Description("Greater than or equal to.") Double gte) {
}
