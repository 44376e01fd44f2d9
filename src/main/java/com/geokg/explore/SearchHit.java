package com.geokg.explore;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchHit")
@Description("A node that matched a search, with how well.")
public record SearchHit(
        @NonNull @Description("Lucene's relevance score: higher is better; comparable within one answer, not across searches.") double score,
        @NonNull @Description("The node.") GraphNode node) {
}
