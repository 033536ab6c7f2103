package org.landcarbon.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.model.Study;
import org.osgi.service.component.annotations.Component;

/** CSV with one row per year and one column per series. */
@Component(service = StudyImporter.class)
public final class CsvWideImporter implements StudyImporter {

    @Override
    public String id() {
        return "csv-wide";
    }

    @Override
    public String name() {
        return "CSV, one row per year, one column per series";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv", "txt", "tsv");
    }

    @Override
    public int recognize(Path file) {
        if (!StudyImporter.hasExtension(file, fileExtensions())) {
            return 0;
        }
        return CsvTables.firstRow(file).map(LongLayout::looksLong).orElse(false) ? 5 : 20;
    }

    @Override
    public ImportPreview preview(Path file, Study study) {
        Problems problems = new Problems();
        List<RawValue> raws = new ArrayList<>();
        CsvTables.read(file, problems).ifPresent(t -> WideLayout.parse(t, study, problems, raws));
        return ImportPlanner.plan(file, id(), study, raws, problems);
    }
}
