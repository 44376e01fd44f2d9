package com.geokg.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The example queries GraphiQL opens with, one tab each, in this order. Each is a named operation
 * in {@code graphiql/examples/}, with a comment that teaches the analyst what it asks and with its
 * variables as defaults, so it runs as it stands. {@code GraphiqlExamplesTest} runs every one of
 * them against {@code /graphql}, so a change in the API that breaks a tab breaks the build.
 */
final class GraphiqlExamples {

    /** One saved query: its file's name (without {@code .graphql}) and its text. */
    record Example(String name, String query) {
    }

    static final List<String> FILES = List.of(
            "01-the-pact",
            "02-the-deployment",
            "03-the-denial",
            "04-strike-near-donetsk",
            "05-search",
            "06-path",
            "07-timeline");

    private GraphiqlExamples() {
    }

    static List<Example> all() {
        return FILES.stream().map(name -> new Example(name, resource("graphiql/examples/" + name + ".graphql"))).toList();
    }

    static String resource(String path) {
        try (InputStream in = GraphiqlExamples.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
