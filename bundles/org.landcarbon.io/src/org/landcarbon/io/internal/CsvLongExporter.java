package org.landcarbon.io.internal;

import org.landcarbon.io.StudyExporter;
import org.osgi.service.component.annotations.Component;

/** CSV, one row per series and year: year, series, value, unit. */
@Component(service = StudyExporter.class)
public final class CsvLongExporter extends TableExporter {

    public CsvLongExporter() {
        super("csv-long", "CSV, one row per value (year, series, value, unit)", "csv", CsvExporters::writeLong);
    }
}
