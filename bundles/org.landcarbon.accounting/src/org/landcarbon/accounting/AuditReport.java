package org.landcarbon.accounting;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.landcarbon.model.units.Quantity;

/**
 * A study's reported figures checked two ways: each reported component beside the computed one, and each
 * reported total against its own reported parts (sinks_total = sum of sinks, sources_total = sum of sources,
 * net = sources_total - sinks_total) within the rounding of the publication.
 */
public record AuditReport(String studyName, List<Comparison> comparisons, List<TotalCheck> totalChecks) {

    public AuditReport {
        comparisons = List.copyOf(comparisons);
        totalChecks = List.copyOf(totalChecks);
    }

    /**
     * A reported component beside the computed one (both in t C); {@code computed} is missing with its reason when
     * the account has no value, {@code difference} = computed - reported.
     */
    public record Comparison(int year, String component, Quantity reported, String reportedSource, Figure computed,
            Quantity difference, Double relativeDifference) {
    }

    /**
     * A reported total against the sum of its reported parts, in the unit the figures were reported in.
     *
     * @param expected the value the parts give (sum of parts, or sources - sinks for net)
     * @param tolerance the rounding allowance: half a unit of the last reported decimal per figure involved
     */
    public record TotalCheck(int year, String total, Quantity reported, Quantity expected, List<String> parts, Quantity difference,
            double tolerance, boolean consistent, String note) {
    }

    /** Years with at least one reported total that disagrees with its parts. */
    public SortedSet<Integer> inconsistentYears() {
        SortedSet<Integer> years = new TreeSet<>();
        for (TotalCheck c : totalChecks) {
            if (!c.consistent()) {
                years.add(c.year());
            }
        }
        return years;
    }
}
