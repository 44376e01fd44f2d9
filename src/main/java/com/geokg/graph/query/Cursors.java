package com.geokg.graph.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.geokg.graph.InvalidArgumentException;

/**
 * Opaque cursors, as the Neo4j GraphQL Library and Relay clients know them: the base64 of
 * {@code arrayconnection:<offset>} in the connection's sort order. Sorts always end with {@code id},
 * so an offset names the same item as long as the data does not change.
 */
public final class Cursors {

    private static final String PREFIX = "arrayconnection:";

    private Cursors() {
    }

    public static String encode(long offset) {
        return Base64.getEncoder().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    public static long decode(String cursor) {
        try {
            String text = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long offset = Long.parseLong(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // fall through: not base64, or not a number
        }
        throw new InvalidArgumentException("'" + cursor + "' is not a cursor of this API; use a cursor from pageInfo or edges");
    }
}
