package com.geokg.agreement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

import com.geokg.graph.filter.DateFilter;
import com.geokg.graph.filter.StringFilter;

@Input("PartyPropertiesWhere")
@Description("Conditions on the relationship's properties; all given conditions must hold.")
public record PartyPropertiesWhere(
        @Description("On role.") StringFilter role,
        @Description("On signedOn.") DateFilter signedOn,
        @Name("AND") @Description("All of these.") List<PartyPropertiesWhere> and,
        @Name("OR") @Description("At least one of these.") List<PartyPropertiesWhere> or,
        @Name("NOT") @Description("Not this.") PartyPropertiesWhere not) {
}
