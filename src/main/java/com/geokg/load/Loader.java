package com.geokg.load;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.QueryType;

import com.geokg.load.LoadReport.Outcome;
import com.geokg.load.LoadReport.Range;
import com.geokg.load.LoadReport.SourceReport;
import com.geokg.load.LoadReport.Status;
import com.geokg.load.lift.Lifted;
import com.geokg.load.lift.LiteralLifter;
import com.geokg.load.script.CypherScript;
import com.geokg.load.script.CypherScripts;
import com.geokg.load.script.Position;
import com.geokg.load.script.ScriptItem;
import com.geokg.load.script.ScriptParseException;
import com.geokg.load.script.ScriptProblem;

/**
 * Loads cypher-shell scripts into Neo4j, in three phases, so that a typo never leaves a graph
 * half-loaded:
 * <ol>
 *   <li><b>parse</b> every script completely (no database needed);</li>
 *   <li><b>validate</b>: evaluate each {@code :param} ({@code RETURN <expr>}, read-only) and have Neo4j
 *       {@code EXPLAIN} each statement with the parameters in effect at its place in the script. Any
 *       problem refuses the load before a single write. Statements of the same shape (same text after
 *       literal lifting, same parameter names and types) plan identically, so only the first of them is
 *       sent to {@code EXPLAIN};</li>
 *   <li><b>run</b>, in the chosen {@link LoadMode}, and record each script in the {@link LoadHistory}.</li>
 * </ol>
 *
 * <p>In the default mode every statement runs in its own transaction, like cypher-shell: a managed
 * (retried on transient errors) transaction, or an auto-commit one for {@code CALL { ... } IN
 * TRANSACTIONS}; {@code :begin ... :commit} groups statements into one explicit transaction. Statements
 * are deliberately not batched into shared transactions: the committed prefix after a failure is then
 * exactly the statements before it, with no re-run of rolled-back batches, and big {@code UNWIND}
 * statements already amortise the commit cost. Where the caller opts in ({@link LoadOptions#parallel()}),
 * consecutive batches of one shape run several at a time, each still in its own transaction, and the
 * report lists the statements that committed as ranges.
 *
 * <p>Used by the service (CDI bean) and by the command-line loader (constructed directly).
 */
@ApplicationScoped
public class Loader {

    static final String INVALID_SCRIPT = "Loader.InvalidScript";
    static final String NOT_ALLOWED = "Loader.NotAllowed";
    static final String UNEXPECTED = "Loader.UnexpectedError";

    private static final String EXPLAIN = "EXPLAIN ";
    private static final String EVALUATE = "RETURN ";
    private static final Pattern NEO4J_POSITION = Pattern.compile("\\s*\\(line \\d+, column \\d+ \\(offset: (\\d+)\\)\\)");
    private static final int MAX_PROBLEMS = 100;
    private static final int MAX_MESSAGE = 1000;

    private final Driver driver;
    private final LoadHistory history;

    public Loader(Driver driver, LoadHistory history) {
        this.driver = driver;
        this.history = history;
    }

    /** Loads the scripts in order; never throws for a bad script or a failing statement: see the report. */
    public LoadReport load(List<ScriptSource> sources, LoadOptions options, LoadListener listener) {
        return new Run(sources, options, listener).execute();
    }

    // ------------------------------------------------------------------------------------------ steps

    private sealed interface Step permits Exec, Begin, Commit, Rollback {
        Position position();
    }

    /** A statement ready to send. */
    private record Exec(int number, Position position, String original, Lifted lifted, Map<String, Object> params,
                        boolean autoCommit, boolean schema) implements Step {

        Exec asSchema() {
            return new Exec(number, position, original, lifted, params, autoCommit, true);
        }

        /** A batch that may run beside others of its shape: literals lifted, its own managed transaction, data only. */
        boolean batch() {
            return !lifted.params().isEmpty() && !autoCommit && !schema;
        }
    }

