package com.geokg.agreement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("AgreementUpdate")
@Description("Fields of a Agreement to change; a field given as null is removed, a field left out is kept.")
public record AgreementUpdate(
        @Description("Its name.") String name,
        @Description("PACT, TREATY, MOU, ... (UPPER_SNAKE_CASE).") String kind,
        @Description("Date of signature.") LocalDate signedOn,
        @Description("Other names.") List<String> aliases,
        @Description("What it is.") String description) {
}
