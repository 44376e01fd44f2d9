package com.geokg.graph.filter;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IDFilter")
@Description("Conditions on an id; all given conditions must hold.")
public record IdFilter(
        @Id @Description("Equal to.") String eq,
        @Name("in") @Id @Description("Equal to one of.") List<String> anyOf,
        @Description("Contains this text.") String contains,
        @Description("Starts with this text.") String startsWith,
        @Description("Ends with this text.") String endsWith) {
}
