package org.landcarbon.io.internal;

import org.landcarbon.io.StudyImporter;
import org.osgi.service.component.annotations.Component;

/** CSV with one row per year and one column per series. */
@Component(service = StudyImporter.class)
public final class CsvWideImporter extends CsvLayoutImporter {

    public CsvWideImporter() {
        super("csv-wide", "CSV, one row per year, one column per series", (table, study, problems, out, ranges) -> WideLayout.parse(table, study, problems, out), 5, 20);
    }
}
