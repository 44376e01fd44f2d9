package com.geokg.load.script;

import java.util.Arrays;

/**
 * Watches the tokens of one statement (strings, backtick names and comments never reach it) for the
 * two keyword sequences the runner must know about before sending the statement:
 * <ul>
 *   <li>{@code CALL [(...)] { ... } IN [n] [CONCURRENT] TRANSACTIONS}, which Neo4j only runs in an
 *       auto-commit transaction, so the runner has to choose the transaction type by it;</li>
 *   <li>{@code USING PERIODIC COMMIT}, removed in Neo4j 5, so it is refused with advice instead of
 *       failing on the server with a bare syntax error.</li>
 * </ul>
 *
 * <p>It keeps only the last four tokens and a stack of open brackets, so it costs a few comparisons
 * per token and allocates nothing. The closing brace must belong to a subquery opened right after
 * {@code CALL} (or after {@code CALL (...)}, the variable scope clause) so that an expression such as
 * {@code {a: 1} IN transactions} over a variable named {@code transactions} does not count.
 */
final class StatementKeywords {

    static final int OTHER = 0;
    private static final int CALL = 1;
    private static final int IN = 2;
    private static final int CONCURRENT = 3;
    private static final int TRANSACTIONS = 4;
    private static final int USING = 5;
    private static final int PERIODIC = 6;
    private static final int COMMIT = 7;
    private static final int CALL_SCOPE_CLOSE = 8; // ')' closing CALL (...)
    private static final int SUBQUERY_CLOSE = 9;   // '}' closing CALL { ... }

    private final int[] kinds = new int[4];   // kinds[0] is the most recent token
    private final int[] starts = new int[4];
    private boolean[] openers = new boolean[16]; // true: bracket opened a CALL scope / subquery
    private int depth;
    private boolean callInTransactions;
    private int periodicCommitAt = -1;

    void reset() {
        Arrays.fill(kinds, OTHER);
        depth = 0;
        callInTransactions = false;
        periodicCommitAt = -1;
    }

    /** A word (identifier, keyword, number or {@code $param}) at {@code [start, end)} of {@code text}. */
    void word(String text, int start, int end) {
        int kind = classify(text, start, end);
        if (kind == TRANSACTIONS && endsCallInTransactions()) {
            callInTransactions = true;
        } else if (kind == COMMIT && kinds[0] == PERIODIC && kinds[1] == USING && periodicCommitAt < 0) {
            periodicCommitAt = starts[1];
        }
        push(kind, start);
    }

    /** A punctuation character at {@code index}. */
    void punctuation(char c, int index) {
        switch (c) {
            case '(', '[' -> open(c == '(' && kinds[0] == CALL);
            case '{' -> open(kinds[0] == CALL || kinds[0] == CALL_SCOPE_CLOSE);
            case ')', ']', '}' -> {
                boolean special = close();
                push(!special ? OTHER : c == ')' ? CALL_SCOPE_CLOSE : c == '}' ? SUBQUERY_CLOSE : OTHER, index);
                return;
            }
            default -> { }
        }
        push(OTHER, index);
    }

    /** A string literal or backtick-quoted name: never a keyword. */
    void opaque(int index) {
        push(OTHER, index);
    }

    boolean callInTransactions() {
        return callInTransactions;
    }

    /** Index of the {@code USING} of {@code USING PERIODIC COMMIT}, or -1. */
    int periodicCommitAt() {
        return periodicCommitAt;
    }

    private boolean endsCallInTransactions() {
        // } IN TRANSACTIONS | } IN CONCURRENT TRANSACTIONS | } IN 4 CONCURRENT TRANSACTIONS
        return kinds[0] == IN && kinds[1] == SUBQUERY_CLOSE
                || kinds[0] == CONCURRENT && kinds[1] == IN && kinds[2] == SUBQUERY_CLOSE
                || kinds[0] == CONCURRENT && kinds[2] == IN && kinds[3] == SUBQUERY_CLOSE;
    }

    private void open(boolean special) {
        if (depth == openers.length) {
            openers = Arrays.copyOf(openers, depth * 2);
        }
        openers[depth++] = special;
    }

    private boolean close() {
        // an unbalanced closer is the server's business to report; just do not underflow
        return depth > 0 && openers[--depth];
    }

    private void push(int kind, int start) {
        kinds[3] = kinds[2];
        kinds[2] = kinds[1];
        kinds[1] = kinds[0];
        kinds[0] = kind;
        starts[3] = starts[2];
        starts[2] = starts[1];
        starts[1] = starts[0];
        starts[0] = start;
    }

    private static int classify(String text, int start, int end) {
        return switch (end - start) {
            case 2 -> is(text, start, "IN") ? IN : OTHER;
            case 4 -> is(text, start, "CALL") ? CALL : OTHER;
            case 5 -> is(text, start, "USING") ? USING : OTHER;
            case 6 -> is(text, start, "COMMIT") ? COMMIT : OTHER;
            case 8 -> is(text, start, "PERIODIC") ? PERIODIC : OTHER;
            case 10 -> is(text, start, "CONCURRENT") ? CONCURRENT : OTHER;
            case 12 -> is(text, start, "TRANSACTIONS") ? TRANSACTIONS : OTHER;
            default -> OTHER;
        };
    }

    private static boolean is(String text, int start, String keyword) {
        return text.regionMatches(true, start, keyword, 0, keyword.length());
    }
}
