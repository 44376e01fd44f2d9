package com.geokg.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ClaimListFilter")
@Description("Conditions on a list of related claims.")
public record ClaimListFilter(
        @Description("At least one related item matches.") ClaimWhere some,
        @Description("No related item matches.") ClaimWhere none,
        @Description("Every related item matches (true when there are none).") ClaimWhere all,
        @Description("Exactly one related item matches.") ClaimWhere single) {
}
