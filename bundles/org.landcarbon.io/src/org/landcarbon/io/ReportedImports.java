package org.landcarbon.io;

import org.landcarbon.io.internal.ReportedCsvImporter;

/**
 * Importing a publication's reported values (its table of emissions by component and year) into a
 * study's reported values, apart from its inputs. Not an OSGi {@link StudyImporter} service: a
 * reported value is nothing without its source, so the importer is made for one source.
 */
public final class ReportedImports {

    /** The format id, as {@code --format} takes it. */
    public static final String CSV_FORMAT = ReportedCsvImporter.FORMAT;

    private ReportedImports() {
    }

    /**
     * An importer for a CSV of reported values: {@code #} comment lines, then a header {@code year}
     * and one column per component, one row per year.
     *
     * @param source the citation, required
     * @param unit   the unit of every column, or {@code null} when the header gives each column's unit
     * @throws IllegalArgumentException when the source is blank or the unit is not a mass of carbon or CO2
     */
    public static StudyImporter csv(String source, String unit) {
        return new ReportedCsvImporter(source, unit);
    }
}
