package com.geokg.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("EventRole")
@Description("An event an actor took part in, with the role it played (a `PARTICIPATED_IN` relationship).")
public record EventRole(@Ignore NodeData node) {

    @NonNull
    @Description("The role: SENDER, RECEIVER, TRANSPORTER, ATTACKER, TARGET, VISITOR, HOST, CASUALTY, SPEAKER, PUBLISHER, ...")
    public String getRole() {
        return node.string("role");
    }
}
