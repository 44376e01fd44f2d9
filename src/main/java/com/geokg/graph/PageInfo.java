package com.geokg.graph;

/** Where a page sits in its connection (Relay cursor paging). */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}
