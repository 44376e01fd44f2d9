package com.geokg.place;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.geokg.event.EventListFilter;
import com.geokg.graph.filter.IdFilter;
import com.geokg.graph.filter.StringFilter;

@Input("PlaceWhere")
@Description("Which places to return; all given conditions must hold.")
public record PlaceWhere(
        @Description("On the id.") IdFilter id,
        @Description("On the name.") StringFilter name,
        @Description("On the kind (CITY, REGION, ...).") StringFilter kind,
        @Description("On the events that occurred there.") EventListFilter events,
        @Name("AND") @Description("All of these.") List<PlaceWhere> and,
        @Name("OR") @Description("At least one of these.") List<PlaceWhere> or,
        @Name("NOT") @Description("Not this.") PlaceWhere not) {
}
