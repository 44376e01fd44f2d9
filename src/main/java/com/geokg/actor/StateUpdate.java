package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("StateUpdate")
@Description("Fields of a State to change; a field given as null is removed, a field left out is kept.")
public record StateUpdate(
        @Description("The name as sources write it.") String name,
        @Description("ISO 3166-1 alpha-3 code.") String iso3,
        @Description("Other names.") List<String> aliases,
        @Description("Who this is and why it matters.") String description) {
}
