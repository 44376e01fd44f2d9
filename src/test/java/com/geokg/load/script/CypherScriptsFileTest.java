package com.geokg.load.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CypherScriptsFileTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fileIsReadAsUtf8AndPositionsNameThePath() throws IOException {
        Path file = write("seed.cypher", utf8("CREATE (:City {name: 'Zürich'});\n  RETURN 1;\n"));
        CypherScript script = CypherScripts.parse(file);
        assertEquals("CREATE (:City {name: 'Zürich'})", script.statements().get(0).cypher());
        assertEquals(new Position(file.toString(), 2, 3), script.items().get(1).position());
        assertEquals(file.toString(), script.sourceName());
    }

    @Test
    void byteOrderMarkIsStrippedAndDoesNotShiftColumns() throws IOException {
        Path file = write("bom.cypher", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(":param x => 1\r\nRETURN $x;"));
        CypherScript script = CypherScripts.parse(file);
        assertEquals(new ScriptItem.SetParam("x", "1", new Position(file.toString(), 1, 1), 1), script.items().get(0));
    }

    @Test
    void invalidUtf8IsRefusedWithItsPosition() throws IOException {
        Path file = write("latin1.cypher", utf8("RETURN 1;\nRETURN 'Z"), new byte[] {(byte) 0xFC}, utf8("rich';\n"));
        ScriptParseException e = assertThrows(ScriptParseException.class, () -> CypherScripts.parse(file));
        assertEquals(new Position(file.toString(), 2, 10), e.problems().get(0).position());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void problemsInAFileNameThePath() throws IOException {
        Path file = write("bad.cypher", utf8("RETURN 1;\n:source other.cypher\n"));
        ScriptParseException e = assertThrows(ScriptParseException.class, () -> CypherScripts.parse(file));
        assertTrue(e.getMessage().startsWith(file + ":2:1: unknown command ':source'"), e.getMessage());
    }

    @Test
    void missingFileIsAnIoProblemNotAScriptProblem() {
        assertThrows(NoSuchFileException.class, () -> CypherScripts.parse(dir.resolve("missing.cypher")));
    }

    @Test
    void stdinCanBeNamedInPositions() {
        ScriptParseException e = assertThrows(ScriptParseException.class,
                () -> CypherScripts.parse("RETURN 1", "<stdin>"));
        assertTrue(e.getMessage().startsWith("<stdin>:1:1: "), e.getMessage());
    }
}
