package com.geokg.event;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("Event")
@Description("Something that happened, at a time and place. Most events are known only through claims: see `claims`.")
public record Event(@Ignore NodeData node) {

    @Id
    @NonNull
    @Description("Stable, human-readable id (a slug).")
    public String getId() {
        return node.string("id");
    }

    @NonNull
    @Description("TROOP_DEPLOYMENT, TRANSPORT, VISIT, ATTACK, STATEMENT, MEDIA_RELEASE, WEAPONS_TRANSFER, ... (an open UPPER_SNAKE_CASE string).")
    public String getKind() {
        return node.string("kind");
    }

    @NonNull
    @Description("A one-line title.")
    public String getTitle() {
        return node.string("title");
    }

    @Description("What happened, as the sources describe it.")
    public String getSummary() {
        return node.string("summary");
    }

    @Description("When it started; read with `datePrecision`.")
    public LocalDate getStartDate() {
        return node.date("startDate");
    }

    @Description("When it ended, if it did.")
    public LocalDate getEndDate() {
        return node.date("endDate");
    }

    @Description("How precise the dates are: DAY, MONTH or YEAR (2024-08-01 with MONTH means \"in August 2024\").")
    public String getDatePrecision() {
        return node.string("datePrecision");
    }

    @Description("People killed, where a source gives a figure.")
    public Integer getFatalities() {
        return node.integer("fatalities");
    }

    @Description("Troops involved, where a source gives a figure.")
    public Integer getStrength() {
        return node.integer("strength");
    }
}