    private record Begin(Position position) implements Step {
    }

    private record Commit(Position position) implements Step {
    }

    private record Rollback(Position position) implements Step {
    }

    private static final class Prepared {
        final ScriptSource source;
        CypherScript script; // parse and validate only: dropped before the run, whose steps hold what runs
        final int statements;
        final List<Step> steps = new ArrayList<>();
        boolean skip;
        // run-time state
        final List<Range> committed = new ArrayList<>();
        Counters counters = Counters.NONE;
        Status status = Status.NOT_RUN;

        Prepared(ScriptSource source, CypherScript script) {
            this.source = source;
            this.script = script;
            this.statements = script.statements().size();
        }

        void committed(int from, int to) {
            if (!committed.isEmpty() && committed.get(committed.size() - 1).to() == from - 1) {
                committed.set(committed.size() - 1, new Range(committed.get(committed.size() - 1).from(), to));
            } else {
                committed.add(new Range(from, to));
            }
        }

        String committedText() {
            return String.join(", ", committed.stream().map(Range::toString).toList());
        }

        SourceReport report() {
            return new SourceReport(source.name(), source.sha256(), status, statements, committed, counters);
        }
    }

    /** A statement failed at run time; carries the problem to report. */
    private static final class StepFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final transient LoadProblem problem;

