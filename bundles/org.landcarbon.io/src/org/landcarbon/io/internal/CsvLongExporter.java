package org.landcarbon.io.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.landcarbon.io.StudyExporter;
import org.landcarbon.model.Study;
import org.osgi.service.component.annotations.Component;

/** CSV, one row per series and year: year, series, value, unit. */
@Component(service = StudyExporter.class)
public final class CsvLongExporter implements StudyExporter {

    @Override
    public String id() {
        return "csv-long";
    }

    @Override
    public String name() {
        return "CSV, one row per value (year, series, value, unit)";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void export(Study study, Path file) throws IOException {
        ExportTable table = ExportTable.of(study);
        ExportTable.writeAtomically(file, out -> CsvExporters.writeLong(table, out));
    }
}
