package org.landcarbon.io.internal;

import org.landcarbon.io.StudyImporter;
import org.osgi.service.component.annotations.Component;

/** CSV with one row per value: year, series, value, unit. */
@Component(service = StudyImporter.class)
public final class CsvLongImporter extends CsvLayoutImporter {

    public CsvLongImporter() {
        super("csv-long", "CSV, one row per value (year, series, value, unit)", LongLayout::parse, 30, 5);
    }
}
