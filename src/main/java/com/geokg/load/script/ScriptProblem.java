package com.geokg.load.script;

import java.util.Objects;

/**
 * One thing wrong with a script: where it is and what to do about it.
 *
 * @param position where the offending construct starts (for an unterminated string: where it opens)
 * @param message  what is wrong and how to fix it, without the position
 */
public record ScriptProblem(Position position, String message) {

    public ScriptProblem {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    /** Renders {@code source:line:column: message}. */
    @Override
    public String toString() {
        return position + ": " + message;
    }
}
