package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("Person")
@Description("A person: a head of state, a minister, a spokesperson.")
public record Person(@Ignore NodeData node) implements Actor {

    @Id
    @NonNull
    @Override
    public String getId() {
        return node.string("id");
    }

    @NonNull
    @Override
    public String getName() {
        return node.string("name");
    }

    @NonNull
    @Override
    public List<@NonNull String> getAliases() {
        return node.strings("aliases");
    }

    @Override
    public String getDescription() {
        return node.string("description");
    }
}
