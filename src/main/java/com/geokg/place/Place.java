package com.geokg.place;


import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.geokg.graph.NodeData;

@Type("Place")
@Description("A location: a city, a region, a site.")
public record Place(@Ignore NodeData node) {

    @Id
    @NonNull
    @Description("Stable, human-readable id (a slug).")
    public String getId() {
        return node.string("id");
    }

    @NonNull
    @Description("Its name.")
    public String getName() {
        return node.string("name");
    }

    @Description("CITY, REGION, AREA, MILITARY_SITE, ... (open).")
    public String getKind() {
        return node.string("kind");
    }

    @Description("Latitude (WGS 84), where known.")
    public Double getLat() {
        return node.decimal("lat");
    }

    @Description("Longitude (WGS 84), where known.")
    public Double getLon() {
        return node.decimal("lon");
    }

    @Description("What the sources say of it.")
    public String getDescription() {
        return node.string("description");
    }
}
