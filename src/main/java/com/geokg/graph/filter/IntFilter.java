package com.geokg.graph.filter;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IntFilter")
@Description("Conditions on a whole number; all given conditions must hold.")
public record IntFilter(
        @Description("Equal to.") Integer eq,
        @Name("in") @Description("Equal to one of.") List<Integer> anyOf,
        @Description("Less than.") Integer lt,
        @Description("Less than or equal to.") Integer lte,
        @Description("Greater than.") Integer gt,
        @Description("Greater than or equal to.") Integer gte) {
}
