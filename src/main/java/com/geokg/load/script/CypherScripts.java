package com.geokg.load.script;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Entry points for reading cypher-shell scripts. Parsing is pure and needs no database, so the
 * loader can refuse a broken script before opening a session, and the seeding can validate its
 * bundled scripts in a unit test.
 */
public final class CypherScripts {

    private static final char BOM = '\uFEFF';

    private CypherScripts() {
    }

    /**
     * Parses script text.
     *
     * @param text       the script; a leading byte order mark is ignored
     * @param sourceName how positions name the script: a file name or {@code "<stdin>"}
     * @return the script's items in order
     * @throws ScriptParseException listing every problem found, if there is any
     */
    public static CypherScript parse(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        return new ScriptParser(body, sourceName).parse();
    }

    /**
     * Reads a UTF-8 script file (with or without a byte order mark) and parses it, naming it in
     * positions by the path as given.
     *
     * <p>Bytes that are not valid UTF-8 are refused with their position instead of being replaced
     * silently: a mangled name in seed data is much harder to find later than now.
     *
     * @param file the script file
     * @return the script's items in order
     * @throws IOException          if the file cannot be read
     * @throws ScriptParseException if the file is not valid UTF-8 or the script has problems
     */
    public static CypherScript parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String sourceName = file.toString();
        return parse(decodeUtf8(Files.readAllBytes(file), sourceName), sourceName);
    }

    /**
     * Parses a UTF-8 script given as bytes (standard input, an HTTP request body), refusing bytes
     * that are not valid UTF-8 like {@link #parse(Path)} does.
     *
     * @param bytes      the script, UTF-8 with or without a byte order mark
     * @param sourceName how positions name the script
     * @throws ScriptParseException if the bytes are not valid UTF-8 or the script has problems
     */
    public static CypherScript parse(byte[] bytes, String sourceName) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sourceName, "sourceName");
        return parse(decodeUtf8(bytes, sourceName), sourceName);
    }

    private static String decodeUtf8(byte[] bytes, String sourceName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never needs more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ScriptParseException(List.of(new ScriptProblem(
                    positionOf(out.flip(), sourceName),
                    "the file is not valid UTF-8 (malformed byte sequence at byte offset " + in.position()
                            + "); save it as UTF-8")));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Position just after the decoded prefix, i.e. of the first undecodable character. */
    private static Position positionOf(CharSequence decoded, String sourceName) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == decoded.length() || decoded.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        int offset = lineStart < decoded.length() && decoded.charAt(0) == BOM && line == 1 ? 1 : 0;
        String lineText = decoded.subSequence(lineStart, decoded.length()).toString();
        return new Position(sourceName, line, lineText.codePointCount(0, lineText.length()) + 1 - offset);
    }
}
