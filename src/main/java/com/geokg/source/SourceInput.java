package com.geokg.source;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceInput")
@Description("A whole Source, to create or upsert.")
public record SourceInput(
        @NonNull @Description("Stable id (a slug).") String id,
        @NonNull @Description("Its title.") String title,
        @Description("Who published it.") String publisher,
        @Description("NEWS, OPINION, GOVERNMENT, VIDEO, ...") String kind,
        @Description("Publication date.") LocalDate publishedOn,
        @Description("DAY, MONTH or YEAR.") String datePrecision,
        @Description("Where to read it.") String url,
        @Description("What it argues or reports.") String summary) {
}
