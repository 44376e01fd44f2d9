package com.geokg.load;

import java.util.Objects;

import com.geokg.load.script.Position;

/**
 * Why a statement or command was refused or failed.
 *
 * @param position  where it is in its script, as {@code file:line:column}; inside the statement when
 *                  Neo4j names an offset, else where the statement starts
 * @param statement 1-based number of the statement among the statements of its script, or 0 for a
 *                  command line or a problem found by the script parser
 * @param code      Neo4j's status code ({@code Neo.ClientError.Statement.SyntaxError}), or a code of
 *                  the loader's own ({@code Loader.InvalidScript}, {@code Loader.NotAllowed})
 * @param message   what is wrong, without the statement text
 */
public record LoadProblem(Position position, int statement, String code, String message) {

    public LoadProblem {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return position + ": " + (statement > 0 ? "statement " + statement + ": " : "") + code + ": " + message;
    }
}
