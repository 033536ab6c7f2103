package org.landcarbon.analysis.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What an analysis returns: which analysis ran, on what input, with which settings, its items in the
 * order a reader should see them, and notes (caveats, conventions, warnings) in plain sentences.
 * Items and notes may be deferred ({@link Builder#defer}): built on the first call of {@link #items()},
 * {@link #item}, {@link #notes()} and the getters, once, so a panel of thousands of regions pays for the
 * tables and sentences of a region only when something reads them.
 */
public final class AnalysisResult {

    /** Keys a front end writes beside the items (e.g. in JSON), which items therefore cannot use. */
    public static final Set<String> RESERVED_KEYS = Set.of("analysis", "input", "settings", "units", "provenance", "notes");

    private final String analysisId;
    private final String input;
    private final Map<String, String> settings;
    /** Until first read: the items and notes added directly and the deferred adders (owned by this result). */
    private List<ResultItem> pendingItems;
    private List<String> pendingNotes;
    private List<Consumer<Builder>> pendingDeferred;
    private volatile List<ResultItem> items;
    private List<String> notes;

    private AnalysisResult(Builder b) {
        this.analysisId = b.analysisId;
        this.input = b.input;
        this.settings = b.frozenSettings != null ? b.frozenSettings
                : b.settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(b.settings));
        // the builder's lists are handed over, not copied; the builder copies them if it is used again
        b.shared = true;
        if (b.deferred == null) {
            this.notes = b.notes == null ? List.of() : Collections.unmodifiableList(b.notes);
            this.items = b.items == null ? List.of() : Collections.unmodifiableList(b.items);
        } else {
            this.pendingItems = b.items;
            this.pendingNotes = b.notes;
            this.pendingDeferred = b.deferred;
        }
    }

    /** Runs the deferred parts once; their key errors surface here, as they would have in {@link Builder#add}. */
    private List<ResultItem> complete() {
        List<ResultItem> done = items;
        if (done != null) {
            return done;
        }
        synchronized (this) {
            if (items == null) {
                Builder b = new Builder(analysisId); // on copies: the lists may still be the original builder's
                b.items = pendingItems == null ? null : new ArrayList<>(pendingItems);
                b.notes = pendingNotes == null ? null : new ArrayList<>(pendingNotes);
                for (Consumer<Builder> adder : pendingDeferred) {
                    adder.accept(b);
                }
                notes = b.notes == null ? List.of() : Collections.unmodifiableList(b.notes);
                items = b.items == null ? List.of() : Collections.unmodifiableList(b.items);
                pendingItems = null;
                pendingNotes = null;
                pendingDeferred = null;
            }
            return items;
        }
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
        return complete();
    }

    public List<String> notes() {
        complete();
        return notes;
    }

    public Optional<ResultItem> item(String key) {
        for (ResultItem i : complete()) {
            if (i.key().equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
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
        // created when first needed: a panel builds thousands of results, most with few parts
        private Map<String, String> settings;
        private Map<String, String> frozenSettings;
        private List<ResultItem> items;
        private List<String> notes;
        private List<Consumer<Builder>> deferred;
        /** The lists belong to a built result: copied before the next change. */
        private boolean shared;

        private Builder(String analysisId) {
            this.analysisId = analysisId;
        }

        private void own() {
            if (shared) {
                items = items == null ? null : new ArrayList<>(items);
                notes = notes == null ? null : new ArrayList<>(notes);
                deferred = deferred == null ? null : new ArrayList<>(deferred);
                shared = false;
            }
        }

        public Builder input(String description) {
            this.input = description;
            return this;
        }

        public Builder settings(Map<String, String> used) {
            if (settings == null) {
                settings = new LinkedHashMap<>();
            }
            if (frozenSettings != null) {
                settings.putAll(frozenSettings);
                frozenSettings = null;
            }
            settings.putAll(used);
            return this;
        }

        /**
         * The settings as an unmodifiable map that nobody changes afterwards, such as
         * {@link org.landcarbon.analysis.SettingsModel#describe} returns: kept as it is, without a copy.
         * Only for the first (and only) settings call of a builder; otherwise as {@link #settings(Map)}.
         *
         * @since 0.2
         */
        public Builder frozenSettings(Map<String, String> unmodifiable) {
            if (settings == null && frozenSettings == null) {
                frozenSettings = java.util.Objects.requireNonNull(unmodifiable, "settings");
                return this;
            }
            return settings(unmodifiable);
        }

        public Builder add(ResultItem item) {
            String key = item.key();
            if (RESERVED_KEYS.contains(key)) {
                throw new IllegalArgumentException("result key '" + key + "' is reserved");
            }
            own();
            if (items == null) {
                items = new ArrayList<>();
            }
            // a linear scan: results have tens of items, a map per result cost more than it saved
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).key().equals(key)) {
                    throw new IllegalArgumentException("result key '" + key + "' used twice");
                }
            }
            items.add(item);
            return this;
        }

        /**
         * Items and notes added later, by {@code adder} on this builder, when the result is first read (and
         * never if it is not): their order is after the items added directly, in the order of the defer calls.
         * The adder runs at most once, possibly on another thread, so it may only read values that no one
         * changes after {@link #build()}: the analysis' own arrays, the input table, copies of settings fields,
         * never the settings object itself. An exception it throws reaches the reader. Numbers that must be
         * checked (finite, in range) are checked before {@code build()}, not in the adder.
         *
         * @since 0.2
         */
        public Builder defer(Consumer<Builder> adder) {
            java.util.Objects.requireNonNull(adder, "adder");
            own();
            if (deferred == null) {
                deferred = new ArrayList<>(1);
            }
            deferred.add(adder);
            return this;
        }

        public Builder note(String sentence) {
            own();
            if (notes == null) {
                notes = new ArrayList<>(2);
            }
            notes.add(sentence);
            return this;
        }

        public AnalysisResult build() {
            return new AnalysisResult(this);
        }
    }
}
