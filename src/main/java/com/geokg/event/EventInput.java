package com.geokg.event;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EventInput")
@Description("A whole Event, to create or upsert.")
public record EventInput(
        @NonNull @Description("Stable id (a slug).") String id,
        @NonNull @Description("TROOP_DEPLOYMENT, ATTACK, ... (UPPER_SNAKE_CASE).") String kind,
        @NonNull @Description("A one-line title.") String title,
        @Description("What happened.") String summary,
        @Description("When it started.") LocalDate startDate,
        @Description("When it ended.") LocalDate endDate,
        @Description("DAY, MONTH or YEAR.") String datePrecision,
        @Description("People killed.") Integer fatalities,
        @Description("Troops involved.") Integer strength) {
}
