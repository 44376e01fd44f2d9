package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("MilitaryUnit")
@Description("An armed force or one of its units.")
public record MilitaryUnit(@Ignore NodeData node) implements Actor {

    @Id
    @NonNull
    @Override
    @Description("Stable, human-readable id (a slug such as `north-korea`).")
    public String getId() {
        return node.string("id");
    }

    @NonNull
    @Override
    @Description("The name as sources write it (\"North Korea\").")
    public String getName() {
        return node.string("name");
    }

    @NonNull
    @Override
    @Description("Other names: official names, abbreviations, metonyms (\"DPRK\", \"Pyongyang\").")
    public List<@NonNull String> getAliases() {
        return node.strings("aliases");
    }

    @Override
    @Description("A short description of who this is and why it matters here.")
    public String getDescription() {
        return node.string("description");
    }
}
