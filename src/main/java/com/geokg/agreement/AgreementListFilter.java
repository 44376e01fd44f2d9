package com.geokg.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("AgreementListFilter")
@Description("Conditions on a list of related agreements.")
public record AgreementListFilter(
        @Description("At least one related item matches.") AgreementWhere some,
        @Description("No related item matches.") AgreementWhere none,
        @Description("Every related item matches (true when there are none).") AgreementWhere all,
        @Description("Exactly one related item matches.") AgreementWhere single) {
}
