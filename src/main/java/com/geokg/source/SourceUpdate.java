package com.geokg.source;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SourceUpdate")
@Description("Fields of a Source to change; a field given as null is removed, a field left out is kept.")
public record SourceUpdate(
        @Description("Its title.") String title,
        @Description("Who published it.") String publisher,
        @Description("NEWS, OPINION, GOVERNMENT, VIDEO, ...") String kind,
        @Description("Publication date.") LocalDate publishedOn,
        @Description("DAY, MONTH or YEAR.") String datePrecision,
        @Description("Where to read it.") String url,
        @Description("What it argues or reports.") String summary) {
}
