package com.geokg.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page sits in its connection (Relay cursor paging).")
public record PageInfo(
        @NonNull @Description("There are items after this page: ask again with `after: endCursor`.") boolean hasNextPage,
        @NonNull @Description("There are items before this page: ask with `last` and `before: startCursor`.") boolean hasPreviousPage,
        @Description("Cursor of the first edge of the page; null when the page is empty.") String startCursor,
        @Description("Cursor of the last edge of the page; null when the page is empty.") String endCursor) {
}
