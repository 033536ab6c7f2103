package org.landcarbon.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.landcarbon.model.Study;

/**
 * Reads yearly series from a file into a study. Contribute one as an OSGi service (for example with
 * {@code @Component(service = StudyImporter.class)}) and {@link StudyFormats} offers it: an
 * institution adds its own format in a bundle of its own.
 *
 * <p>An importer never changes the study in {@link #preview}: it computes every value and every
 * problem first; {@link ImportPreview#applyTo} then writes all values or none.
 */
public interface StudyImporter {

    /** Short stable id used on the command line, e.g. {@code csv-wide}. */
    String id();

    /** A name for people, e.g. "CSV, one row per year". */
    String name();

    /** File name extensions this importer reads, lower case without the dot, e.g. {@code csv}. */
    List<String> fileExtensions();

    /**
     * How sure this importer is that it reads {@code file}, 0 (not at all) to 100; used to choose
     * between importers of the same extension. The default answers by extension alone.
     */
    default int recognize(Path file) {
        return hasExtension(file, fileExtensions()) ? 10 : 0;
    }

    /**
     * Reads the file against the study: which values it would write (with units converted to the
     * study's) and every problem found. Never throws for a bad file, never modifies the study.
     */
    ImportPreview preview(Path file, Study study);

    /** Writes a problem-free preview into the study; see {@link ImportPreview#applyTo}. */
    default void apply(ImportPreview preview, Study study) throws ImportException {
        preview.applyTo(study);
    }

    static boolean hasExtension(Path file, List<String> extensions) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> name.endsWith("." + e));
    }
}
