package org.landcarbon.io.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.landcarbon.io.StudyExporter;
import org.landcarbon.model.Study;
import org.osgi.service.component.annotations.Component;

/** CSV, one row per year, one column per series with its unit in the header. */
@Component(service = StudyExporter.class)
public final class CsvWideExporter implements StudyExporter {

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String name() {
        return "CSV, one row per year, one column per series";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void export(Study study, Path file) throws IOException {
        ExportTable table = ExportTable.of(study);
        ExportTable.writeAtomically(file, out -> CsvExporters.writeWide(table, out));
    }
}
