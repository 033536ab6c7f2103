package org.landcarbon.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The report's headings, captions and labels in English or Chinese (texts.properties, texts_zh.properties). */
final class Texts {

    private final Properties english = load("texts.properties");
    private final Properties chosen;
    private final String language;

    private Texts(String language) {
        this.language = language;
        this.chosen = language.equals("zh") ? load("texts_zh.properties") : english;
    }

    static Texts of(String language) {
        return new Texts(language);
    }

    boolean chinese() {
        return language.equals("zh");
    }

    /** The text of a key with {0}, {1}, ... filled in; a key missing in Chinese falls back to English. */
    String get(String key, Object... args) {
        String pattern = chosen.getProperty(key, english.getProperty(key));
        if (pattern == null) {
            throw new IllegalArgumentException("no report text '" + key + "'");
        }
        // numbers arrive formatted (years must not read 2,005)
        Object[] text = java.util.Arrays.stream(args).map(String::valueOf).toArray();
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(text);
    }

    /** The text of a key if there is one, else null. */
    String optional(String key) {
        return chosen.getProperty(key, english.getProperty(key));
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " in the report bundle");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
