package com.geokg.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ClaimStatusFilter")
@Description("Conditions on a claim's status.")
public record ClaimStatusFilter(
        @Description("Equal to.") ClaimStatus eq,
        @Name("in") @Description("Equal to one of.") List<ClaimStatus> anyOf) {
}
