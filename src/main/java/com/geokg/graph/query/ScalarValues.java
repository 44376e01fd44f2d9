package com.geokg.graph.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;

import com.geokg.graph.InvalidArgumentException;

/**
 * Turns a GraphQL-coerced value into the Neo4j property value of a scalar field, for filters and
 * writes alike, and a stored value into the value the API shows, for both execution paths.
 */
public final class ScalarValues {

    private ScalarValues() {
    }

    /**
     * @param where how an error names the field ({@code founded}, {@code State.founded})
     */
    static Object convert(String where, ScalarField field, Object raw) {
        return switch (field.kind()) {
            case DATE -> date(where, raw);
            case INT -> (long) integer(where, raw);
            case FLOAT -> number(where, raw);
            case BOOLEAN -> {
                if (!(raw instanceof Boolean b)) {
                    throw new InvalidArgumentException("'" + raw + "' is not true or false for " + where);
                }
                yield b;
            }
            case STRING_LIST -> raw instanceof Collection<?> items ? items.stream().map(String::valueOf).toList() : raw.toString();
            case ENUM, ID, STRING -> raw.toString();
        };
    }

    /**
     * A stored value as the API shows it: lists never null (each item converted), numbers of the
     * field's width, text for ids, texts and enums; dates stay as Neo4j returns them (the caller
     * decides how to write them).
     */
    public static Object stored(ScalarKind kind, boolean list, Object v) {
        if (kind == ScalarKind.STRING_LIST || list) {
            ScalarKind item = kind == ScalarKind.STRING_LIST ? ScalarKind.STRING : kind;
            return v == null ? List.of() : ((List<?>) v).stream().map(i -> stored(item, false, i)).toList();
        }
        if (v == null) {
            return null;
        }
        return switch (kind) {
            case INT -> ((Number) v).intValue();
            case FLOAT -> ((Number) v).doubleValue();
            case BOOLEAN, DATE -> v;
            default -> v.toString();
        };
    }

    /** A whole number, from a GraphQL Int (SmallRye GraphQL hands some variables over as text). */
    static int integer(String where, Object raw) {
        if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(raw.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("'" + raw + "' is not a whole number for " + where);
        }
    }

    static double number(String where, Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(raw.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("'" + raw + "' is not a number for " + where);
        }
    }

    private static LocalDate date(String where, Object raw) {
        if (raw instanceof LocalDate date) {
            return date;
        }
        try {
            return LocalDate.parse(raw.toString());
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException("'" + raw + "' is not a date (YYYY-MM-DD) for " + where);
        }
    }
}
