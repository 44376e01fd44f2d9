package com.geokg.graph.query;

import java.util.List;
import java.util.StringJoiner;

/**
 * One key of an {@code ORDER BY}: a property expression, its direction, and whether it may be
 * missing. Missing values sort <em>last</em> whichever the direction ({@code DESC} included, unlike
 * Cypher's own rule), so that a page sorted by a property with a range index can be read from the
 * index: the nodes that have the property first, in the index's order, then, only if the page is
 * not full yet, those without it. {@code reversed} (a connection's {@code last}) turns the whole
 * order round, missing values then coming first.
 */
record SortKey(String field, String expression, boolean descending, boolean nullable, boolean nullsFirst) {

    /** {@code field} is the GraphQL field sorted by (null for Neo4j's element id), as a filter names it. */
    static SortKey of(String field, String expression, boolean descending, boolean nullable) {
        return new SortKey(field, expression, descending, nullable, false);
    }

    SortKey reversed() {
        return new SortKey(field, expression, !descending, nullable, !nullsFirst);
    }

    /** The same key for rows known to have the value: the plain expression, which an index can order. */
    SortKey present() {
        return new SortKey(field, expression, descending, false, false);
    }

    String render() {
        String key = expression + (descending ? " DESC" : " ASC");
        return nullable ? expression + " IS NULL" + (nullsFirst ? " DESC" : " ASC") + ", " + key : key;
    }

    static String orderBy(List<SortKey> keys) {
        var out = new StringJoiner(", ", " ORDER BY ", "");
        keys.forEach(k -> out.add(k.render()));
        return out.toString();
    }

    static List<SortKey> reversed(List<SortKey> keys, boolean reversed) {
        return reversed ? keys.stream().map(SortKey::reversed).toList() : keys;
    }
}
