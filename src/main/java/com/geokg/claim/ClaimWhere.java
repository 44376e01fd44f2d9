package com.geokg.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.geokg.actor.ActorListFilter;
import com.geokg.graph.filter.FloatFilter;
import com.geokg.graph.filter.IdFilter;
import com.geokg.graph.filter.IntFilter;
import com.geokg.graph.filter.StringFilter;
import com.geokg.source.SourceListFilter;

@Input("ClaimWhere")
@Description("Which claims to return; all given conditions must hold.")
public record ClaimWhere(
        @Description("On the id.") IdFilter id,
        @Description("On the text.") StringFilter text,
        @Description("On the status.") ClaimStatusFilter status,
        @Description("On the confidence (0-1).") FloatFilter confidence,
        @Description("On the figure the claim gives.") IntFilter quantity,
        @Description("On who asserts it.") ActorListFilter assertedBy,
        @Description("On who denies it.") ActorListFilter deniedBy,
        @Description("On where it was reported.") SourceListFilter sources,
        @Name("AND") @Description("All of these.") List<ClaimWhere> and,
        @Name("OR") @Description("At least one of these.") List<ClaimWhere> or,
        @Name("NOT") @Description("Not this.") ClaimWhere not) {
}
