package com.geokg.graph;

import io.smallrye.graphql.api.ErrorCode;

/** A create would give a second node the same id; nothing was written. */
@ErrorCode("ALREADY_EXISTS")
public final class AlreadyExistsException extends KgException {

    public AlreadyExistsException(String message) {
        super(message);
    }
}
