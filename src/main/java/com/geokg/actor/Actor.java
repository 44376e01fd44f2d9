package com.geokg.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

import com.geokg.graph.NodeData;

/** Anyone who acts. Its relations are answered by {@link ActorApi}. */
@Interface("Actor")
@Description("Anyone who acts: a state, a person, an organisation or a military unit.")
public interface Actor {

    @Id
    @NonNull
    @Description("Stable, human-readable id (a slug such as `north-korea`).")
    String getId();

    @NonNull
    @Description("The name as sources write it (\"North Korea\").")
    String getName();

    @NonNull
    @Description("Other names: official names, abbreviations, metonyms (\"DPRK\", \"Pyongyang\").")
    List<@NonNull String> getAliases();

    @Description("A short description of who this is and why it matters here.")
    String getDescription();

    /** The projected node, for relation fields. */
    NodeData node();

    /** The concrete record for a node whose labels decide its GraphQL type. */
    static Actor from(NodeData node) {
        List<String> labels = node.labels();
        if (labels.contains(ActorGraph.STATE)) {
            return new State(node);
        }
        if (labels.contains(ActorGraph.PERSON)) {
            return new Person(node);
        }
        if (labels.contains(ActorGraph.MILITARY_UNIT)) {
            return new MilitaryUnit(node);
        }
        return new Organization(node); // an :Actor a data team loaded without a subtype label
    }
}
