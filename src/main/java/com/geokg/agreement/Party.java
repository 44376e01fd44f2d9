package com.geokg.agreement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("Party")
@Description("A party to an agreement, with its role (a `PARTY_TO` relationship).")
public record Party(@Ignore NodeData node) {

    @Description("SIGNATORY, GUARANTOR, OBSERVER, ... (open).")
    public String getRole() {
        return node.string("role");
    }

    @Description("When this party signed.")
    public LocalDate getSignedOn() {
        return node.date("signedOn");
    }
}
