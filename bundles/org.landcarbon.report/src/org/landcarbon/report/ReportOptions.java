package org.landcarbon.report;

import java.util.List;
import java.util.Locale;

/**
 * What a report covers: the scenarios (null = all of the study, empty = none) and the language ("en" or
 * "zh") of its headings, captions and labels.
 */
public record ReportOptions(List<String> scenarios, String language) {

    public static final List<String> LANGUAGES = List.of("en", "zh");

    public ReportOptions {
        scenarios = scenarios == null ? null : List.copyOf(scenarios);
        language = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be en or zh, got '" + language + "'");
        }
    }

    public static ReportOptions defaults() {
        return new ReportOptions(null, "en");
    }
}
