package org.landcarbon.io;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.study.UncertaintyColumns;

/**
 * The relative uncertainty an import would set on a series (docs/import-export.md, "Ranges"). The import
 * replaces the series' range; a series the file gives no range for keeps its own.
 *
 * @param seriesId   e.g. {@code area.forest}
 * @param range      the range to set, percent of each value (a copy: changing it changes nothing)
 * @param previous   the series' range now, {@code null} when none or the series is new (a copy)
 * @param provenance {@code FILE:ROW} of the first row giving the range
 * @since 0.1.1
 */
public record RangeChange(String seriesId, Uncertainty range, Uncertainty previous, String provenance) {

    public RangeChange {
        range = EcoreUtil.copy(range);
        previous = previous == null ? null : EcoreUtil.copy(previous);
    }

    /** True when the series already has exactly this range. */
    public boolean unchanged() {
        return previous != null && EcoreUtil.equals(previous, range);
    }

    /** E.g. {@code uniform -5 .. 5 % (Landsat accuracy report)}. */
    public String describe() {
        return UncertaintyColumns.describe(range, true);
    }

    /** {@link #describe()} with what it does to the series' range now, e.g. {@code ..., replaces normal sd 3 % (survey)}. */
    public String describeChange() {
        return describe() + (unchanged() ? ", unchanged" : previous == null ? "" : ", replaces "
                + UncertaintyColumns.describe(previous, true));
    }
}
