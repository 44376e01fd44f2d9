package com.geokg.http;

/** A request refused before any GraphQL work: answered with {@link #problem} alone and {@link #status}. */
final class RequestError extends RuntimeException {

    private final int status;
    private final Problem problem;

    RequestError(int status, ErrorCode code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.problem = Problem.of(code, message);
    }

    int status() {
        return status;
    }

    Problem problem() {
        return problem;
    }
}
