package com.geokg.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One script to load: its name as positions and the load history show it, its bytes (UTF-8) and
 * their SHA-256, which decides whether it was loaded before.
 */
public record ScriptSource(String name, byte[] bytes, String sha256) {

    /** Standard input's name in positions. */
    public static final String STDIN = "<stdin>";

    public ScriptSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
    }

    public static ScriptSource of(String name, byte[] bytes) {
        return new ScriptSource(name, bytes, sha256(bytes));
    }

    public static ScriptSource of(String name, String text) {
        return of(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static ScriptSource read(String name, InputStream in) throws IOException {
        return of(name, in.readAllBytes());
    }

    /**
     * The scripts named by files and folders, in the order given; a folder contributes its
     * {@code *.cypher} files (not sub-folders) in name order.
     *
     * @throws NoSuchFileException if a path does not exist or a folder holds no {@code .cypher} file
     */
    public static List<ScriptSource> expand(List<Path> paths) throws IOException {
        var sources = new ArrayList<ScriptSource>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> list = Files.list(path)) {
                    files = list.filter(p -> p.getFileName().toString().endsWith(".cypher") && Files.isRegularFile(p))
                            .sorted().toList();
                }
                if (files.isEmpty()) {
                    throw new NoSuchFileException(path.toString(), null, "the folder holds no .cypher file");
                }
                for (Path file : files) {
                    sources.add(of(file.toString(), Files.readAllBytes(file)));
                }
            } else if (Files.isRegularFile(path)) {
                sources.add(of(path.toString(), Files.readAllBytes(path)));
            } else {
                throw new NoSuchFileException(path.toString(), null, "no such file or folder");
            }
        }
        return sources;
    }

    /** Lower-case hex SHA-256 of {@code bytes}: how loads and the model check recognise what they saw before. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScriptSource s && s.name.equals(name) && s.sha256.equals(sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sha256);
    }

    @Override
    public String toString() {
        return name + " (sha256 " + sha256 + ")";
    }
}
