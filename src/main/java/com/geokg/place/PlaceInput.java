package com.geokg.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PlaceInput")
@Description("A whole Place, to create or upsert.")
public record PlaceInput(
        @NonNull @Description("Stable id (a slug).") String id,
        @NonNull @Description("Its name.") String name,
        @Description("CITY, REGION, ... (UPPER_SNAKE_CASE).") String kind,
        @Description("Latitude, -90 to 90.") Double lat,
        @Description("Longitude, -180 to 180.") Double lon,
        @Description("What sources say of it.") String description) {
}
