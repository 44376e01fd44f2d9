package com.geokg.explore;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Neighbour")
@Description("A node reached over one relationship of any type, with that relationship.")
public record Neighbour(
        @NonNull @Description("The relationship type, e.g. `PARTICIPATED_IN` or a type a data team loaded.") String relationship,
        @NonNull @Description("OUT when the relationship points away from the start node, IN when towards it.") Direction direction,
        @NonNull @Description("The relationship's properties, values rendered as text.") List<@NonNull Property> properties,
        @NonNull @Id @Description("The neighbour's id.") String id,
        @NonNull @Description("The neighbour's labels, e.g. [\"Actor\", \"State\"].") List<@NonNull String> labels,
        @Description("The neighbour's name or title, whichever it has.") String name) {

    static Neighbour from(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        var props = (Map<String, Object>) row.get("properties");
        @SuppressWarnings("unchecked")
        var labels = (List<String>) row.get("labels");
        return new Neighbour((String) row.get("relationship"), Direction.valueOf((String) row.get("direction")),
                props.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new Property(e.getKey(), String.valueOf(e.getValue()))).toList(),
                String.valueOf(row.get("id")), labels, (String) row.get("name"));
    }
}
