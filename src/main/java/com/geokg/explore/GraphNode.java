package com.geokg.explore;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("GraphNode")
@Description("A node of any type, in the shape a graph view draws: what `search`, `neighbourhood` and `paths` return. "
        + "Fetch the typed node (`state(id:)`, `event(id:)`, ...) for its relationships.")
public record GraphNode(
        @NonNull @Id @Description("Its id.") String id,
        @NonNull @Description("Its Neo4j labels, e.g. [\"Actor\", \"State\"].") List<@NonNull String> labels,
        @Description("Its type in this API (`State`, `Event`, `Claim`, or a type a data team added); null for a node outside the model.") String type,
        @Description("What names it (its type's `@caption` field: a name, a title, a claim's text); its id when it has none.") String name,
        @Description("When it happened, was signed or published (its type's `@when` field), as YYYY-MM-DD.") String date,
        @Description("How precise `date` is: DAY, MONTH or YEAR (\"2024-10-01\" with MONTH means October 2024).") String datePrecision,
        @Description("Claims only: ASSERTED, CONFIRMED, UNVERIFIED, DISPUTED, DENIED or RETRACTED; with `asOf`, the status as it stood "
                + "on that date (a claim denied later reads ASSERTED before the denial).") String status,
        @NonNull @Description("All its properties, values as text (dates as YYYY-MM-DD, lists as [a, b]).") List<@NonNull Property> properties) {
}
