package com.geokg.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("EventListFilter")
@Description("Conditions on a list of related events.")
public record EventListFilter(
        @Description("At least one related item matches.") EventWhere some,
        @Description("No related item matches.") EventWhere none,
        @Description("Every related item matches (true when there are none).") EventWhere all,
        @Description("Exactly one related item matches.") EventWhere single) {
}
