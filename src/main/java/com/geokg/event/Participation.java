package com.geokg.event;


import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("Participation")
@Description("An actor taking part in an event, with its role (a `PARTICIPATED_IN` relationship).")
public record Participation(@Ignore NodeData node) {

    @NonNull
    @Description("SENDER, RECEIVER, TRANSPORTER, ATTACKER, TARGET, VISITOR, HOST, CASUALTY, SPEAKER, PUBLISHER, ... (open).")
    public String getRole() {
        return node.string("role");
    }
}
