package com.geokg.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

import com.geokg.graph.filter.DateFilter;

@Input("StancePropertiesWhere")
@Description("Conditions on the relationship's properties; all given conditions must hold.")
public record StancePropertiesWhere(
        @Description("On on.") DateFilter on,
        @Name("AND") @Description("All of these.") List<StancePropertiesWhere> and,
        @Name("OR") @Description("At least one of these.") List<StancePropertiesWhere> or,
        @Name("NOT") @Description("Not this.") StancePropertiesWhere not) {
}
