package com.geokg.graph;

import io.smallrye.graphql.api.ErrorCode;

/** An argument the schema accepts but the data cannot: a negative offset, a date that is no date. */
@ErrorCode("INVALID_ARGUMENT")
public final class InvalidArgumentException extends KgException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
