package com.geokg.load.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import com.geokg.load.LoadHistory;
import com.geokg.load.LoadListener;
import com.geokg.load.LoadMode;
import com.geokg.load.LoadOptions;
import com.geokg.load.LoadReport;
import com.geokg.load.Loader;
import com.geokg.load.ScriptSource;
import com.geokg.load.progress.PlainProgress;
import com.geokg.load.progress.TerminalProgressBar;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kg-load}: loads cypher-shell scripts into the graph. A plain Java main (no Quarkus boot), so
 * it starts in well under a second; it talks Bolt to the running service's embedded Neo4j or to any
 * Neo4j 5.
 */
@Command(name = "kg-load", mixinStandardHelpOptions = true, version = "kg-load 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true, exitCodeOnInvalidInput = LoadCommand.USAGE,
        description = {
            "Loads Cypher scripts (the cypher-shell dialect) into Neo4j: safely (every statement is validated",
            "before the first write), precisely (a failure names file:line:column and the committed statements)",
            "and fast (big literal lists are sent as parameters).",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything loaded (or was already loaded), or --dry-run found no problem",
            "1:a statement failed while running; see the summary for what committed",
            "2:refused before any write: unreadable input, a parse or validation error",
            "3:Neo4j cannot be reached or refused the credentials",
            "64:wrong command-line usage"})
public final class LoadCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;
    static final int UNREACHABLE = 3;
    static final int USAGE = 64;

    enum ProgressStyle { auto, bar, plain, none }

    @Parameters(paramLabel = "FILE", description = {
        "Script files or folders (their *.cypher files in name order); '-' or nothing for standard input."})
    List<String> files = new ArrayList<>();

    @Option(names = {"-a", "--uri"}, paramLabel = "URI", defaultValue = "${env:NEO4J_URI:-bolt://127.0.0.1:7687}",
            description = "Neo4j to load into (env NEO4J_URI; default: ${DEFAULT-VALUE}, the service's embedded Neo4j).")
    String uri;

    @Option(names = {"-u", "--username"}, defaultValue = "${env:NEO4J_USERNAME}",
            description = "User name (env NEO4J_USERNAME; none: no authentication, as the embedded Neo4j expects).")
    String username;

    @Option(names = {"-p", "--password"}, defaultValue = "${env:NEO4J_PASSWORD}", arity = "0..1", interactive = true,
            description = "Password (env NEO4J_PASSWORD; '-p' alone asks for it).")
    char[] password;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode;

    static final class Mode {
        @Option(names = "--atomic", description = "Load everything in one transaction: all or nothing.")
        boolean atomic;

        @Option(names = "--dry-run", description = "Parse and validate only; write nothing.")
        boolean dryRun;
    }

    @Option(names = "--force", description = "Load scripts even if a script with the same SHA-256 already loaded successfully.")
    boolean force;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
            description = "Run consecutive batches of one shape (statements that are the same once their literals are lifted) "
                    + "up to N at a time, each in its own transaction (1-" + LoadOptions.MAX_PARALLEL + "; default 1, in order). "
                    + "Only for scripts whose batches do not read each other's writes; the default mode only.")
    int parallel;

    @Option(names = "--progress", paramLabel = "STYLE", defaultValue = "auto",
            description = "auto (a bar on a terminal, plain lines otherwise), bar, plain or none. Default: ${DEFAULT-VALUE}.")
    ProgressStyle progress;

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    LoadCommand(InputStream stdin, PrintStream out, PrintStream err, boolean terminal) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err, System.console() != null));
    }

    /** Runs the command as {@link #main} would, returning the exit code instead of exiting. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, boolean terminal) {
        var command = new LoadCommand(stdin, out, err, terminal);
        return new CommandLine(command)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .execute(args);
    }

    @Override
    public Integer call() {
        List<ScriptSource> sources;
        try {
            sources = sources();
        } catch (IOException e) {
            err.println("kg-load: cannot read " + describe(e));
            return REFUSED;
        } catch (IllegalArgumentException e) {
            err.println("kg-load: " + e.getMessage());
            return USAGE;
        }
        LoadMode loadMode = mode == null ? LoadMode.DEFAULT : mode.atomic ? LoadMode.ATOMIC : LoadMode.DRY_RUN;
        LoadOptions options;
        try {
            options = new LoadOptions(loadMode, force, parallel);
        } catch (IllegalArgumentException e) {
            err.println("kg-load: --parallel: " + e.getMessage());
            return USAGE;
        }
        try (Driver driver = GraphDatabase.driver(uri, auth(), Config.builder().withLogging(Logging.none()).build())) {
            driver.verifyConnectivity();
            var loader = new Loader(driver, new LoadHistory(driver));
            LoadReport report = loader.load(sources, options, listener());
            out.print(report.summary());
            out.flush();
            return switch (report.outcome()) {
                case SUCCEEDED, VALIDATED -> OK;
                case REFUSED -> REFUSED;
                case FAILED, ROLLED_BACK -> FAILED;
            };
        } catch (AuthenticationException e) {
            err.println("kg-load: Neo4j at " + uri + " refused the credentials: " + e.getMessage()
                    + " (set NEO4J_USERNAME and NEO4J_PASSWORD, or -u/-p)");
            return UNREACHABLE;
        } catch (ServiceUnavailableException e) {
            err.println("kg-load: cannot reach Neo4j at " + uri + ": " + e.getMessage()
                    + " (is the service running? set NEO4J_URI or --uri)");
            return UNREACHABLE;
        } catch (Neo4jException e) {
            err.println("kg-load: Neo4j error " + e.code() + ": " + e.getMessage());
            return UNREACHABLE;
        } catch (IllegalArgumentException e) {
            err.println("kg-load: " + e.getMessage());
            return USAGE;
        }
    }

    private List<ScriptSource> sources() throws IOException {
        if (files.isEmpty()) {
            if (terminal) {
                throw new IllegalArgumentException("give script files or folders, or pipe a script into standard input"
                        + " (kg-load --help)");
            }
            return List.of(ScriptSource.read(ScriptSource.STDIN, stdin));
        }
        var sources = new ArrayList<ScriptSource>();
        boolean stdinUsed = false;
        for (String f : files) {
            if (f.equals("-")) {
                if (stdinUsed) {
                    throw new IllegalArgumentException("'-' (standard input) can be given only once");
                }
                stdinUsed = true;
                sources.add(ScriptSource.read(ScriptSource.STDIN, stdin));
            } else {
                sources.addAll(ScriptSource.expand(List.of(Path.of(f))));
            }
        }
        return sources;
    }

    private AuthToken auth() {
        if (username == null || username.isBlank()) {
            return AuthTokens.none();
        }
        return AuthTokens.basic(username, password == null ? "" : new String(password));
    }

    private LoadListener listener() {
        ProgressStyle style = progress == ProgressStyle.auto ? (terminal ? ProgressStyle.bar : ProgressStyle.plain) : progress;
        return switch (style) {
            case bar -> new TerminalProgressBar(err);
            case plain -> new PlainProgress(err::println);
            default -> LoadListener.NONE;
        };
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": " + (n.getReason() == null ? "no such file" : n.getReason());
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        return String.valueOf(e.getMessage());
    }
}
