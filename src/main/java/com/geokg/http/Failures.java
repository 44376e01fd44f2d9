package com.geokg.http;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.jboss.logging.Logger;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import com.geokg.graph.AlreadyExistsException;
import com.geokg.graph.InvalidArgumentException;
import com.geokg.graph.KgException;
import com.geokg.graph.LimitTooLargeException;
import com.geokg.graph.NotFoundException;
import com.geokg.graph.ResponseTooLargeException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * What a failure while executing an operation tells the client: one {@link Problem} with a code
 * from {@link ErrorCode} and a message to act on. Only the service's own messages and fixed texts
 * reach the client; anything unforeseen is {@code INTERNAL}, logged with the request id the
 * client sees, and told by that id alone.
 */
final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class);

    private final Duration timeout;

    Failures(Duration timeout) {
        this.timeout = timeout;
    }

    Problem problem(Throwable failure, String requestId) {
        Throwable e = unwrap(failure);
        if (e instanceof NotFoundException) {
            return Problem.of(ErrorCode.NOT_FOUND, e.getMessage());
        }
        if (e instanceof AlreadyExistsException) {
            return Problem.of(ErrorCode.ALREADY_EXISTS, e.getMessage());
        }
        if (e instanceof LimitTooLargeException) {
            return Problem.of(ErrorCode.LIMIT_TOO_LARGE, e.getMessage());
        }
        if (e instanceof InvalidArgumentException) {
            return Problem.of(ErrorCode.BAD_USER_INPUT, e.getMessage());
        }
        if (e instanceof ResponseTooLargeException) {
            return Problem.of(ErrorCode.RESPONSE_TOO_LARGE, e.getMessage());
        }
        if (e instanceof ForbiddenException) {
            return Problem.of(ErrorCode.FORBIDDEN, "you are signed in, but without the role this operation needs ('editor' for mutations)");
        }
        if (e instanceof UnauthorizedException || e instanceof AuthenticationFailedException) {
            return Problem.of(ErrorCode.UNAUTHENTICATED,
                    "this operation needs a user with the role 'editor': send HTTP Basic credentials or a bearer token");
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return Problem.of(ErrorCode.UNAVAILABLE, "the database cannot be reached; retry in a moment");
        }
        if (e instanceof Neo4jException n && n.code() != null) {
            String code = n.code();
            if (code.contains("TransactionTimedOut") || code.endsWith("Transaction.Terminated") || code.endsWith("Transaction.LockClientStopped")) {
                return Problem.of(ErrorCode.TIMEOUT, ("the operation ran longer than %s and the database cancelled it; "
                        + "ask for smaller pages (limit, first) or fewer nested lists").formatted(human(timeout)));
            }
            if (code.contains("MemoryPoolOutOfMemoryError")) {
                return Problem.of(ErrorCode.RESPONSE_TOO_LARGE,
                        "the operation needs more memory than the database allows one transaction; ask for smaller pages or fewer nested lists");
            }
        }
        if (e instanceof KgException) {
            return Problem.of(ErrorCode.BAD_USER_INPUT, e.getMessage());
        }
        LOG.errorf(e, "request %s: internal error", requestId);
        return Problem.of(ErrorCode.INTERNAL, "internal error; the service logged it with request id " + requestId);
    }

    static Throwable unwrap(Throwable e) {
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    static String human(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }
}
