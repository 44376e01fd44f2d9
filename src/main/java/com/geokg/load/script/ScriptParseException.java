package com.geokg.load.script;

import java.util.List;

/**
 * A script was refused before anything ran. It carries every problem found in the single pass over
 * the script, so that all of them can be fixed in one round instead of one per attempt.
 *
 * <p>The message lists the problems (the first {@value #LISTED_IN_MESSAGE} of them) as
 * {@code source:line:column: what is wrong}; {@link #problems()} has all of them.
 */
public class ScriptParseException extends ScriptException {

    private static final long serialVersionUID = 1L;

    static final int LISTED_IN_MESSAGE = 50;

    private final transient List<ScriptProblem> problems;

    /**
     * @param problems what is wrong, in script order; must not be empty
     */
    public ScriptParseException(List<ScriptProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order they appear in the script; never empty. */
    public List<ScriptProblem> problems() {
        return problems;
    }

    private static String describe(List<ScriptProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScriptParseException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder sb = new StringBuilder()
                .append(problems.size()).append(" problems in ")
                .append(problems.get(0).position().source()).append(", fix all of them before running it:");
        int listed = Math.min(problems.size(), LISTED_IN_MESSAGE);
        for (int i = 0; i < listed; i++) {
            sb.append(System.lineSeparator()).append("  ").append(problems.get(i));
        }
        if (problems.size() > listed) {
            sb.append(System.lineSeparator()).append("  ... and ")
                    .append(problems.size() - listed).append(" more");
        }
        return sb.toString();
    }
}
