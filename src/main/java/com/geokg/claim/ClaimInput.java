package com.geokg.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ClaimInput")
@Description("A whole Claim, to create or upsert.")
public record ClaimInput(
        @NonNull @Description("Stable id (a slug).") String id,
        @NonNull @Description("What is claimed.") String text,
        @NonNull @Description("Where it stands.") ClaimStatus status,
        @Description("Confidence, 0 to 1.") Double confidence,
        @Description("The figure it gives.") Integer quantity,
        @Description("AROUND, OVER, UNDER, EXACTLY.") String quantityQualifier,
        @Description("What the figure counts.") String quantityUnit) {
}
