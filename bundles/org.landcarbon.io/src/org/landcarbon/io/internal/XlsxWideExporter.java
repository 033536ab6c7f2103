package org.landcarbon.io.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.landcarbon.io.StudyExporter;
import org.landcarbon.model.Study;
import org.osgi.service.component.annotations.Component;

/** Excel workbook with one sheet in the wide layout. */
@Component(service = StudyExporter.class)
public final class XlsxWideExporter implements StudyExporter {

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String name() {
        return "Excel workbook (.xlsx), wide layout";
    }

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public void export(Study study, Path file) throws IOException {
        ExportTable table = ExportTable.of(study);
        ExportTable.writeAtomically(file, out -> XlsxExporters.writeWide(table, out));
    }
}
