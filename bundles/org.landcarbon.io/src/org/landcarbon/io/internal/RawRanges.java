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
 * series or repeated on several, and repeated ranges must agree (across the sheets of a workbook too).
 */
public final class RawRanges {

    /** A range as a row gave it first: where, for messages and the provenance. */
    public record Given(String seriesId, Uncertainty range, String source, int row, int column, String header,
            String provenance) {
    }

    private final Map<String, Given> bySeries = new LinkedHashMap<>();

    /** Records a row's range, or reports at its distribution cell that it differs from the series' earlier one. */
    public void add(Given given, Problems problems) {
        Given earlier = bySeries.putIfAbsent(given.seriesId(), given);
        if (earlier != null && !EcoreUtil.equals(earlier.range(), given.range())) {
            String where = earlier.source().equals(given.source()) ? "row " + earlier.row()
                    : earlier.source() + ", row " + earlier.row();
            problems.error(given.source(), given.row(), given.column(), given.header(), "the range of " + given.seriesId()
                    + " (" + UncertaintyColumns.describe(given.range(), true) + ") differs from the one of " + where + " ("
                    + UncertaintyColumns.describe(earlier.range(), true) + "): a series has one range for all its values");
        }
    }

    public List<Given> list() {
        return new ArrayList<>(bySeries.values());
    }
}
