package com.geokg.event;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("EventUpdate")
@Description("Fields of a Event to change; a field given as null is removed, a field left out is kept.")
public record EventUpdate(
        @Description("TROOP_DEPLOYMENT, ATTACK, ... (UPPER_SNAKE_CASE).") String kind,
        @Description("A one-line title.") String title,
        @Description("What happened.") String summary,
        @Description("When it started.") LocalDate startDate,
        @Description("When it ended.") LocalDate endDate,
        @Description("DAY, MONTH or YEAR.") String datePrecision,
        @Description("People killed.") Integer fatalities,
        @Description("Troops involved.") Integer strength) {
}