        StepFailure(LoadProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    // ------------------------------------------------------------------------------------------ one load

    private final class Run {
        private final List<ScriptSource> sources;
        private final LoadOptions options;
        private final LoadListener listener;
        private final long started = System.nanoTime();
        private final List<Prepared> prepared = new ArrayList<>();
        private final List<LoadProblem> problems = new ArrayList<>();
        private ExecutorService workers; // parallel batches only, made when first needed
        private boolean interrupted; // while parallel batches ran: restored once the load is recorded

        Run(List<ScriptSource> sources, LoadOptions options, LoadListener listener) {
            this.sources = List.copyOf(sources);
            this.options = options;
            this.listener = listener;
        }

        LoadReport execute() {
            parse();
            if (!problems.isEmpty()) {
                return finish(Outcome.REFUSED);
            }
            checkMode();
            for (Prepared p : prepared) {
                if (!options.force() && history.alreadyLoaded(p.source.sha256())) {
                    p.skip = true;
                    p.status = Status.SKIPPED;
                    listener.skipped(p.source);
                }
            }
            validate();
            if (!problems.isEmpty()) {
                prepared.stream().filter(p -> !p.skip).forEach(p -> p.status = Status.REFUSED);
                return finish(Outcome.REFUSED);
            }
            if (options.mode() == LoadMode.DRY_RUN) {
                prepared.stream().filter(p -> !p.skip).forEach(p -> p.status = Status.VALIDATED);
                return finish(Outcome.VALIDATED);
            }
            // A big load holds only what is still to run: the parsed scripts go now, each statement's
            // text and lifted values once it has run (for the N=2000 graph, 53 MB of text and 786,000
            // rows of values that the collector otherwise kept scanning while Neo4j wrote).
            prepared.forEach(p -> p.script = null);
            try {
                return options.mode() == LoadMode.ATOMIC ? runAtomic() : runDefault();
            } finally {
                if (workers != null) {
                    workers.shutdownNow();
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        // -------------------------------------------------------------------------------- parse

        private void parse() {
            for (ScriptSource source : sources) {
                try {
                    prepared.add(new Prepared(source, CypherScripts.parse(source.bytes(), source.name())));
                } catch (ScriptParseException e) {
                    for (ScriptProblem p : e.problems()) {
                        problem(new LoadProblem(p.position(), 0, INVALID_SCRIPT, p.message()));
                    }
                }
            }
        }

        /** What the atomic mode cannot honour, found from the parsed script alone. */
        private void checkMode() {
            if (options.mode() != LoadMode.ATOMIC) {
                return;
            }
            for (Prepared p : prepared) {
                int number = 0;
                for (ScriptItem item : p.script.items()) {
                    if (item instanceof ScriptItem.Statement s) {
                        number++;
                        if (s.callInTransactions()) {
                            problem(new LoadProblem(s.position(), number, NOT_ALLOWED, "CALL { ... } IN TRANSACTIONS "
                                    + "commits on its own, so it cannot run inside the single transaction of an atomic "
                                    + "load; load this script without --atomic"));
                        }
                    } else if (item instanceof ScriptItem.Rollback r) {
                        problem(new LoadProblem(r.position(), 0, NOT_ALLOWED, "':rollback' cannot be honoured inside "
                                + "an atomic load (Neo4j has no savepoints); remove it or load without --atomic"));
                    }
                }
            }
        }

        // -------------------------------------------------------------------------------- validate

        private void validate() {
            int total = prepared.stream().filter(p -> !p.skip).mapToInt(p -> p.statements).sum();
            int done = 0;
            Map<String, QueryType> explained = new HashMap<>();
            // Lifting is pure and per statement: spread it over the cores while Neo4j is idle anyway.
            Map<ScriptItem.Statement, Lifted> lifted = new java.util.concurrent.ConcurrentHashMap<>();
            prepared.stream().filter(p -> !p.skip).flatMap(p -> p.script.statements().stream())
                    .parallel().forEach(s -> lifted.put(s, LiteralLifter.lift(s.cypher())));
            try (Session session = driver.session()) {
                for (Prepared p : prepared) {
                    if (p.skip) {
                        continue;
                    }
                    Map<String, Object> params = new HashMap<>();
                    int number = 0;
                    for (ScriptItem item : p.script.items()) {
                        if (problems.size() >= MAX_PROBLEMS) {
                            return;
                        }
                        if (item instanceof ScriptItem.SetParam s) {
                            Object[] value = evaluate(session, s.expression(), s.position(), params);
                            if (value != null) {
                                params.put(s.name(), value[0]);
                            }
                        } else if (item instanceof ScriptItem.SetParams s) {
                            Object[] value = evaluate(session, s.mapExpression(), s.position(), params);
                            if (value != null && value[0] instanceof Map<?, ?> m) {
                                m.forEach((k, v) -> params.put((String) k, v));
                            } else if (value != null) {
                                problem(new LoadProblem(s.position(), 0, INVALID_SCRIPT,
                                        "':param {...}' needs a map, got " + describeType(value[0])));
                            }
                        } else if (item instanceof ScriptItem.Statement s) {
                            number++;
                            Exec exec = prepare(s, lifted.get(s), number, params);
                            QueryType type = explain(session, exec, explained);
                            if (type == QueryType.SCHEMA_WRITE && options.mode() == LoadMode.ATOMIC) {
                                problem(new LoadProblem(s.position(), number, NOT_ALLOWED, "schema statements (indexes, "
                                        + "constraints) cannot share a transaction with data writes, and an atomic load "
                                        + "is one transaction; load schema scripts without --atomic"));
                            }
                            p.steps.add(type == QueryType.SCHEMA_WRITE ? exec.asSchema() : exec);
                            listener.validating(++done, total);
                        } else if (item instanceof ScriptItem.Begin b) {
                            p.steps.add(new Begin(b.position()));
                        } else if (item instanceof ScriptItem.Commit c) {
                            p.steps.add(new Commit(c.position()));
                        } else if (item instanceof ScriptItem.Rollback r) {
                            p.steps.add(new Rollback(r.position()));
                        }
                    }
                }
            }
        }

        private Exec prepare(ScriptItem.Statement s, Lifted lifted, int number, Map<String, Object> scriptParams) {
            Map<String, Object> params;
            if (lifted.params().isEmpty()) {
                params = scriptParams.isEmpty() ? Map.of() : new HashMap<>(scriptParams);
            } else if (scriptParams.isEmpty()) {
                params = lifted.params();
            } else {
                params = new HashMap<>(scriptParams);
                params.putAll(lifted.params());
            }
            return new Exec(number, s.position(), s.cypher(), lifted, params, s.callInTransactions(), false);
        }

        /** EXPLAINs a statement unless one of the same shape already passed; returns its query type or null. */
        private QueryType explain(Session session, Exec exec, Map<String, QueryType> explained) {
            String key = exec.lifted().cypher() + '\u0000' + signature(exec.params());
            QueryType known = explained.get(key);
            if (known != null) {
                return known;
            }
            try {
                QueryType type = session.run(EXPLAIN + exec.lifted().cypher(), exec.params()).consume().queryType();
                explained.put(key, type);
                return type;
            } catch (Neo4jException e) {
                problem(neo4jProblem(exec, e, EXPLAIN.length()));
                return null;
            }
        }

        /** Evaluates a {@code :param} value read-only; returns a one-element array (the value may be null) or null. */
        private Object[] evaluate(Session session, String expression, Position at, Map<String, Object> params) {
            try {
                Value value = session.executeRead(tx -> tx.run(EVALUATE + expression + " AS value", params).single().get("value"));
                return new Object[] {value.asObject()};
            } catch (Neo4jException e) {
                problem(new LoadProblem(at, 0, e.code(), "cannot evaluate the parameter value '" + shorten(expression, 200)
                        + "': " + cleanMessage(e.getMessage())));
                return null;
            }
        }

        // -------------------------------------------------------------------------------- run: default

        private LoadReport runDefault() {
            List<Prepared> toRun = prepared.stream().filter(p -> !p.skip).toList();
            int total = toRun.stream().mapToInt(p -> p.statements).sum();
            listener.started(total);
            long runStart = System.nanoTime();
            int done = 0;
            long rows = 0;
            try (Session session = driver.session()) {
                for (Prepared p : toRun) {
                    ZonedDateTime startedAt = ZonedDateTime.now();
                    Transaction tx = null;
                    int blockFrom = 0;
                    int blockTo = 0;
                    Counters block = Counters.NONE;
                    LoadProblem failure = null;
                    try {
                        for (int i = 0; i < p.steps.size(); i++) {
                            Step step = p.steps.get(i);
                            if (step instanceof Exec) {
                                p.steps.set(i, null); // ran (or failed: reported from the local below) either way
                            }
                            if (step instanceof Begin) {
                                tx = session.beginTransaction();
                                blockFrom = 0;
                                block = Counters.NONE;
                            } else if (step instanceof Exec e && tx == null && options.parallel() > 1 && e.batch()) {
                                var batches = new ArrayList<Exec>();
                                batches.add(e);
                                while (i + 1 < p.steps.size() && p.steps.get(i + 1) instanceof Exec next && next.batch()
                                        && next.lifted().cypher().equals(e.lifted().cypher())) {
                                    batches.add(next);
                                    p.steps.set(++i, null);
                                }
                                var progress = runParallel(p, batches, done, total, rows, runStart);
                                done = progress.done();
                                rows = progress.rows();
                            } else if (step instanceof Exec e) {
                                Counters c;
                                if (tx != null) {
                                    c = run(tx, e);
                                    blockFrom = blockFrom == 0 ? e.number() : blockFrom;
                                    blockTo = e.number();
                                    block = block.plus(c);
                                } else {
                                    c = e.autoCommit() ? runAutoCommit(session, e) : runManaged(session, e);
                                    p.committed(e.number(), e.number());
                                    p.counters = p.counters.plus(c);
                                }
                                rows += c.rows();
                                listener.progress(new LoadListener.Progress(++done, total, rows,
                                        Duration.ofNanos(System.nanoTime() - runStart), p.source.name()));
                            } else if (step instanceof Commit c) {
                                try {
                                    tx.commit();
                                } catch (Neo4jException ex) {
                                    throw new StepFailure(new LoadProblem(c.position(), 0, ex.code(),
                                            "':commit' failed, the statements since ':begin' were rolled back: "
                                                    + cleanMessage(ex.getMessage())));
                                } finally {
                                    closeQuietly(tx);
                                    tx = null;
                                }
                                if (blockFrom > 0) {
                                    p.committed(blockFrom, blockTo);
                                }
                                p.counters = p.counters.plus(block);
                            } else if (step instanceof Rollback) {
                                tx.rollback();
                                closeQuietly(tx);
                                tx = null;
                            }
                        }
                        p.status = Status.LOADED;
                    } catch (StepFailure f) {
                        failure = f.problem;
                    } finally {
                        if (tx != null) {
                            closeQuietly(tx);
                        }
                    }
                    if (failure != null) {
                        p.status = Status.PARTIAL;
                        problem(failure);
                        record(p, startedAt, "FAILED", failure.toString());
                        return finish(Outcome.FAILED);
                    }
                    record(p, startedAt, LoadHistory.SUCCEEDED, null);
                }
            }
            return finish(Outcome.SUCCEEDED);
        }

        private record Progress(int done, long rows) {
        }

        /** What one batch did: its counters, or the problem that stopped it. */
        private record BatchOutcome(Exec exec, Counters counters, LoadProblem problem) {
        }

        /**
         * Runs consecutive batches of one shape, up to {@link LoadOptions#parallel()} at once, each in
         * its own managed transaction on its own session. After a failure no further batch starts; the
         * ones running finish. Then the statements that committed are exactly those recorded (they may
         * not be a prefix), and the lowest-numbered failure is the one reported. Progress is reported
         * here, on the calling thread, as batches finish.
         */
        private Progress runParallel(Prepared p, List<Exec> batches, int done, int total, long rows, long runStart) throws StepFailure {
            var completion = new ExecutorCompletionService<BatchOutcome>(workers());
            var committed = new java.util.TreeSet<Integer>();
            LoadProblem failure = null;
            int next = 0;
            int running = 0;
            try {
                while (failure == null && next < batches.size() || running > 0) {
                    while (failure == null && running < options.parallel() && next < batches.size()) {
                        Exec batch = batches.set(next++, null); // held by its task only, released when it has run
                        completion.submit(() -> runBatch(batch));
                        running++;
                    }
                    BatchOutcome outcome;
                    try {
                        outcome = completion.take().get();
                    } catch (InterruptedException ex) {
                        // stop starting batches, but wait for the running ones: the report must say whether they
                        // committed; the thread is interrupted again once the load is recorded (execute)
                        interrupted = true;
                        if (failure == null) {
                            failure = new LoadProblem(new Position(p.source.name(), 1, 1), 0, UNEXPECTED,
                                    "the load was interrupted while batches ran");
                        }
                        continue;
                    }
                    running--;
                    if (outcome.problem() != null) {
                        if (failure == null || outcome.exec().number() < failure.statement()) {
                            failure = outcome.problem();
                        }
                        continue;
                    }
                    committed.add(outcome.exec().number());
                    p.counters = p.counters.plus(outcome.counters());
                    rows += outcome.counters().rows();
                    listener.progress(new LoadListener.Progress(++done, total, rows,
                            Duration.ofNanos(System.nanoTime() - runStart), p.source.name()));
                }
            } catch (java.util.concurrent.ExecutionException ex) {
                throw new IllegalStateException(ex.getCause()); // runBatch answers every failure it can; an Error is not one
            } finally {
                committed.forEach(n -> p.committed(n, n)); // in order, so that neighbours merge into ranges
            }
            if (failure != null) {
                throw new StepFailure(failure);
            }
            return new Progress(done, rows);
        }

        private BatchOutcome runBatch(Exec e) {
            try (Session session = driver.session()) {
                return new BatchOutcome(e, runManaged(session, e), null);
            } catch (StepFailure f) {
                return new BatchOutcome(e, Counters.NONE, f.problem);
            } catch (RuntimeException ex) {
                return new BatchOutcome(e, Counters.NONE, new LoadProblem(e.position(), e.number(), UNEXPECTED, cleanMessage(ex.getMessage())));
            }
        }

        private ExecutorService workers() {
            if (workers == null) {
                workers = Executors.newFixedThreadPool(options.parallel(), r -> {
                    Thread t = new Thread(r, "kg-load-batch");
                    t.setDaemon(true);
                    return t;
                });
            }
            return workers;
        }

        private Counters run(Transaction tx, Exec e) throws StepFailure {
            try {
                return Counters.of(tx.run(e.lifted().cypher(), e.params()).consume().counters());
            } catch (Neo4jException ex) {
                throw new StepFailure(neo4jProblem(e, ex, 0));
            }
        }

        private Counters runAutoCommit(Session session, Exec e) throws StepFailure {
            try {
                return Counters.of(session.run(e.lifted().cypher(), e.params()).consume().counters());
            } catch (Neo4jException ex) {
                throw new StepFailure(neo4jProblem(e, ex, 0));
            }
        }

        private Counters runManaged(Session session, Exec e) throws StepFailure {
            try {
                return session.executeWrite(tx -> Counters.of(tx.run(e.lifted().cypher(), e.params()).consume().counters()));
            } catch (Neo4jException ex) {
                throw new StepFailure(neo4jProblem(e, ex, 0));
            }
        }

        // -------------------------------------------------------------------------------- run: atomic

        private LoadReport runAtomic() {
            List<Prepared> toRun = prepared.stream().filter(p -> !p.skip).toList();
            int total = toRun.stream().mapToInt(p -> p.statements).sum();
            listener.started(total);
            long runStart = System.nanoTime();
            ZonedDateTime startedAt = ZonedDateTime.now();
            int done = 0;
            long rows = 0;
            Map<Prepared, Counters> counters = new LinkedHashMap<>();
            LoadProblem failure = null;
            try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
                try {
                    for (Prepared p : toRun) {
                        Counters c = Counters.NONE;
                        for (int i = 0; i < p.steps.size(); i++) {
                            if (p.steps.get(i) instanceof Exec e) {
                                p.steps.set(i, null); // its values are in the transaction now
                                Counters one = run(tx, e);
                                c = c.plus(one);
                                rows += one.rows();
                                listener.progress(new LoadListener.Progress(++done, total, rows,
                                        Duration.ofNanos(System.nanoTime() - runStart), p.source.name()));
                            }
                        }
                        counters.put(p, c);
                    }
                    ZonedDateTime endedAt = ZonedDateTime.now();
                    for (Prepared p : toRun) {
                        history.record(tx, entry(p, startedAt, endedAt, LoadHistory.SUCCEEDED,
                                p.statements == 0 ? "" : "1-" + p.statements, counters.get(p), null));
                    }
                    tx.commit();
                } catch (StepFailure f) {
                    failure = f.problem;
                } catch (Neo4jException ex) {
                    failure = new LoadProblem(new Position(toRun.get(0).source.name(), 1, 1), 0, ex.code(), "the atomic transaction could not commit, nothing was written: "
                            + cleanMessage(ex.getMessage()));
                }
            }
            if (failure != null) {
                problem(failure);
                for (Prepared p : toRun) {
                    p.status = Status.ROLLED_BACK;
                    recordQuietly(entry(p, startedAt, ZonedDateTime.now(), "ROLLED_BACK", "", Counters.NONE,
                            failure.toString()));
                }
                return finish(Outcome.ROLLED_BACK);
            }
            for (Prepared p : toRun) {
                p.status = Status.LOADED;
                p.counters = counters.get(p);
                if (p.statements > 0) {
                    p.committed(1, p.statements);
                }
            }
            return finish(Outcome.SUCCEEDED);
        }

        // -------------------------------------------------------------------------------- history, report

        private void record(Prepared p, ZonedDateTime startedAt, String outcome, String error) {
            recordQuietly(entry(p, startedAt, ZonedDateTime.now(), outcome, p.committedText(), p.counters, error));
        }

        private LoadHistory.Entry entry(Prepared p, ZonedDateTime startedAt, ZonedDateTime endedAt, String outcome,
                                        String committed, Counters counters, String error) {
            return new LoadHistory.Entry(p.source.name(), p.source.sha256(), startedAt, endedAt, outcome,
                    options.mode(), p.statements, committed, counters, error);
        }

        private void recordQuietly(LoadHistory.Entry entry) {
            try {
                history.record(entry);
            } catch (Neo4jException e) {
                problems.add(new LoadProblem(new Position(entry.file(), 1, 1), 0, e.code(),
                        "the load history could not be written: " + cleanMessage(e.getMessage())));
            }
        }

        private LoadReport finish(Outcome outcome) {
            var reports = new ArrayList<SourceReport>();
            Counters total = Counters.NONE;
            for (Prepared p : prepared) {
                reports.add(p.report());
                total = total.plus(p.counters);
            }
            var report = new LoadReport(outcome, options.mode(), reports, problems, total,
                    Duration.ofNanos(System.nanoTime() - started));
            listener.finished(report);
            return report;
        }

        private void problem(LoadProblem problem) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static LoadProblem neo4jProblem(Exec exec, Neo4jException e, int prefix) {
        String message = e.getMessage() == null ? e.code() : e.getMessage();
        Matcher m = NEO4J_POSITION.matcher(message);
        Position at = exec.position();
        if (m.find()) {
            int sent = Integer.parseInt(m.group(1)) - prefix;
            if (sent >= 0 && sent <= exec.lifted().cypher().length()) {
                at = positionIn(exec.original(), exec.position(), exec.lifted().originalOffset(sent));
            }
        }
        return new LoadProblem(at, exec.number(), e.code() == null ? UNEXPECTED : e.code(), cleanMessage(message));
    }

    /** Neo4j's message without the position suffix and the echoed statement (which can be megabytes). */
    static String cleanMessage(String message) {
        if (message == null) {
            return "(no message)";
        }
        String m = message;
        Matcher position = NEO4J_POSITION.matcher(m);
        if (position.find()) {
            m = m.substring(0, position.start());
        }
        int echo = m.indexOf("\n\"");
        if (echo >= 0) {
            m = m.substring(0, echo);
        }
        return shorten(m.strip(), MAX_MESSAGE);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }

    /** The script position of a character offset inside a statement that starts at {@code start}. */
    static Position positionIn(String statement, Position start, int offset) {
        int line = start.line();
        int column = start.column();
        int end = Math.min(offset, statement.length());
        for (int i = 0; i < end; i++) {
            char c = statement.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= statement.length() || statement.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Position(start.source(), line, column);
    }

    /** Parameter names and value types: what, besides the text, decides a statement's plan. */
    private static String signature(Map<String, Object> params) {
        if (params.isEmpty()) {
            return "";
        }
        var sorted = new TreeMap<String, String>();
        params.forEach((k, v) -> sorted.put(k, v == null ? "null" : v.getClass().getName()));
        return sorted.toString();
    }

    private static String describeType(Object v) {
        return v instanceof List<?> ? "a list" : v instanceof String ? "a string" : v == null ? "null"
                : "a " + v.getClass().getSimpleName();
    }

    private static void closeQuietly(Transaction tx) {
        try {
            tx.close();
        } catch (RuntimeException ignored) {
            // the failure that got us here is the one to report
        }
    }
}
