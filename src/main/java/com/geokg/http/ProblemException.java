package com.geokg.http;

/** A GraphQL-level refusal before execution: answered as a request error with {@link #problem}. */
final class ProblemException extends RuntimeException {

    private final Problem problem;

    ProblemException(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
