package com.geokg.graph;

import io.smallrye.graphql.api.ErrorCode;

/** A mutation names a node that does not exist; nothing was written. */
@ErrorCode("NOT_FOUND")
public final class NotFoundException extends KgException {

    public NotFoundException(String message) {
        super(message);
    }
}
