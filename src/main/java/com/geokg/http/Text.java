package com.geokg.http;

import java.util.regex.Pattern;

/** Messages fit for clients: no Java names, bounded length. */
final class Text {

    /** Fully qualified Java names ({@code com.geokg.x.Y}, {@code java.lang.String}), as some library messages carry them. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:java|javax|jakarta|com|org|io|graphql|sun)(?:\\.[A-Za-z_$][\\w$]*){2,}");
    private static final int MAX = 400;

    private Text() {
    }

    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "the request could not be processed";
        }
        return shorten(JAVA_NAME.matcher(message).replaceAll("a value"), MAX);
    }

    static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
