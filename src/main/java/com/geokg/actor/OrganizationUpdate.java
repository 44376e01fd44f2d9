package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("OrganizationUpdate")
@Description("Fields of a Organization to change; a field given as null is removed, a field left out is kept.")
public record OrganizationUpdate(
        @Description("The name as sources write it.") String name,
        @Description("Other names.") List<String> aliases,
        @Description("Who this is and why it matters.") String description) {
}
