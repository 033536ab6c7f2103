package org.landcarbon.io;

import java.io.IOException;
import java.nio.file.Path;

import org.landcarbon.model.Study;

/**
 * Writes a study's yearly series to a file. Contribute one as an OSGi service
 * ({@code @Component(service = StudyExporter.class)}) and {@link StudyFormats} offers it.
 */
public interface StudyExporter {

    /** Short stable id used on the command line, e.g. {@code csv} or {@code xlsx}. */
    String id();

    /** A name for people. */
    String name();

    /** The extension of the files written, lower case without the dot. */
    String fileExtension();

    /**
     * Writes every series of the study, with its unit, for every study year (empty cells where a
     * value is missing). The file is replaced only when writing succeeded.
     */
    void export(Study study, Path file) throws IOException;
}
