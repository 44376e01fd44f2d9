package com.geokg.load.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The single pass over a script. It walks the text once, character by character, and never copies
 * it except for the final text of each statement or command argument, so a 50 MB script parses in
 * well under a few seconds and memory stays close to the size of the text. No regular expression
 * runs over the text: a backtracking regex over a long string literal is how such parsers blow up.
 *
 * <p>Lexical rules follow Cypher and cypher-shell: {@code '...'} and {@code "..."} strings with
 * backslash escapes (a doubled quote is two adjacent strings, not an escape), {@code `...`} names
 * where a doubled backtick is an escaped backtick, {@code //} line comments and non-nesting
 * {@code /* ... *}{@code /} block comments. All of them may span lines and contain {@code ;}.
 * A colon-command is only recognised at the start of a line while no statement is in progress;
 * inside a statement a leading {@code :} is Cypher (a label on a continuation line).
 *
 * <p>Problems are collected rather than thrown at once. After an unterminated string, name or
 * comment the rest of the input is swallowed and nothing after it can be judged, so the end-of-input
 * checks are skipped then instead of piling up consequential errors.
 */
final class ScriptParser {

    /** Beyond this many problems the script is clearly not what we think it is; stop collecting. */
    static final int MAX_PROBLEMS = 1000;

    private static final String SUPPORTED = "':param', ':begin', ':commit' and ':rollback'";

    private final String text;
    private final String source;
    private final int length;

    private final List<ScriptItem> items = new ArrayList<>();
    private final List<ScriptProblem> problems = new ArrayList<>();
    private final StatementKeywords keywords = new StatementKeywords();

    // current line; the column cache makes repeated positions on one long line cost linear time
    private int line = 1;
    private int lineStart;
    private int columnCacheIndex;
    private int columnCacheValue = 1;

    // the statement in progress, if statementStart >= 0
    private int statementStart = -1;
    private int statementLineStart;
    private Position statementPosition;

    private Position openBegin;
    private boolean inputSwallowed;

    ScriptParser(String text, String source) {
        this.text = text;
        this.source = source;
        this.length = text.length();
    }

    CypherScript parse() {
        int i = 0;
        boolean atLineStart = true; // only blanks so far on this line, outside comments
        while (i < length && !inputSwallowed) {
            if (problems.size() >= MAX_PROBLEMS) {
                problem(position(i), "stopped after " + MAX_PROBLEMS + " problems; fix these first");
                return finish();
            }
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == length || text.charAt(i + 1) != '\n')) {
                newLine(++i);
                atLineStart = true;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
                continue;
            }
            boolean commandAllowed = atLineStart && statementStart < 0;
            atLineStart = false;
            char next = i + 1 < length ? text.charAt(i + 1) : '\0';
            if (c == '/' && next == '/') {
                i = endOfLine(i);
            } else if (c == '/' && next == '*') {
                i = skipBlockComment(i);
            } else if (c == ';') {
                if (statementStart >= 0) {
                    endStatement(i);
                }
                i++;
            } else if (c == ':' && statementStart < 0) {
                i = commandAllowed ? command(i) : misplacedCommand(i);
            } else {
                if (statementStart < 0) {
                    startStatement(i);
                }
                if (c == '\'' || c == '"') {
                    keywords.opaque(i);
                    i = skipString(i);
                } else if (c == '`') {
                    keywords.opaque(i);
                    i = skipBacktickName(i);
                } else if (isWordStart(c)) {
                    int end = i + 1;
                    while (end < length && isWordPart(text.charAt(end))) {
                        end++;
                    }
                    keywords.word(text, i, end);
                    i = end;
                } else {
                    keywords.punctuation(c, i);
                    i++;
                }
            }
        }
        return finish();
    }

    private CypherScript finish() {
        if (!inputSwallowed && problems.size() < MAX_PROBLEMS) {
            if (statementStart >= 0) {
                problem(statementPosition, "statement starting at line " + statementPosition.line()
                        + " column " + statementPosition.column() + " is not terminated by ';'"
                        + " (cypher-shell would not run it); end it with ';'");
            }
            if (openBegin != null) {
                problem(openBegin, "the transaction opened by ':begin' is never closed;"
                        + " add ':commit' (or ':rollback') after its last statement");
            }
        }
        if (!problems.isEmpty()) {
            throw new ScriptParseException(problems);
        }
        return new CypherScript(source, items);
    }

    // ---------------------------------------------------------------- statements

    private void startStatement(int i) {
        statementStart = i;
        statementLineStart = lineStart;
        statementPosition = position(i);
        keywords.reset();
    }

    private void endStatement(int semicolon) {
        String cypher = text.substring(statementStart, semicolon).strip();
        boolean callInTransactions = keywords.callInTransactions();
        if (keywords.periodicCommitAt() >= 0) {
            problem(positionInStatement(keywords.periodicCommitAt()), "USING PERIODIC COMMIT was removed in Neo4j 5;"
                    + " remove it and wrap the per-row part in CALL { ... } IN TRANSACTIONS OF <n> ROWS,"
                    + " e.g. LOAD CSV ... AS row CALL { WITH row ... } IN TRANSACTIONS OF 1000 ROWS");
        }
        if (callInTransactions && openBegin != null) {
            problem(statementPosition, "a CALL { ... } IN TRANSACTIONS statement cannot run inside the"
                    + " explicit transaction opened by ':begin' at line " + openBegin.line()
                    + " column " + openBegin.column() + "; move it after ':commit' or ':rollback'");
        }
        items.add(new ScriptItem.Statement(cypher, callInTransactions, statementPosition, items.size() + 1));
        statementStart = -1;
        statementPosition = null;
    }

    // ---------------------------------------------------------------- colon-commands

    private int command(int colon) {
        int eol = endOfLine(colon);
        Position at = position(colon);
        int nameEnd = wordEnd(colon + 1, eol);
        String name = text.substring(colon + 1, nameEnd);
        switch (name.toLowerCase(Locale.ROOT)) {
            case "param" -> param(at, nameEnd, eol);
            case "begin" -> transactionCommand(at, name, nameEnd, eol, true);
            case "commit", "rollback" -> transactionCommand(at, name, nameEnd, eol, false);
            case "" -> problem(at, "a line starting with ':' outside a statement must be a command; supported"
                    + " commands are " + SUPPORTED + " (did the previous statement lose its ';'?)");
            default -> problem(at, "unknown command ':" + name + "'; only " + SUPPORTED
                    + " are supported in scripts; remove the line or replace it with Cypher");
        }
        return eol;
    }

    private int misplacedCommand(int colon) {
        int eol = endOfLine(colon);
        String name = text.substring(colon, wordEnd(colon + 1, eol));
        problem(position(colon), "'" + name + "' is only recognised as a command at the start of a line;"
                + " put it on a line of its own");
        return eol;
    }

    private void transactionCommand(Position at, String name, int from, int eol, boolean begin) {
        String rest = argument(from, eol);
        if (rest == null) {
            return;
        }
        String command = ":" + name.toLowerCase(Locale.ROOT);
        if (!rest.isEmpty()) {
            problem(at, "'" + command + "' takes no arguments, found '" + rest + "'; put statements on their own lines");
        }
        if (begin) {
            if (openBegin != null) {
                problem(at, "nested ':begin': the transaction opened at line " + openBegin.line() + " column "
                        + openBegin.column() + " is still open; add ':commit' or ':rollback' before this line");
            }
            openBegin = at;
            items.add(new ScriptItem.Begin(at, items.size() + 1));
        } else {
            if (openBegin == null) {
                problem(at, "'" + command + "' without a preceding ':begin'; add ':begin' before the statements"
                        + " it should cover or remove this line");
            }
            openBegin = null;
            items.add(command.equals(":commit")
                    ? new ScriptItem.Commit(at, items.size() + 1)
                    : new ScriptItem.Rollback(at, items.size() + 1));
        }
    }

    private void param(Position at, int from, int eol) {
        String usage = "; use ':param name => expression' or ':param {name: expression, ...}'";
        String arg = argument(from, eol);
        if (arg == null) {
            return;
        }
        if (arg.isEmpty()) {
            problem(at, "':param' needs a parameter name and a value" + usage);
            return;
        }
        if (arg.charAt(0) == '{') {
            if (arg.charAt(arg.length() - 1) != '}') {
                problem(at, "malformed ':param': a map of parameters must end with '}' on the same line" + usage);
            } else {
                items.add(new ScriptItem.SetParams(arg, at, items.size() + 1));
            }
            return;
        }
        String name;
        int p;
        if (arg.charAt(0) == '`') {
            StringBuilder unquoted = new StringBuilder();
            p = 1;
            while (p < arg.length()) {
                char c = arg.charAt(p++);
                if (c != '`') {
                    unquoted.append(c);
                } else if (p < arg.length() && arg.charAt(p) == '`') {
                    unquoted.append('`');
                    p++;
                } else {
                    break;
                }
            }
            name = unquoted.toString();
        } else {
            p = 0;
            while (p < arg.length() && isWordPart(arg.charAt(p))) {
                p++;
            }
            name = arg.substring(0, p);
        }
        if (name.isBlank()) {
            problem(at, "':param' is missing the parameter name"
                    + (arg.charAt(0) == '$' ? " (write it without '$')" : "") + usage);
            return;
        }
        while (p < arg.length() && Character.isWhitespace(arg.charAt(p))) {
            p++;
        }
        if (arg.startsWith("=>", p)) {
            p += 2;
        } else if (p < arg.length() && arg.charAt(p) == ':') {
            p++;
        } else {
            problem(at, "malformed ':param': expected '=>' after the parameter name '" + name + "'" + usage);
            return;
        }
        String expression = arg.substring(p).strip();
        if (expression.isEmpty()) {
            problem(at, "':param " + name + "' is missing its value" + usage);
            return;
        }
        items.add(new ScriptItem.SetParam(name, expression, at, items.size() + 1));
    }

    /**
     * The argument of a command: the rest of its line, trimmed, without a trailing {@code ;} and
     * without a trailing {@code //} comment. Strings and backtick names are respected so that
     * {@code 'a;b'} or {@code 'http://x'} stay intact. Returns null after reporting a problem.
     */
    private String argument(int from, int eol) {
        int end = eol;
        int lastSemicolon = -1;
        int semicolons = 0;
        for (int i = from; i < eol; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int close = closingQuoteOnLine(i, eol);
                if (close < 0) {
                    problem(position(i), "unterminated " + (c == '`' ? "backtick name" : "string")
                            + " in a command line; command arguments must end on the same line");
                    return null;
                }
                i = close;
            } else if (c == '/' && i + 1 < eol && text.charAt(i + 1) == '/') {
                end = i;
                break;
            } else if (c == ';') {
                semicolons++;
                lastSemicolon = i;
            }
        }
        String arg = text.substring(from, end).strip();
        if (semicolons > 0 && arg.endsWith(";")) {
            arg = arg.substring(0, arg.length() - 1).strip();
            semicolons--;
        }
        if (semicolons > 0) {
            problem(position(lastSemicolon), "a command line holds exactly one command and ends at the end"
                    + " of the line; put the text after ';' on a line of its own");
            return null;
        }
        return arg;
    }

    private int closingQuoteOnLine(int open, int eol) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < eol; i++) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`') {
                i++;
            } else if (c == quote) {
                if (quote == '`' && i + 1 < eol && text.charAt(i + 1) == '`') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- strings, names, comments

    private int skipString(int open) {
        char quote = text.charAt(open);
        int openLine = line;
        int openLineStart = lineStart;
        int i = open + 1;
        while (i < length) {
            char c = text.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\\' && i + 1 < length) {
                i++;
                c = text.charAt(i);
            }
            i = afterChar(c, i);
        }
        unterminated(open, openLine, openLineStart, "string", "add the closing " + quote
                + " (a " + quote + " inside the string is written \\" + quote + ")");
        return length;
    }

    private int skipBacktickName(int open) {
        int openLine = line;
        int openLineStart = lineStart;
        int i = open + 1;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '`') {
                if (i + 1 < length && text.charAt(i + 1) == '`') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i = afterChar(c, i);
        }
        unterminated(open, openLine, openLineStart, "backtick-quoted name",
                "add the closing ` (a ` inside the name is written ``)");
        return length;
    }

    private int skipBlockComment(int open) {
        int openLine = line;
        int openLineStart = lineStart;
        int i = open + 2;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '*' && i + 1 < length && text.charAt(i + 1) == '/') {
                return i + 2;
            }
            i = afterChar(c, i);
        }
        unterminated(open, openLine, openLineStart, "block comment", "close it with */");
        return length;
    }

    /** Steps over the character at {@code i}, counting it as a line break where it is one. */
    private int afterChar(char c, int i) {
        if (c == '\n' || c == '\r' && (i + 1 == length || text.charAt(i + 1) != '\n')) {
            newLine(i + 1);
        }
        return i + 1;
    }

    private void unterminated(int open, int openLine, int openLineStart, String what, String fix) {
        inputSwallowed = true;
        Position at = new Position(source, openLine, text.codePointCount(openLineStart, open) + 1);
        problem(at, "unterminated " + what + ": it opens here and runs to the end of the input; " + fix);
    }

    // ---------------------------------------------------------------- positions and helpers

    private void newLine(int start) {
        line++;
        lineStart = start;
        columnCacheIndex = start;
        columnCacheValue = 1;
    }

    /** Position of an index on the current line. */
    private Position position(int index) {
        if (index < columnCacheIndex) {
            columnCacheIndex = lineStart;
            columnCacheValue = 1;
        }
        columnCacheValue += text.codePointCount(columnCacheIndex, index);
        columnCacheIndex = index;
        return new Position(source, line, columnCacheValue);
    }

    /**
     * Position of an index inside the current statement, which may lie on an earlier line. It
     * rescans from the statement's start, which is fine for the rare reports that need it.
     */
    private Position positionInStatement(int index) {
        if (index >= lineStart) {
            return position(index);
        }
        int l = statementPosition.line();
        int start = statementLineStart;
        for (int i = statementStart; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && text.charAt(i + 1) != '\n') {
                l++;
                start = i + 1;
            }
        }
        return new Position(source, l, text.codePointCount(start, index) + 1);
    }

    private int endOfLine(int from) {
        int i = from;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
            i++;
        }
        return length;
    }

    private int wordEnd(int from, int limit) {
        int i = from;
        while (i < limit && isWordPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordStart(char c) {
        return c == '$' || isWordPart(c);
    }

    private static boolean isWordPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private void problem(Position at, String message) {
        problems.add(new ScriptProblem(at, message));
    }
}
