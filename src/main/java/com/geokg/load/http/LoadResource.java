package com.geokg.load.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.RestForm;
import org.neo4j.driver.exceptions.Neo4jException;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.geokg.load.LoadListener;
import com.geokg.load.LoadMode;
import com.geokg.load.LoadOptions;
import com.geokg.load.LoadReport;
import com.geokg.load.Loader;
import com.geokg.load.ScriptSource;
import com.geokg.load.progress.PlainProgress;
import com.geokg.load.script.CypherScripts;
import com.geokg.load.script.ScriptParseException;

import io.smallrye.common.annotation.Blocking;

/**
 * {@code POST /load}: the loader for tools and CI pipelines. The script is the request body
 * ({@code text/plain}) or one or more {@code file} parts of a {@code multipart/form-data} upload, loaded in
 * the order given. Callers need the {@code loader} role (HTTP Basic).
 *
 * <p>By default the response streams plain progress lines while the load runs, then the summary; its
 * last line is {@code outcome: <OUTCOME>}. Once streaming has started the status is 200, so a
 * pipeline that wants the outcome as a status code asks for {@code ?stream=false}: 200 when everything
 * loaded (or validated), 422 when it was refused before any write, 409 when a statement failed.
 * Input that cannot be parsed is answered 400 before anything else happens. One load runs at a time;
 * a second one is answered 429. If Neo4j itself fails outside a statement, the last line is
 * {@code outcome: ERROR} (503 without streaming).
 */
@Path("/load")
@RolesAllowed("loader")
public class LoadResource {

    static final String REQUEST_SOURCE = "<request>";

    private final Loader loader;
    private final Semaphore oneAtATime = new Semaphore(1);

    LoadResource(Loader loader) {
        this.loader = loader;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.TEXT_PLAIN)
    @Blocking
    public Response loadBody(byte[] body, @QueryParam("name") String name, @QueryParam("atomic") boolean atomic,
                             @QueryParam("dryRun") boolean dryRun, @QueryParam("force") boolean force,
                             @QueryParam("stream") Boolean stream, @QueryParam("parallel") String parallel) {
        if (body == null || body.length == 0) {
            return badRequest("the request body is empty; send the script as the body (Content-Type: text/plain)");
        }
        String sourceName = name == null || name.isBlank() ? REQUEST_SOURCE : name.strip();
        return load(List.of(ScriptSource.of(sourceName, body)), atomic, dryRun, force, stream, parallel);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_PLAIN)
    @Blocking
    public Response loadUpload(@RestForm("file") List<FileUpload> files, @QueryParam("atomic") boolean atomic,
                               @QueryParam("dryRun") boolean dryRun, @QueryParam("force") boolean force,
                               @QueryParam("stream") Boolean stream, @QueryParam("parallel") String parallel) {
        if (files == null || files.isEmpty()) {
            return badRequest("no script in the upload; send each script as a form part named 'file'");
        }
        var sources = new ArrayList<ScriptSource>();
        for (FileUpload f : files) {
            try {
                String sourceName = f.fileName() == null || f.fileName().isBlank() ? REQUEST_SOURCE : f.fileName();
                sources.add(ScriptSource.of(sourceName, Files.readAllBytes(f.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return load(sources, atomic, dryRun, force, stream, parallel);
    }

    private Response load(List<ScriptSource> sources, boolean atomic, boolean dryRun, boolean force, Boolean stream, String parallel) {
        if (atomic && dryRun) {
            return badRequest("atomic and dryRun are mutually exclusive");
        }
        LoadOptions options;
        try {
            int batches = parallel == null || parallel.isBlank() ? 1 : Integer.parseInt(parallel.strip());
            options = new LoadOptions(atomic ? LoadMode.ATOMIC : dryRun ? LoadMode.DRY_RUN : LoadMode.DEFAULT, force, batches);
        } catch (NumberFormatException e) {
            return badRequest("parallel must be a whole number of transactions at once (1-" + LoadOptions.MAX_PARALLEL + ")");
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        var problems = new StringBuilder();
        for (ScriptSource s : sources) {
            try {
                CypherScripts.parse(s.bytes(), s.name());
            } catch (ScriptParseException e) {
                e.problems().forEach(p -> problems.append(p).append('\n'));
            }
        }
        if (!problems.isEmpty()) {
            return badRequest("REFUSED: nothing was written; fix these problems:\n" + problems + "outcome: REFUSED");
        }
        if (!oneAtATime.tryAcquire()) {
            return Response.status(429).type(MediaType.TEXT_PLAIN)
                    .entity("another load is running; try again when it has finished\n").build();
        }
        if (Boolean.FALSE.equals(stream)) {
            try {
                LoadReport report = loader.load(sources, options, LoadListener.NONE);
                return Response.status(status(report)).type(MediaType.TEXT_PLAIN)
                        .entity(report.summary() + "outcome: " + report.outcome() + "\n").build();
            } catch (Neo4jException e) {
                return Response.status(503).type(MediaType.TEXT_PLAIN).entity(unavailable(e) + "\noutcome: ERROR\n").build();
            } finally {
                oneAtATime.release();
            }
        }
        StreamingOutput body = out -> {
            try {
                var progress = new PlainProgress(line -> write(out, line));
                LoadReport report = loader.load(sources, options, progress);
                write(out, report.summary() + "outcome: " + report.outcome());
            } catch (Neo4jException e) {
                write(out, unavailable(e) + "\noutcome: ERROR");
            } finally {
                oneAtATime.release();
            }
        };
        return Response.ok(body, MediaType.TEXT_PLAIN).build();
    }

    private static int status(LoadReport report) {
        return switch (report.outcome()) {
            case SUCCEEDED, VALIDATED -> 200;
            case REFUSED -> 422;
            case FAILED, ROLLED_BACK -> 409;
        };
    }

    private static void write(OutputStream out, String line) {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Neo4j itself failed (unreachable, out of memory...), outside any statement: nothing to blame on the script. */
    private static String unavailable(Neo4jException e) {
        return "ERROR: the load could not run against Neo4j: " + e.code() + ": " + e.getMessage();
    }

    private static Response badRequest(String message) {
        return Response.status(400).type(MediaType.TEXT_PLAIN).entity(message + "\n").build();
    }
}
