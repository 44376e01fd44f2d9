package com.geokg.load;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of a load, with enough detail to act on it: what each script did, which statements
 * committed, and why it stopped.
 *
 * @param outcome  how the load as a whole ended
 * @param mode     how it committed
 * @param sources  one entry per script, in load order
 * @param problems why it was refused or failed; empty when it succeeded
 * @param counters summed over committed statements
 * @param elapsed  wall-clock time from the start of parsing to the end
 */
public record LoadReport(Outcome outcome, LoadMode mode, List<SourceReport> sources, List<LoadProblem> problems,
                         Counters counters, Duration elapsed) {

    public enum Outcome {
        /** Every script loaded (or was skipped as loaded before). */
        SUCCEEDED,
        /** Dry run: every script is valid; nothing was written. */
        VALIDATED,
        /** Refused before the first write (unreadable input, a parse or validation error). */
        REFUSED,
        /** A statement failed at run time; the statements listed as committed stay committed. */
        FAILED,
        /** Atomic load: a statement failed and the whole load was rolled back. */
        ROLLED_BACK
    }

    /** What happened to one script. */
    public enum Status { LOADED, SKIPPED, VALIDATED, REFUSED, PARTIAL, ROLLED_BACK, NOT_RUN }

    /** A run of statement numbers, both ends included. */
    public record Range(int from, int to) {
        @Override
        public String toString() {
            return from == to ? Integer.toString(from) : from + "-" + to;
        }
    }

    /**
     * @param statements how many statements the script holds
     * @param committed  the statement numbers that committed (for a :rollback block: not these)
     */
    public record SourceReport(String name, String sha256, Status status, int statements, List<Range> committed,
                               Counters counters) {
        public SourceReport {
            committed = List.copyOf(committed);
        }

        int committedCount() {
            return committed.stream().mapToInt(r -> r.to() - r.from() + 1).sum();
        }
    }

    public LoadReport {
        Objects.requireNonNull(outcome, "outcome");
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    /** Whether the caller got what it asked for: exit code 0. */
    public boolean ok() {
        return outcome == Outcome.SUCCEEDED || outcome == Outcome.VALIDATED;
    }

    /** Rows (nodes and relationships created or deleted) per second over the whole load. */
    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : counters.rows() / seconds;
    }

    /** The summary as people read it: outcome, counters, time and rate, per-script status, problems. */
    public String summary() {
        var sb = new StringBuilder();
        String nl = System.lineSeparator();
        sb.append(headline()).append(nl);
        if (outcome != Outcome.REFUSED && outcome != Outcome.VALIDATED) {
            sb.append(String.format(Locale.ROOT,
                    "  %,d statements committed; nodes created %,d, deleted %,d; relationships created %,d, deleted %,d;"
                            + " properties set %,d; labels added %,d, removed %,d; indexes added %,d; constraints added %,d%n",
                    counters.statements(), counters.nodesCreated(), counters.nodesDeleted(), counters.relationshipsCreated(),
                    counters.relationshipsDeleted(), counters.propertiesSet(), counters.labelsAdded(),
                    counters.labelsRemoved(), counters.indexesAdded(), counters.constraintsAdded()));
            sb.append(String.format(Locale.ROOT, "  time %.3f s, %,.0f rows/s%n", elapsed.toNanos() / 1e9, rowsPerSecond()));
        }
        for (SourceReport s : sources) {
            sb.append("  ").append(s.name()).append(": ").append(describe(s)).append(nl);
        }
        for (LoadProblem p : problems) {
            sb.append("  ").append(p).append(nl);
        }
        return sb.toString();
    }

    private String headline() {
        long statements = sources.stream().filter(s -> s.status() != Status.SKIPPED).mapToLong(SourceReport::statements).sum();
        return switch (outcome) {
            case SUCCEEDED -> "SUCCEEDED: " + count(sources.size(), "script") + ", " + count(statements, "statement")
                    + (skipped() > 0 ? " (" + skipped() + " skipped as already loaded)" : "");
            case VALIDATED -> "VALIDATED (dry run, nothing written): " + count(sources.size(), "script") + ", "
                    + count(statements, "statement") + " valid"
                    + (skipped() > 0 ? " (" + skipped() + " skipped as already loaded)" : "");
            case REFUSED -> "REFUSED: nothing was written; " + count(problems.size(), "problem") + " to fix";
            case FAILED -> "FAILED: statements committed before the failure stay committed: " + committedDescription();
            case ROLLED_BACK -> "ROLLED BACK: a statement failed in the atomic load; nothing was committed";
        };
    }

    /** Which statements committed, e.g. {@code a.cypher statements 1-41; b.cypher none}. */
    public String committedDescription() {
        return sources.stream()
                .map(s -> s.name() + (s.committed().isEmpty() ? " none"
                        : " statements " + s.committed().stream().map(Range::toString).collect(Collectors.joining(", "))
                        + " of " + s.statements()))
                .collect(Collectors.joining("; "));
    }

    private long skipped() {
        return sources.stream().filter(s -> s.status() == Status.SKIPPED).count();
    }

    private static String describe(SourceReport s) {
        return switch (s.status()) {
            case LOADED -> "loaded, " + count(s.statements(), "statement");
            case SKIPPED -> "skipped: a script with sha256 " + s.sha256() + " already loaded successfully (force to load again)";
            case VALIDATED -> count(s.statements(), "statement") + " valid";
            case REFUSED -> "refused";
            case PARTIAL -> "failed; committed " + (s.committed().isEmpty() ? "none"
                    : "statements " + s.committed().stream().map(Range::toString).collect(Collectors.joining(", ")))
                    + " of " + s.statements();
            case ROLLED_BACK -> "rolled back";
            case NOT_RUN -> "not run";
        };
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
