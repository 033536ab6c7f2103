package org.landcarbon.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.landcarbon.io.StudyExporter;
import org.landcarbon.model.Study;

/**
 * An exporter that writes the study's {@link ExportTable} in one layout and file type. The four
 * built-in exporters differ only in their id, name, extension and writer, so they only name those.
 */
abstract class TableExporter implements StudyExporter {

    /** Writes a table to a stream: one of the {@link CsvExporters} or {@link XlsxExporters} methods. */
    @FunctionalInterface
    interface TableWriter {
        void write(ExportTable table, OutputStream out) throws IOException;
    }

    private final String id;
    private final String name;
    private final String extension;
    private final TableWriter writer;

    TableExporter(String id, String name, String extension, TableWriter writer) {
        this.id = id;
        this.name = name;
        this.extension = extension;
        this.writer = writer;
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
    public final String fileExtension() {
        return extension;
    }

    @Override
    public final void export(Study study, Path file) throws IOException {
        ExportTable table = ExportTable.of(study);
        ExportTable.writeAtomically(file, out -> writer.write(table, out));
    }
}
