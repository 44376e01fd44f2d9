package com.geokg.agreement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("PartyProperties")
@Description("Properties of the relationship behind a connection edge.")
public record PartyProperties(@Ignore NodeData node) {

    @Description("SIGNATORY, GUARANTOR, ... (open).")
    public String getRole() {
        return node.string("role");
    }

    @Description("When this party signed.")
    public LocalDate getSignedOn() {
        return node.date("signedOn");
    }
}
