package com.geokg.model.introspect;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kg-model}: reads an existing Neo4j 5 database's labels, relationship types and their
 * properties, and prints a model file to start from, as the Neo4j GraphQL Library's introspector does
 * for that library. A plain Java main (no Quarkus boot), like {@code kg-load}; it only reads.
 * {@link ModelWriter} says how the types and fields are named.
 */
@Command(name = "kg-model", mixinStandardHelpOptions = true, version = "kg-model 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Reads a Neo4j 5 database's labels, relationship types and their properties, and prints a model"
                    + " file (GraphQL SDL with @node and @relationship) to start a GeoKG model from.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the model file was printed (or written to --output)",
            "1:the output file could not be written, or an unexpected failure",
            "3:Neo4j cannot be reached, refused the credentials, or refused a query (e.g. no such database)",
            "64:wrong command-line usage"})
public final class ModelCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int UNREACHABLE = 3;
    static final int USAGE = 64;

    /** The loader's history nodes ({@code kg-load}), never part of the model. */
    static final String LOAD_RECORD = "LoadRecord";

    @Option(names = {"-a", "--uri"}, paramLabel = "URI", defaultValue = "${env:NEO4J_URI:-bolt://127.0.0.1:7687}",
            description = "Neo4j to read (env NEO4J_URI; default: ${DEFAULT-VALUE}, the service's embedded Neo4j).")
    String uri;

    @Option(names = {"-u", "--username"}, defaultValue = "${env:NEO4J_USERNAME}",
            description = "User name (env NEO4J_USERNAME; none: no authentication, as the embedded Neo4j expects).")
    String username;

    @Option(names = {"-p", "--password"}, defaultValue = "${env:NEO4J_PASSWORD}", arity = "0..1", interactive = true,
            description = "Password (env NEO4J_PASSWORD; '-p' alone asks for it).")
    char[] password;

    @Option(names = "--database", paramLabel = "NAME",
            description = "The database to read (default: the server's default database).")
    String database;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the model file here instead of to standard output (written only once complete).")
    Path output;

    @Option(names = "--exclude-label", paramLabel = "LABEL",
            description = "Leave out nodes with this label, and their relationships; repeatable. "
                    + LOAD_RECORD + " (the loader's history) is always left out.")
    List<String> excludedLabels = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;

    ModelCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command as {@link #main} would, returning the exit code instead of exiting. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new CommandLine(new ModelCommand(out, err))
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setParameterExceptionHandler((e, a) -> {
                    err.println("kg-model: " + oneLine(e.getMessage()) + " (kg-model --help)");
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    err.println("kg-model: failed: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
                    return FAILED;
                })
                .execute(args);
    }

    @Override
    public Integer call() {
        Set<String> excluded = new TreeSet<>(excludedLabels);
        excluded.add(LOAD_RECORD);
        String model;
        try (Driver driver = GraphDatabase.driver(uri, auth(), Config.builder().withLogging(Logging.none()).build())) {
            driver.verifyConnectivity();
            model = ModelWriter.write(new Introspector(driver, database).read(excluded));
        } catch (AuthenticationException e) {
            err.println("kg-model: Neo4j at " + uri + " refused the credentials: " + oneLine(e.getMessage())
                    + " (set NEO4J_USERNAME and NEO4J_PASSWORD, or -u/-p)");
            return UNREACHABLE;
        } catch (ServiceUnavailableException e) {
            err.println("kg-model: cannot reach Neo4j at " + uri + ": " + oneLine(e.getMessage())
                    + " (is it running? set NEO4J_URI or --uri)");
            return UNREACHABLE;
        } catch (Neo4jException e) {
            err.println("kg-model: Neo4j error " + e.code() + ": " + oneLine(e.getMessage()));
            return UNREACHABLE;
        } catch (IllegalArgumentException e) {
            err.println("kg-model: " + oneLine(e.getMessage()) + " (kg-model --help)");
            return USAGE;
        }
        if (output == null) {
            out.print(model);
            out.flush();
            return OK;
        }
        try {
            Files.writeString(output, model, StandardCharsets.UTF_8);
            return OK;
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "no such directory"
                    : e instanceof AccessDeniedException ? "permission denied" : oneLine(String.valueOf(e.getMessage()));
            err.println("kg-model: cannot write " + output + ": " + reason);
            return FAILED;
        }
    }

    private AuthToken auth() {
        if (username == null || username.isBlank()) {
            return AuthTokens.none();
        }
        return AuthTokens.basic(username, password == null ? "" : new String(password));
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
