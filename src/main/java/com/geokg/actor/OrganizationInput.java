package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrganizationInput")
@Description("A whole Organization, to create or upsert.")
public record OrganizationInput(
        @NonNull @Description("Stable id: a slug such as `north-korea`.") String id,
        @NonNull @Description("The name as sources write it.") String name,
        @Description("Other names.") List<String> aliases,
        @Description("Who this is and why it matters.") String description) {
}
