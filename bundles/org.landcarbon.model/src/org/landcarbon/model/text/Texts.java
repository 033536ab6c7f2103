package org.landcarbon.model.text;

import java.util.regex.Pattern;

/** Short, safe texts for messages: quoted cells of bounded length, no internal class names. */
public final class Texts {

    /** The most characters of an input cell a message quotes. */
    public static final int QUOTE_LIMIT = 80;

    // "com.fasterxml.aalto.WFCException: " or "java.io.IOException: " at the start of a message or after ": "
    private static final Pattern CLASS_PREFIX = Pattern.compile("(^|(?<=: ))(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error):\\s*");

    private Texts() {
    }

    /**
     * The text in single quotes, cut to {@link #QUOTE_LIMIT} characters with its full length said, so that
     * a message about a 200 MB cell is one short line: {@code '123456...' (2,000,000 characters)}.
     */
    public static String quote(String text) {
        if (text == null) {
            return "''";
        }
        String t = text.strip();
        if (t.length() <= QUOTE_LIMIT) {
            return "'" + t + "'";
        }
        return "'" + t.substring(0, QUOTE_LIMIT) + "...' (" + String.format("%,d", t.length()) + " characters)";
    }

    /** The text cut to {@link #QUOTE_LIMIT} characters (no quotes), for headers and names in messages. */
    public static String cut(String text) {
        if (text == null || text.length() <= QUOTE_LIMIT) {
            return text;
        }
        return text.substring(0, QUOTE_LIMIT) + "... (" + String.format("%,d", text.length()) + " characters)";
    }

    /** A parser's or library's message without the Java class names it starts with (they mean nothing to a user). */
    public static String withoutClassNames(String message) {
        if (message == null) {
            return null;
        }
        return CLASS_PREFIX.matcher(message).replaceAll("");
    }
}
