package com.geokg.claim;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("StanceProperties")
@Description("Properties of the relationship behind a connection edge.")
public record StanceProperties(@Ignore NodeData node) {

    @Description("When it said so, where known.")
    public LocalDate getOn() {
        return node.date("on");
    }
}
