package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("MilitaryUnitUpdate")
@Description("Fields of a MilitaryUnit to change; a field given as null is removed, a field left out is kept.")
public record MilitaryUnitUpdate(
        @Description("The name as sources write it.") String name,
        @Description("Other names.") List<String> aliases,
        @Description("Who this is and why it matters.") String description) {
}
