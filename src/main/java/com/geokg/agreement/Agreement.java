package com.geokg.agreement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("Agreement")
@Description("A treaty, pact or memorandum between actors.")
public record Agreement(@Ignore NodeData node) {

    @Id
    @NonNull
    @Description("Stable, human-readable id (a slug).")
    public String getId() {
        return node.string("id");
    }

    @NonNull
    @Description("Its name.")
    public String getName() {
        return node.string("name");
    }

    @NonNull
    @Description("PACT, TREATY, MOU, ... (an open UPPER_SNAKE_CASE string).")
    public String getKind() {
        return node.string("kind");
    }

    @Description("Date of signature.")
    public LocalDate getSignedOn() {
        return node.date("signedOn");
    }

    @NonNull
    @Description("Other names, such as the official title.")
    public List<@NonNull String> getAliases() {
        return node.strings("aliases");
    }

    @Description("What it is and why it matters.")
    public String getDescription() {
        return node.string("description");
    }
}
