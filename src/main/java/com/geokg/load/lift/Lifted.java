package com.geokg.load.lift;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A statement after literal lifting: the text to send, the generated parameters, and where the
 * text changed, so that an error offset Neo4j reports in the sent text maps back to the script.
 *
 * @param cypher the statement to send; the original text when nothing was lifted
 * @param params the generated parameters ({@code __lit0}, ...); empty when nothing was lifted
 * @param edits  the replaced regions in text order
 */
public record Lifted(String cypher, Map<String, Object> params, List<Edit> edits) {

    /**
     * One literal replaced by a parameter: {@code [from, to)} of the original text became
     * {@code [from + shift, from + shift + replacementLength)} of the sent text, where shift is the
     * sum of the length changes of the edits before it.
     */
    public record Edit(int from, int to, int replacementLength) {
    }

    public Lifted {
        Objects.requireNonNull(cypher, "cypher");
        params = java.util.Collections.unmodifiableMap(params);
        edits = List.copyOf(edits);
    }

    public static Lifted unchanged(String cypher) {
        return new Lifted(cypher, Map.of(), List.of());
    }

    /** The offset in the original text of an offset in the sent text; inside a parameter: the literal's start. */
    public int originalOffset(int sentOffset) {
        int shift = 0;
        for (Edit e : edits) {
            int sentFrom = e.from() + shift;
            if (sentOffset < sentFrom) {
                break;
            }
            if (sentOffset < sentFrom + e.replacementLength()) {
                return e.from();
            }
            shift += e.replacementLength() - (e.to() - e.from());
        }
        return sentOffset - shift;
    }
}
