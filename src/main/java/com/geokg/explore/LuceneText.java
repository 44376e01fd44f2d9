package com.geokg.explore;

import java.util.ArrayList;
import java.util.regex.Pattern;

import org.neo4j.driver.exceptions.ClientException;

import com.geokg.graph.InvalidArgumentException;

/**
 * Turns what an analyst types into the Lucene query of the full-text index. Plain words (letters,
 * digits, spaces, hyphens, apostrophes, dots) just work: each word matches itself or, from three
 * letters on, any word it begins ({@code vladi} finds Vladivostok), and any word may match
 * ({@code north korean troops}); exact matches score higher. Anything else is Lucene's own syntax
 * ({@code "mutual defence" AND pact}, {@code kim~}, {@code name:Russia}) and passed as it is; when
 * Lucene cannot parse it, the client gets {@code BAD_USER_INPUT} saying where.
 */
final class LuceneText {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}\\s'’.,-]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private LuceneText() {
    }

    static String query(String text) {
        String trimmed = text.strip();
        if (!PLAIN.matcher(trimmed).matches()) {
            return trimmed;
        }
        var terms = new ArrayList<String>();
        var words = WORD.matcher(trimmed);
        while (words.find()) {
            String word = words.group();
            if (word.equals("AND") || word.equals("OR") || word.equals("NOT") || word.equals("TO")) {
                word = word.toLowerCase(java.util.Locale.ROOT); // a plain word, not an operator
            }
            terms.add(word.length() >= 3 ? "(" + word + " OR " + word + "*)" : word);
        }
        return terms.isEmpty() ? trimmed : String.join(" ", terms);
    }

    /** Neo4j's refusal of a query Lucene cannot parse, as the client's mistake, with Lucene's reason and no Java in it. */
    static RuntimeException refusal(ClientException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        var lucene = java.util.regex.Pattern.compile("(ParseException|TokenMgrError): ").matcher(message);
        if (!lucene.find()) {
            return e;
        }
        String reason = message.substring(lucene.end());
        int colon = reason.indexOf("': ");
        if (reason.startsWith("Cannot parse '") && colon > 0) {
            reason = reason.substring(colon + 3);
        }
        reason = reason.replaceAll("\\s+", " ").strip();
        if (reason.length() > 200) {
            reason = reason.substring(0, 200) + "...";
        }
        return new InvalidArgumentException("text is not valid Lucene query syntax (" + reason + "); plain words always work; "
                + "put phrases in double quotes and escape + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / with a backslash");
    }
}
