package com.geokg.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ActorListFilter")
@Description("Conditions on a list of related actors.")
public record ActorListFilter(
        @Description("At least one related actor matches.") ActorWhere some,
        @Description("No related actor matches.") ActorWhere none,
        @Description("Every related actor matches (true when there are none).") ActorWhere all,
        @Description("Exactly one related actor matches.") ActorWhere single) {
}
