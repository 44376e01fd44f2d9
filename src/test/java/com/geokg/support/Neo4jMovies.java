package com.geokg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.jar.JarFile;

/**
 * Neo4j's own movies graph: the script {@code :play movies} runs in Neo4j Browser, read at test
 * time from the Neo4j Browser artifact (a test-scoped dependency, GPL-3.0 like Neo4j itself), where
 * it is a string in the browser's JavaScript bundle. Nothing of it is copied into this repository.
 */
public final class Neo4jMovies {

    private static final String START = "CREATE (TheMatrix:Movie";
    private static String script;

    private Neo4jMovies() {
    }

    /** The script in the cypher-shell dialect: one {@code CREATE ...} statement and its closing query, ending in {@code ;}. */
    public static synchronized String script() {
        if (script == null) {
            script = read();
        }
        return script;
    }

    private static String read() {
        URL index = Neo4jMovies.class.getClassLoader().getResource("browser/index.html");
        if (index == null) {
            throw new IllegalStateException("the Neo4j Browser artifact (org.neo4j.client:neo4j-browser) is not on the test class path");
        }
        try {
            var connection = (JarURLConnection) index.openConnection();
            try (JarFile jar = new JarFile(connection.getJarFileURL().getPath())) {
                for (var entries = jar.entries(); entries.hasMoreElements();) {
                    var entry = entries.nextElement();
                    if (!entry.getName().matches("browser/app-[0-9a-f]+\\.js")) {
                        continue;
                    }
                    String bundle;
                    try (var in = jar.getInputStream(entry)) {
                        bundle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    int start = bundle.indexOf('"' + START);
                    if (start >= 0) {
                        return unescape(bundle, start + 1);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no movies script in the Neo4j Browser artifact");
    }

    /** The JavaScript string literal that starts at {@code from}, up to its closing quote, unescaped. */
    private static String unescape(String js, int from) {
        var out = new StringBuilder();
        for (int i = from; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c == '"') {
                String text = out.toString().strip();
                return text.endsWith(";") ? text : text + ";";
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = js.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(js.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        throw new IllegalStateException("the movies script does not end");
    }
}
