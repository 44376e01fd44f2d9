package com.geokg.agreement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AgreementInput")
@Description("A whole Agreement, to create or upsert.")
public record AgreementInput(
        @NonNull @Description("Stable id (a slug).") String id,
        @NonNull @Description("Its name.") String name,
        @NonNull @Description("PACT, TREATY, MOU, ... (UPPER_SNAKE_CASE).") String kind,
        @Description("Date of signature.") LocalDate signedOn,
        @Description("Other names.") List<String> aliases,
        @Description("What it is.") String description) {
}
