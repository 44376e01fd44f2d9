package com.geokg.load.script;

import java.util.Objects;

/**
 * Where something starts in a script, as an editor would show it, so that a message can be acted
 * on without counting lines by hand.
 *
 * <p>Lines are 1-based; {@code \n}, {@code \r\n} and a lone {@code \r} each end a line. Columns are
 * 1-based and count Unicode code points, so a character outside the Basic Multilingual Plane
 * counts as one column, like in most editors.
 *
 * @param source the script's name: a file name or {@code "<stdin>"}
 * @param line   1-based line number
 * @param column 1-based column number
 */
public record Position(String source, int line, int column) {

    public Position {
        Objects.requireNonNull(source, "source");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    /** Renders {@code source:line:column}, the form compilers use and IDEs turn into links. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
