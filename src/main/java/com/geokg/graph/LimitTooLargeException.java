package com.geokg.graph;

import io.smallrye.graphql.api.ErrorCode;

/** A page larger than the configured maximum ({@code kg.query.max-limit}). */
@ErrorCode("LIMIT_TOO_LARGE")
public final class LimitTooLargeException extends KgException {

    public LimitTooLargeException(int requested, int max) {
        super("limit %d is larger than the maximum page size %d; page with offset or a connection's cursor"
                .formatted(requested, max));
    }
}
