package com.geokg.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PlaceUpdate")
@Description("Fields of a Place to change; a field given as null is removed, a field left out is kept.")
public record PlaceUpdate(
        @Description("Its name.") String name,
        @Description("CITY, REGION, ... (UPPER_SNAKE_CASE).") String kind,
        @Description("Latitude, -90 to 90.") Double lat,
        @Description("Longitude, -180 to 180.") Double lon,
        @Description("What sources say of it.") String description) {
}
