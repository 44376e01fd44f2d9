package com.geokg.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("ParticipationProperties")
@Description("Properties of the relationship behind a connection edge.")
public record ParticipationProperties(@Ignore NodeData node) {

    @Description("SENDER, RECEIVER, ATTACKER, ... (open).")
    public String getRole() {
        return node.string("role");
    }
}
