package org.landcarbon.io.internal;

import org.landcarbon.io.StudyExporter;
import org.osgi.service.component.annotations.Component;

/** CSV, one row per year, one column per series with its unit in the header. */
@Component(service = StudyExporter.class)
public final class CsvWideExporter extends TableExporter {

    public CsvWideExporter() {
        super("csv", "CSV, one row per year, one column per series", "csv", CsvExporters::writeWide);
    }
}
