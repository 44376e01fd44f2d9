package com.geokg.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.geokg.claim.ClaimListFilter;
import com.geokg.graph.filter.DateFilter;
import com.geokg.graph.filter.IdFilter;
import com.geokg.graph.filter.StringFilter;

@Input("SourceWhere")
@Description("Which sources to return; all given conditions must hold.")
public record SourceWhere(
        @Description("On the id.") IdFilter id,
        @Description("On the title.") StringFilter title,
        @Description("On the publisher.") StringFilter publisher,
        @Description("On the kind (NEWS, OPINION, GOVERNMENT, VIDEO).") StringFilter kind,
        @Description("On the publication date.") DateFilter publishedOn,
        @Description("On the claims it reports.") ClaimListFilter claims,
        @Name("AND") @Description("All of these.") List<SourceWhere> and,
        @Name("OR") @Description("At least one of these.") List<SourceWhere> or,
        @Name("NOT") @Description("Not this.") SourceWhere not) {
}
