package com.geokg.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ClaimUpdate")
@Description("Fields of a Claim to change; a field given as null is removed, a field left out is kept.")
public record ClaimUpdate(
        @Description("What is claimed.") String text,
        @Description("Where it stands.") ClaimStatus status,
        @Description("Confidence, 0 to 1.") Double confidence,
        @Description("The figure it gives.") Integer quantity,
        @Description("AROUND, OVER, UNDER, EXACTLY.") String quantityQualifier,
        @Description("What the figure counts.") String quantityUnit) {
}
