package com.geokg.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SourceListFilter")
@Description("Conditions on a list of related sources.")
public record SourceListFilter(
        @Description("At least one related item matches.") SourceWhere some,
        @Description("No related item matches.") SourceWhere none,
        @Description("Every related item matches (true when there are none).") SourceWhere all,
        @Description("Exactly one related item matches.") SourceWhere single) {
}
