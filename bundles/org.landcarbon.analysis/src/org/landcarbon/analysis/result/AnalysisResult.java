package org.landcarbon.analysis.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an analysis returns: which analysis ran, on what input, with which settings, its items in the
 * order a reader should see them, and notes (caveats, conventions, warnings) in plain sentences.
 */
public final class AnalysisResult {

    /** Keys a front end writes beside the items (e.g. in JSON), which items therefore cannot use. */
    public static final Set<String> RESERVED_KEYS = Set.of("analysis", "input", "settings", "units", "provenance", "notes");

    private final String analysisId;
    private final String input;
    private final Map<String, String> settings;
    private final List<ResultItem> items;
    private final List<String> notes;

    private AnalysisResult(Builder b) {
        this.analysisId = b.analysisId;
        this.input = b.input;
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(b.settings));
        this.items = List.copyOf(b.items.values());
        this.notes = List.copyOf(b.notes);
    }

    public static Builder builder(String analysisId) {
        return new Builder(analysisId);
    }

    public String analysisId() {
        return analysisId;
    }

    /** A description of the input, e.g. {@code net.csv (year 2005..2019; columns net)}. */
    public String input() {
        return input;
    }

    /** The settings the analysis ran with, by name, as text. */
    public Map<String, String> settings() {
        return settings;
    }

    public List<ResultItem> items() {
        return items;
    }

    public List<String> notes() {
        return notes;
    }

    public Optional<ResultItem> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The item of that key and kind; for tests and for code that knows the analysis. */
    public <T extends ResultItem> T get(String key, Class<T> kind) {
        ResultItem i = item(key).orElseThrow(() -> new IllegalArgumentException(analysisId + " has no result '" + key + "'"));
        return kind.cast(i);
    }

    public double scalar(String key) {
        return get(key, Scalar.class).value();
    }

    public static final class Builder {
        private final String analysisId;
        private String input = "";
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final Map<String, ResultItem> items = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String analysisId) {
            this.analysisId = analysisId;
        }

        public Builder input(String description) {
            this.input = description;
            return this;
        }

        public Builder settings(Map<String, String> used) {
            settings.putAll(used);
            return this;
        }

        public Builder add(ResultItem item) {
            if (RESERVED_KEYS.contains(item.key())) {
                throw new IllegalArgumentException("result key '" + item.key() + "' is reserved");
            }
            if (items.putIfAbsent(item.key(), item) != null) {
                throw new IllegalArgumentException("result key '" + item.key() + "' used twice");
            }
            return this;
        }

        public Builder note(String sentence) {
            notes.add(sentence);
            return this;
        }

        public AnalysisResult build() {
            return new AnalysisResult(this);
        }
    }
}
