package org.landcarbon.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Scenarios side by side: each one's yearly account and key figures, and its differences to a
 * reference scenario (the first unless chosen). Immutable; {@link ScenarioComparer#recompute}
 * gives the comparison after a scenario changed, which is what an editor redraws from.
 */
public final class Comparison {

    private final List<ScenarioResult> results;
    private final int referenceIndex;
    private final ComparisonSettings settings;

    public Comparison(List<ScenarioResult> results, int referenceIndex, ComparisonSettings settings) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one scenario");
        }
        if (referenceIndex < 0 || referenceIndex >= results.size()) {
            throw new IllegalArgumentException("reference index " + referenceIndex + " out of range");
        }
        this.results = List.copyOf(results);
        this.referenceIndex = referenceIndex;
        this.settings = settings;
    }

    public List<ScenarioResult> results() {
        return results;
    }

    public ScenarioResult reference() {
        return results.get(referenceIndex);
    }

    public ComparisonSettings settings() {
        return settings;
    }

    public Optional<ScenarioResult> result(String label) {
        return results.stream().filter(r -> r.label().equals(label)).findFirst();
    }

    /** The unit of the net emission paths (the reference's). */
    public String unit() {
        return reference().account().unit();
    }

    /** Every year any scenario has a net emission for, ascending. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        results.forEach(r -> years.addAll(r.account().net().asMap().keySet()));
        return years;
    }

    /** Net emission of a scenario minus the reference's, over the years both have. */
    public YearSeries netDifference(ScenarioResult r) {
        return r.account().net().combine(reference().account().net(), (a, b) -> a - b);
    }

    /** A component of a scenario minus the reference's, over the years both have (empty when one lacks it). */
    public YearSeries componentDifference(ScenarioResult r, String component) {
        YearSeries mine = r.account().components().get(component);
        YearSeries ref = reference().account().components().get(component);
        return mine == null || ref == null ? YearSeries.empty() : mine.combine(ref, (a, b) -> a - b);
    }

    /** The component ids any scenario's account has, in first-seen order. */
    public List<String> components() {
        List<String> ids = new ArrayList<>();
        for (ScenarioResult r : results) {
            r.account().components().keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        }
        return ids;
    }

    /** The net emission of a scenario in a year, if its path reaches it. */
    public static OptionalDouble net(ScenarioResult r, int year) {
        return r.account().net().get(year);
    }

    /** This comparison with one result replaced (matched by label), the reference kept. */
    public Comparison with(ScenarioResult updated) {
        List<ScenarioResult> list = new ArrayList<>(results);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).label().equals(updated.label())) {
                list.set(i, updated);
                return new Comparison(list, referenceIndex, settings);
            }
        }
        throw new IllegalArgumentException("no scenario '" + updated.label() + "' in this comparison");
    }
}
