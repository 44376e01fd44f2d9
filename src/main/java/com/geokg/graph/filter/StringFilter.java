package com.geokg.graph.filter;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StringFilter")
@Description("Conditions on a text field; all given conditions must hold. `eq: null` matches a missing value.")
public record StringFilter(
        @Description("Equal to.") String eq,
        @Name("in") @Description("Equal to one of.") List<String> anyOf,
        @Description("Contains this text (case-sensitive).") String contains,
        @Description("Starts with this text.") String startsWith,
        @Description("Ends with this text.") String endsWith) {
}
