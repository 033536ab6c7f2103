package org.landcarbon.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.model.Study;
import org.osgi.service.component.annotations.Component;

/**
 * An Excel workbook: every sheet with content is read, each in the wide or the long layout (told
 * apart by its first row, as in the CSV formats).
 */
@Component(service = StudyImporter.class)
public final class XlsxImporter implements StudyImporter {

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String name() {
        return "Excel workbook (.xlsx), each sheet wide or long";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xlsx");
    }

    @Override
    public ImportPreview preview(Path file, Study study) {
        Problems problems = new Problems();
        List<RawValue> raws = new ArrayList<>();
        RawRanges ranges = new RawRanges();
        for (CellTable table : XlsxTables.read(file, problems)) {
            if (LongLayout.looksLong(table.rows().get(0))) {
                LongLayout.parse(table, study, problems, raws, ranges);
            } else {
                WideLayout.parse(table, study, problems, raws);
            }
        }
        return ImportPlanner.plan(file, id(), study, raws, ranges, problems);
    }
}
