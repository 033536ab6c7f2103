package org.landcarbon.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.study.UncertaintyColumns;

/**
 * The series ranges read from the rows of one import, one per series: a range may be given on one row of a
 * series or repeated on several, and repeated ranges must agree (across the sheets of a workbook too). A region
 * import keeps one range per region and series.
 */
public final class RawRanges {

    /**
     * A range as a row gave it first: where, for messages and the provenance.
     *
     * @param regionCode the region of a region import, {@code null} for the study's own series
     */
    public record Given(String regionCode, String seriesId, Uncertainty range, String source, int row, int column,
            String header, String provenance) {

        /** E.g. {@code area.forest} or {@code area.forest of region 520102}. */
        public String subject() {
            return regionCode == null ? seriesId : seriesId + " of region " + regionCode;
        }
    }

    private final Map<String, Given> bySeries = new LinkedHashMap<>();

    /** Records a row's range, or reports at its distribution cell that it differs from the series' earlier one. */
    public void add(Given given, Problems problems) {
        Given earlier = bySeries.putIfAbsent(given.regionCode() + "|" + given.seriesId(), given);
        if (earlier != null && !EcoreUtil.equals(earlier.range(), given.range())) {
            String where = earlier.source().equals(given.source()) ? "row " + earlier.row()
                    : earlier.source() + ", row " + earlier.row();
            problems.error(given.source(), given.row(), given.column(), given.header(), "the range of " + given.subject()
                    + " (" + UncertaintyColumns.describe(given.range(), true) + ") differs from the one of " + where + " ("
                    + UncertaintyColumns.describe(earlier.range(), true) + "): a series has one range for all its values");
        }
    }

    public List<Given> list() {
        return new ArrayList<>(bySeries.values());
    }
}
