package com.geokg.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PlaceListFilter")
@Description("Conditions on a list of related places.")
public record PlaceListFilter(
        @Description("At least one related item matches.") PlaceWhere some,
        @Description("No related item matches.") PlaceWhere none,
        @Description("Every related item matches (true when there are none).") PlaceWhere all,
        @Description("Exactly one related item matches.") PlaceWhere single) {
}
