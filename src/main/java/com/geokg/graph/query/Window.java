package com.geokg.graph.query;

import java.util.Map;

import com.geokg.graph.InvalidArgumentException;
import com.geokg.graph.LimitTooLargeException;

/**
 * The slice of a sorted list a connection returns, from Relay's {@code first}/{@code after} and
 * {@code last}/{@code before}. {@code last} without {@code before} cannot be expressed as a skip
 * without knowing the total, so it is fetched in reversed order and flipped back ({@code reversed}).
 */
record Window(long skip, int limit, boolean reversed) {

    static Window of(Map<String, Object> args, int defaultLimit, int maxLimit) {
        Integer first = integer(args.get("first"), "first", maxLimit);
        Integer last = integer(args.get("last"), "last", maxLimit);
        Long after = args.get("after") == null ? null : Cursors.decode(args.get("after").toString());
        Long before = args.get("before") == null ? null : Cursors.decode(args.get("before").toString());
        if (first != null && last != null) {
            throw new InvalidArgumentException("give first (with after) or last (with before), not both");
        }
        long start = after == null ? 0 : after + 1;
        if (last == null) {
            int size = first == null ? defaultLimit : first;
            if (before != null) {
                size = (int) Math.max(0, Math.min(size, before - start));
            }
            return new Window(start, size, false);
        }
        if (before == null) {
            return new Window(start, last, true); // skip is the floor: items before `after` are dropped
        }
        long from = Math.max(start, before - last);
        return new Window(from, (int) Math.max(0, before - from), false);
    }

    private static Integer integer(Object value, String name, int max) {
        if (value == null) {
            return null;
        }
        int n = ScalarValues.integer(name, value);
        if (n < 0) {
            throw new InvalidArgumentException(name + " must not be negative, got " + n);
        }
        if (n > max) {
            throw new LimitTooLargeException(n, max);
        }
        return n;
    }
}
