package org.landcarbon.model.persistence;

import java.nio.file.Path;

/**
 * A save refused because the file on disk is no longer the one the study was read from: another
 * program (or command) saved it meanwhile, and writing now would silently drop its change.
 */
public class StudyChangedException extends StudyFileException {

    private static final long serialVersionUID = 1L;

    public StudyChangedException(Path file, boolean deleted) {
        super(file, "the study changed on disk since it was read" + (deleted ? " (it was deleted or moved)" : " (another program saved it)")
                + "; nothing was saved. Read it again and redo the change", null);
    }
}
