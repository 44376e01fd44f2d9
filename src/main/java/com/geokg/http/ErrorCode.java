package com.geokg.http;

/**
 * The stable {@code extensions.code} of every error the GraphQL endpoint answers, documented in the
 * README. Each code has one meaning, and the message beside it says what to change.
 *
 * <p>{@link #status} is the HTTP status of a response that consists of this error alone (a request
 * error, without {@code data}) under {@code application/graphql-response+json}. Under
 * {@code application/json}, the legacy media type, GraphQL-level request errors (a document that
 * does not parse or validate, variables that do not coerce, an operation over a limit) answer 200,
 * as the GraphQL-over-HTTP spec says; HTTP-level ones keep their status. Errors raised while
 * executing an operation travel with {@code data} and answer 200.
 */
public enum ErrorCode {
    /** The HTTP request is not a GraphQL request: JSON, parameters, method, media types. */
    BAD_REQUEST(400, true),
    /** The request body is larger than the endpoint accepts ({@code kg.http.graphql-max-body}). */
    REQUEST_TOO_LARGE(413, true),
    /** The operation text does not parse; the message and {@code locations} say where. */
    GRAPHQL_PARSE_FAILED(400),
    /** The operation does not validate against the schema (unknown field, missing argument...). */
    GRAPHQL_VALIDATION_FAILED(400),
    /** A variable or an argument value is not what its type accepts. */
    BAD_USER_INPUT(400),
    /** A page larger than {@code kg.query.max-limit}. */
    LIMIT_TOO_LARGE(400),
    /** The operation would cost more than the budget (estimated size, depth or number of fields). */
    COST_LIMIT(400),
    /** No node with the given id (updates, deletes, connects). */
    NOT_FOUND(200),
    /** A node with the given id exists already (creates). */
    ALREADY_EXISTS(200),
    /** The operation needs credentials (mutations need the {@code editor} role), or they were refused. */
    UNAUTHENTICATED(401),
    /** Authenticated, but without the role the operation needs. */
    FORBIDDEN(403),
    /** The statement ran longer than {@code kg.limits.transaction-timeout} and Neo4j cancelled it. */
    TIMEOUT(200),
    /** The answer would be larger than {@code kg.limits.max-response-bytes}. */
    RESPONSE_TOO_LARGE(200),
    /** The service is at its bound of concurrent operations; retry after the {@code Retry-After} seconds. */
    OVERLOADED(503, true),
    /** Neo4j cannot be reached; retry later. */
    UNAVAILABLE(503, true),
    /** Anything else: a fault of the service, logged with the request id. */
    INTERNAL(500, true);

    private final int status;
    private final boolean httpLevel;

    ErrorCode(int status) {
        this(status, false);
    }

    ErrorCode(int status, boolean httpLevel) {
        this.status = status;
        this.httpLevel = httpLevel;
    }

    /** The status of a response made of this error alone, under the given response media type. */
    public int status(boolean legacyJson) {
        return legacyJson && !httpLevel ? 200 : status;
    }
}
