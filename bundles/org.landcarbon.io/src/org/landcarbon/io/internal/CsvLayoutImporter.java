package org.landcarbon.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.model.Study;

/**
 * A CSV importer reading one layout. The long and the wide CSV importers differ only in their id,
 * name, layout and how sure they are of a file, told by whether its first row looks long.
 */
abstract class CsvLayoutImporter implements StudyImporter {

    /** Reads the values of a table in one layout: {@link LongLayout#parse} or {@link WideLayout#parse}. */
    @FunctionalInterface
    interface Layout {
        void parse(CellTable table, Study study, Problems problems, List<RawValue> out, RawRanges ranges);
    }

    private static final List<String> EXTENSIONS = List.of("csv", "txt", "tsv");

    private final String id;
    private final String name;
    private final Layout layout;
    private final int scoreIfLong;
    private final int scoreIfWide;

    CsvLayoutImporter(String id, String name, Layout layout, int scoreIfLong, int scoreIfWide) {
        this.id = id;
        this.name = name;
        this.layout = layout;
        this.scoreIfLong = scoreIfLong;
        this.scoreIfWide = scoreIfWide;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> fileExtensions() {
        return EXTENSIONS;
    }

    @Override
    public final int recognize(Path file) {
        if (!StudyImporter.hasExtension(file, fileExtensions())) {
            return 0;
        }
        return CsvTables.firstRow(file).map(LongLayout::looksLong).orElse(false) ? scoreIfLong : scoreIfWide;
    }

    @Override
    public final ImportPreview preview(Path file, Study study) {
        Problems problems = new Problems();
        List<RawValue> raws = new ArrayList<>();
        RawRanges ranges = new RawRanges();
        CsvTables.read(file, problems).ifPresent(t -> layout.parse(t, study, problems, raws, ranges));
        return ImportPlanner.plan(file, id(), study, raws, ranges, problems);
    }
}
