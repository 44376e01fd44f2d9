package com.geokg.load.script;

import java.util.Objects;

/**
 * One executable step of a script, in script order. The set is closed (sealed) so that a runner can
 * switch over it exhaustively and the compiler tells it when a new kind of step appears.
 *
 * <p>Every item knows where it starts ({@link #position()}: the first character that is neither
 * blank nor part of a comment) and its 1-based {@link #ordinal()} among all items of the script,
 * so a runner can report "statement 812 at seed.cypher:4051:1 failed" and resume from there.
 */
public sealed interface ScriptItem {

    /** Where the item starts. */
    Position position();

    /** 1-based index of the item among all items of its script. */
    int ordinal();

    /**
     * A Cypher statement, to be sent to Neo4j as is.
     *
     * @param cypher             the statement without its terminating {@code ;}, trimmed; comments
     *                           inside it are kept (Neo4j accepts them), comments before it are not
     * @param callInTransactions true when the statement contains {@code CALL { ... } IN [CONCURRENT]
     *                           TRANSACTIONS}; Neo4j only runs such a statement in an auto-commit
     *                           (implicit) transaction, never in a managed or explicit one
     * @param position           where the statement's first token starts
     * @param ordinal            1-based index among all items
     */
    record Statement(String cypher, boolean callInTransactions, Position position, int ordinal)
            implements ScriptItem {
        public Statement {
            Objects.requireNonNull(cypher, "cypher");
            Objects.requireNonNull(position, "position");
        }
    }

    /**
     * {@code :param name => expression} (or the older {@code :param name: expression}).
     *
     * @param name       the parameter name, without backticks if it was quoted with them
     * @param expression the value as Cypher expression text, to be evaluated by Neo4j
     *                   (e.g. {@code RETURN <expression> AS value}); never empty
     */
    record SetParam(String name, String expression, Position position, int ordinal) implements ScriptItem {
        public SetParam {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(position, "position");
        }
    }

    /**
     * {@code :param {a: 1, b: 'x'}}: sets every key of the map as a parameter.
     *
     * @param mapExpression the whole map literal including its braces, as Cypher expression text
     */
    record SetParams(String mapExpression, Position position, int ordinal) implements ScriptItem {
        public SetParams {
            Objects.requireNonNull(mapExpression, "mapExpression");
            Objects.requireNonNull(position, "position");
        }
    }

    /** {@code :begin}: the following statements run in one explicit transaction. */
    record Begin(Position position, int ordinal) implements ScriptItem {
        public Begin {
            Objects.requireNonNull(position, "position");
        }
    }

    /** {@code :commit}: commits the transaction opened by the preceding {@link Begin}. */
    record Commit(Position position, int ordinal) implements ScriptItem {
        public Commit {
            Objects.requireNonNull(position, "position");
        }
    }

    /** {@code :rollback}: rolls back the transaction opened by the preceding {@link Begin}. */
    record Rollback(Position position, int ordinal) implements ScriptItem {
        public Rollback {
            Objects.requireNonNull(position, "position");
        }
    }
}
