package com.geokg.graph;

/** An answer larger than {@code kg.limits.max-response-bytes}: nothing of it is sent. */
public final class ResponseTooLargeException extends KgException {

    public ResponseTooLargeException(long max) {
        super(("the answer is larger than %d bytes, the most this service sends; ask for smaller pages (limit, first) "
                + "or fewer fields").formatted(max));
    }
}
