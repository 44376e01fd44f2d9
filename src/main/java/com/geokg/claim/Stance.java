package com.geokg.claim;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("Stance")
@Description("An actor asserting or denying a claim (an `ASSERTED` or `DENIED` relationship), with the date.")
public record Stance(@Ignore NodeData node) {

    @Description("When it said so, where the source gives a date.")
    public LocalDate getOn() {
        return node.date("on");
    }
}
