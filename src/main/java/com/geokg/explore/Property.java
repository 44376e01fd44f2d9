package com.geokg.explore;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Property")
@Description("One property of a relationship.")
public record Property(
        @NonNull @Description("Property key.") String key,
        @NonNull @Description("Value as text (dates as YYYY-MM-DD, lists as [a, b]).") String value) {
}
