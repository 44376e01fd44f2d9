package com.geokg.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ClaimStatus")
@Description("Where a claim stands, as its sources present it.")
public enum ClaimStatus {
    @Description("Said by someone; not contested in the sources.")
    ASSERTED,
    @Description("A matter of record: confirmed by the parties or by independent verification.")
    CONFIRMED,
    @Description("Could not be independently verified, or rests on unnamed reports.")
    UNVERIFIED,
    @Description("Contested by others than the parties it is about.")
    DISPUTED,
    @Description("Denied by a party it is about (North Korea denies deploying troops).")
    DENIED,
    @Description("Withdrawn by whoever asserted it.")
    RETRACTED
}
