package com.geokg.load.lift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Replaces big literal lists and maps in a statement by generated parameters ({@code $__lit0},
 * {@code $__lit1}, ...), so that Neo4j parses and plans each statement shape once instead of once per
 * literal batch: a 1000-row {@code UNWIND [{...}, ...] AS row} costs seconds to plan as text and
 * milliseconds as a parameter.
 *
 * <p>It is deliberately conservative. A literal is lifted only when
 * <ul>
 *   <li>it stands where any expression may stand: right after {@code UNWIND}, {@code WITH},
 *       {@code RETURN}, the operator {@code IN}, or {@code =} / {@code +=} (as in {@code SET n = {...}} or
 *       {@code WHERE x = [...]}), never in a pattern (MERGE does not accept parameter maps), after
 *       {@code OPTIONS}, or as a subscript;</li>
 *   <li>it holds nothing but literals, nested as deep as it likes: strings with the escapes Neo4j 5
 *       decodes ({@code \\ \' \" \b \f \n \r \t \u0000}; it keeps {@code \U0001F600} as written, so
 *       that one is not lifted), integers (decimal, hex, octal), floats, {@code true}, {@code false}, {@code null},
 *       lists and maps with plain or backtick-quoted keys. A variable, parameter, function call,
 *       operator, unknown escape, number out of range or duplicate map key anywhere inside leaves the
 *       literal as written;</li>
 *   <li>it is worth it: after {@code UNWIND} always, elsewhere from {@value #MIN_LENGTH} characters;</li>
 *   <li>the statement does not already mention {@code __lit}, so generated names cannot clash.</li>
 * </ul>
 * The values become Java {@code List}, {@code Map}, {@code String}, {@code Long}, {@code Double},
 * {@code Boolean} and {@code null}: exactly the Cypher values the literal denotes, so the statement
 * means the same.
 */
public final class LiteralLifter {

    /** Shorter literals outside {@code UNWIND} are left alone: planning them is cheap. */
    static final int MIN_LENGTH = 32;
    static final String PREFIX = "__lit";
    private static final int MAX_DEPTH = 64;

    private LiteralLifter() {
    }

    /** The statement with its liftable literals replaced, or the statement unchanged. */
    public static Lifted lift(String cypher) {
        if (cypher.toLowerCase(Locale.ROOT).contains(PREFIX)) {
            return Lifted.unchanged(cypher);
        }
        return new Scanner(cypher).run();
    }

    /** Walks the statement's tokens, remembering the previous one to judge the context of a bracket. */
    private static final class Scanner {
        private final String text;
        private final int length;
        private final StringBuilder out;
        private final Map<String, Object> params = new HashMap<>();
        private final List<Lifted.Edit> edits = new ArrayList<>();
        private int copied;

        // the last two significant tokens: a keyword in upper case, an operator, or "" for anything else
        private String previous = "";
        private String beforePrevious = "";

        Scanner(String text) {
            this.text = text;
            this.length = text.length();
            this.out = new StringBuilder(64);
        }

        Lifted run() {
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
                    i = lineCommentEnd(text, i);
                } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                    int end = text.indexOf("*/", i + 2);
                    if (end < 0) {
                        return unchanged();
                    }
                    i = end + 2;
                } else if (c == '\'' || c == '"') {
                    int end = stringEnd(text, i);
                    if (end < 0) {
                        return unchanged();
                    }
                    token("");
                    i = end;
                } else if (c == '`') {
                    int end = backtickEnd(text, i);
                    if (end < 0) {
                        return unchanged();
                    }
                    token("");
                    i = end;
                } else if (c == '$' || isIdentifierPart(c)) {
                    int end = i + 1;
                    while (end < length && isIdentifierPart(text.charAt(end))) {
                        end++;
                    }
                    boolean keyword = c != '$' && !".".equals(previous) && !":".equals(previous)
                            && !Character.isDigit(c);
                    token(keyword ? text.substring(i, end).toUpperCase(Locale.ROOT) : "");
                    i = end;
                } else if ((c == '[' || c == '{') && liftable()) {
                    i = tryLift(i);
                } else {
                    String op = operator(i);
                    token(op);
                    i += op.length();
                }
            }
            if (edits.isEmpty()) {
                return unchanged();
            }
            out.append(text, copied, length);
            return new Lifted(out.toString(), params, edits);
        }

        private Lifted unchanged() {
            return Lifted.unchanged(text);
        }

        private void token(String t) {
            beforePrevious = previous;
            previous = t;
        }

        private String operator(int i) {
            if (i + 1 < length) {
                String two = text.substring(i, i + 2);
                switch (two) {
                    case "<=", ">=", "<>", "=~", "+=", "!=", "..", "->", "<-", "==" -> {
                        return two;
                    }
                    default -> { }
                }
            }
            return String.valueOf(text.charAt(i));
        }

        private boolean liftable() {
            return switch (previous) {
                case "UNWIND", "RETURN", "IN", "=", "+=" -> true;
                case "WITH" -> !beforePrevious.equals("STARTS") && !beforePrevious.equals("ENDS");
                default -> false;
            };
        }

        private int tryLift(int start) {
            var parser = new LiteralParser(text, start);
            Object value;
            try {
                value = parser.value(0);
            } catch (NotALiteral e) {
                token(String.valueOf(text.charAt(start)));
                return start + 1; // scan on inside it, it may hold a liftable literal after all
            }
            int end = parser.position();
            boolean worthIt = previous.equals("UNWIND") || end - start >= MIN_LENGTH;
            if (!worthIt) {
                token("");
                return end;
            }
            String name = PREFIX + params.size();
            params.put(name, value);
            out.append(text, copied, start).append('$').append(name);
            edits.add(new Lifted.Edit(start, end, name.length() + 1));
            copied = end;
            token("");
            return end;
        }
    }

    /** Thrown (without a stack trace) when the text at hand is not a pure literal. */
    private static final class NotALiteral extends Exception {
        private static final long serialVersionUID = 1L;
        static final NotALiteral INSTANCE = new NotALiteral();

        private NotALiteral() {
            super(null, null, false, false);
        }
    }

    /** Recursive descent over one literal value. */
    private static final class LiteralParser {
        private final String text;
        private final int length;
        private int i;

        LiteralParser(String text, int start) {
            this.text = text;
            this.length = text.length();
            this.i = start;
        }

        int position() {
            return i;
        }

        Object value(int depth) throws NotALiteral {
            if (depth > MAX_DEPTH) {
                throw NotALiteral.INSTANCE;
            }
            skipSpace();
            if (i >= length) {
                throw NotALiteral.INSTANCE;
            }
            char c = text.charAt(i);
            if (c == '[') {
                return list(depth);
            }
            if (c == '{') {
                return map(depth);
            }
            if (c == '\'' || c == '"') {
                return string();
            }
            if (c == '-' || Character.isDigit(c)) {
                return number();
            }
            if (Character.isLetter(c)) {
                int end = i;
                while (end < length && isIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                i = end;
                return switch (word) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    case "null" -> null;
                    default -> throw NotALiteral.INSTANCE;
                };
            }
            throw NotALiteral.INSTANCE;
        }

        private List<Object> list(int depth) throws NotALiteral {
            i++; // [
            var list = new ArrayList<Object>();
            skipSpace();
            if (peek() == ']') {
                i++;
                return list;
            }
            while (true) {
                list.add(value(depth + 1));
                skipSpace();
                char c = peek();
                i++;
                if (c == ']') {
                    return list;
                }
                if (c != ',') {
                    throw NotALiteral.INSTANCE;
                }
            }
        }

        private Map<String, Object> map(int depth) throws NotALiteral {
            i++; // {
            var map = new LinkedHashMap<String, Object>();
            skipSpace();
            if (peek() == '}') {
                i++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = key();
                skipSpace();
                if (peek() != ':') {
                    throw NotALiteral.INSTANCE;
                }
                i++;
                Object value = value(depth + 1);
                if (map.containsKey(key)) {
                    throw NotALiteral.INSTANCE;
                }
                map.put(key, value);
                skipSpace();
                char c = peek();
                i++;
                if (c == '}') {
                    return map;
                }
                if (c != ',') {
                    throw NotALiteral.INSTANCE;
                }
            }
        }

        private String key() throws NotALiteral {
            char c = peek();
            if (c == '`') {
                int end = backtickEnd(text, i);
                if (end < 0 || end - i < 3) {
                    throw NotALiteral.INSTANCE;
                }
                String key = text.substring(i + 1, end - 1).replace("``", "`");
                i = end;
                return key;
            }
            if (!Character.isLetter(c) && c != '_') {
                throw NotALiteral.INSTANCE;
            }
            int end = i;
            while (end < length && isIdentifierPart(text.charAt(end))) {
                end++;
            }
            String key = text.substring(i, end);
            i = end;
            return key;
        }

        private String string() throws NotALiteral {
            char quote = text.charAt(i++);
            var sb = new StringBuilder();
            while (i < length) {
                char c = text.charAt(i++);
                if (c == quote) {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (i >= length) {
                    throw NotALiteral.INSTANCE;
                }
                char e = text.charAt(i++);
                switch (e) {
                    case '\\', '\'', '"' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> sb.appendCodePoint(hex(4));
                    default -> throw NotALiteral.INSTANCE;
                }
            }
            throw NotALiteral.INSTANCE;
        }

        private int hex(int digits) throws NotALiteral {
            if (i + digits > length) {
                throw NotALiteral.INSTANCE;
            }
            int cp = 0;
            for (int k = 0; k < digits; k++) {
                int d = Character.digit(text.charAt(i++), 16);
                if (d < 0) {
                    throw NotALiteral.INSTANCE;
                }
                cp = cp * 16 + d;
            }
            if (!Character.isValidCodePoint(cp)) {
                throw NotALiteral.INSTANCE;
            }
            return cp;
        }

        private Object number() throws NotALiteral {
            int start = i;
            boolean negative = false;
            if (text.charAt(i) == '-') {
                negative = true;
                i++;
                skipSpace();
                if (i >= length || !Character.isDigit(text.charAt(i))) {
                    throw NotALiteral.INSTANCE;
                }
            }
            int digitsStart = i;
            if (text.startsWith("0x", i) || text.startsWith("0o", i)) {
                int radix = text.charAt(i + 1) == 'x' ? 16 : 8;
                i += 2;
                int from = i;
                while (i < length && Character.digit(text.charAt(i), radix) >= 0) {
                    i++;
                }
                endOfNumber();
                if (i == from) {
                    throw NotALiteral.INSTANCE;
                }
                return parseLong((negative ? "-" : "") + text.substring(from, i), radix);
            }
            while (i < length && Character.isDigit(text.charAt(i))) {
                i++;
            }
            boolean isFloat = false;
            if (i + 1 < length && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
                isFloat = true;
                i++;
                while (i < length && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            }
            if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                isFloat = true;
                i++;
                if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                    i++;
                }
                int expStart = i;
                while (i < length && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i == expStart) {
                    throw NotALiteral.INSTANCE;
                }
            }
            endOfNumber();
            String digits = text.substring(digitsStart, i);
            if (isFloat) {
                double d = Double.parseDouble(digits);
                if (Double.isInfinite(d)) {
                    throw NotALiteral.INSTANCE;
                }
                return negative ? -d : d;
            }
            if (digits.length() > 1 && digits.charAt(0) == '0') {
                throw NotALiteral.INSTANCE; // legacy octal 0123: leave it to Neo4j
            }
            assert start <= digitsStart;
            return parseLong((negative ? "-" : "") + digits, 10);
        }

        /** A number must not run into a letter, digit, underscore or dot ({@code 1_000}, {@code 1.}, {@code 2x}). */
        private void endOfNumber() throws NotALiteral {
            if (i < length) {
                char c = text.charAt(i);
                if (isIdentifierPart(c) || c == '.') {
                    throw NotALiteral.INSTANCE;
                }
            }
        }

        private static Long parseLong(String s, int radix) throws NotALiteral {
            try {
                return Long.parseLong(s, radix);
            } catch (NumberFormatException e) {
                throw NotALiteral.INSTANCE;
            }
        }

        private char peek() {
            return i < length ? text.charAt(i) : '\0';
        }

        private void skipSpace() throws NotALiteral {
            while (i < length) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
                    i = lineCommentEnd(text, i);
                } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                    int end = text.indexOf("*/", i + 2);
                    if (end < 0) {
                        throw NotALiteral.INSTANCE;
                    }
                    i = end + 2;
                } else {
                    return;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ lexing

    private static boolean isIdentifierPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static int lineCommentEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Index after the closing quote of the string opening at {@code open}, or -1. */
    private static int stringEnd(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Index after the closing backtick of the name opening at {@code open}, or -1. */
    private static int backtickEnd(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            if (text.charAt(i) == '`') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '`') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }
}
