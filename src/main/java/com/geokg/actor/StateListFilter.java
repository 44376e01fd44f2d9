package com.geokg.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("StateListFilter")
@Description("Conditions on a list of related states.")
public record StateListFilter(
        @Description("At least one related state matches.") StateWhere some,
        @Description("No related state matches.") StateWhere none,
        @Description("Every related state matches (true when there are none).") StateWhere all,
        @Description("Exactly one related state matches.") StateWhere single) {
}
