package com.geokg.actor;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("Leadership")
@Description("A person who leads an actor (a `LEADS` relationship), with the title held.")
public record Leadership(@Ignore NodeData node) {

    @Description("The title held, e.g. \"President of Russia\".")
    public String getTitle() {
        return node.string("title");
    }

    @Description("Since when, where known.")
    public java.time.LocalDate getSince() {
        return node.date("since");
    }

    @Description("Until when, where the office has ended.")
    public LocalDate getUntil() {
        return node.date("until");
    }
}
