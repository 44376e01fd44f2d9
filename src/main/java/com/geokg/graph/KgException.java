package com.geokg.graph;

/**
 * Root of every error the service reports on purpose. The message is written for the client (it
 * is shown in GraphQL responses, see {@code show-runtime-exception-message}); it never carries a
 * Java class name, a stack trace or Cypher text. Subclasses carry a stable {@code extensions.code}.
 */
public abstract class KgException extends RuntimeException {

    protected KgException(String message) {
        super(message);
    }

    protected KgException(String message, Throwable cause) {
        super(message, cause);
    }
}
