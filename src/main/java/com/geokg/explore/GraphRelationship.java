package com.geokg.explore;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("GraphRelationship")
@Description("A relationship of any type between two `GraphNode`s, as stored (from `start` to `end`).")
public record GraphRelationship(
        @NonNull @Id @Description("`start>TYPE>end`, with the model's `@relationshipKey` value where the type has one (`north-korea>PARTICIPATED_IN>...>SENDER`): the same in every answer. Relationships the model cannot tell apart get `#2`, `#3` within one answer.") String id,
        @NonNull @Description("Its type, e.g. `PARTY_TO`, `DENIED`, or a type a data team loaded.") String type,
        @NonNull @Id @Description("The id of the node it starts at.") String start,
        @NonNull @Id @Description("The id of the node it points to.") String end,
        @NonNull @Description("Its properties, values as text (`ASSERTED` and `DENIED` carry `on`, the date it was said).") List<@NonNull Property> properties) {
}
