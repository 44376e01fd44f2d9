package com.geokg.source;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("Source")
@Description("A document that reports claims: an article, a statement, a video.")
public record Source(@Ignore NodeData node) {

    @Id
    @NonNull
    @Description("Stable, human-readable id (a slug).")
    public String getId() {
        return node.string("id");
    }

    @NonNull
    @Description("Its title.")
    public String getTitle() {
        return node.string("title");
    }

    @Description("Who published it.")
    public String getPublisher() {
        return node.string("publisher");
    }

    @Description("NEWS, OPINION, GOVERNMENT, VIDEO, ...")
    public String getKind() {
        return node.string("kind");
    }

    @Description("Publication date; read with `datePrecision`.")
    public LocalDate getPublishedOn() {
        return node.date("publishedOn");
    }

    @Description("How precise `publishedOn` is: DAY, MONTH or YEAR.")
    public String getDatePrecision() {
        return node.string("datePrecision");
    }

    @Description("Where to read it, if known.")
    public String getUrl() {
        return node.string("url");
    }

    @Description("What it argues or reports.")
    public String getSummary() {
        return node.string("summary");
    }
}
