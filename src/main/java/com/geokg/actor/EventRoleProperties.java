package com.geokg.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("EventRoleProperties")
@Description("Properties of the relationship behind a connection edge.")
public record EventRoleProperties(@Ignore NodeData node) {

    @Description("The role the actor played.")
    public String getRole() {
        return node.string("role");
    }
}
