package org.landcarbon.io;

import org.landcarbon.model.SeriesKind;

/**
 * One value an import would write: into an existing series or into one the import creates.
 *
 * @param seriesId      e.g. {@code area.forest}
 * @param kind          the series' kind (for a series the import creates)
 * @param subject       the class, crop, fuel or sector the series is about (for a series the import creates)
 * @param year          the year
 * @param value         the value in {@code unit}, after conversion from the file's unit
 * @param unit          the series' unit (the study's, or the file's for a new series)
 * @param fileValue     the value as the file has it
 * @param fileUnit      the unit the file gives
 * @param previous      the value the study holds now for that year, {@code null} when none
 * @param newSeries     true when the series does not exist in the study yet
 * @param provenance    {@code FILE:ROW}, kept with the value
 */
public record ValueChange(String seriesId, SeriesKind kind, String subject, int year, double value, String unit,
        double fileValue, String fileUnit, Double previous, boolean newSeries, String provenance) {

    /** True when the file's value was converted to the series' unit (not just spelled differently). */
    public boolean converted() {
        return Double.compare(value, fileValue) != 0;
    }

    /** True when the study already holds exactly this value. */
    public boolean unchanged() {
        return previous != null && previous.doubleValue() == value;
    }
}
