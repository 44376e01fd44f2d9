package com.geokg.graph.filter;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DateFilter")
@Description("Conditions on a date (YYYY-MM-DD); all given conditions must hold.")
public record DateFilter(
        @Description("On this date.") LocalDate eq,
        @Name("in") @Description("On one of these dates.") List<LocalDate> anyOf,
        @Description("Before.") LocalDate lt,
        @Description("On or before.") LocalDate lte,
        @Description("After.") LocalDate gt,
        @Description("On or after.") LocalDate gte) {
}
