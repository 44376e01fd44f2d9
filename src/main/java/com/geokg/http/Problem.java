package com.geokg.http;

import java.util.List;

/**
 * One GraphQL error as the endpoint answers it: {@code message}, {@code locations} (line and
 * column in the operation text, 1-based), {@code path} and {@code extensions.code}. The message is
 * for a front-end developer: what was wrong, where, and what was expected; never a Java class
 * name, a stack trace, a dump of the input or Cypher text.
 */
public record Problem(ErrorCode code, String message, List<Location> locations, List<Object> path) {

    public record Location(int line, int column) {
    }

    public Problem {
        message = Text.shorten(message, 500); // messages may quote a client's value: never all of a long one
        locations = locations == null ? List.of() : List.copyOf(locations);
        path = path == null ? List.of() : List.copyOf(path);
    }

    public static Problem of(ErrorCode code, String message) {
        return new Problem(code, message, List.of(), List.of());
    }
}
