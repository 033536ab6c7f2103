package org.landcarbon.ui.analysis.internal;


import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.landcarbon.analysis.study.StudyTables;
import org.landcarbon.analysis.study.StudyTables.Available;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFileException;
import org.landcarbon.model.persistence.StudyFiles;

/**
 * The study a selection points at: a *.landcarbon file, or any part of one (the navigator's study parts
 * adapt to their file), loaded from disk as saved, with the series it offers to analyses.
 */
public record StudySelection(IFile file, Study study, List<Available> available) {

    /** The selected study, or null when the selection holds none (or it cannot be read: {@code error}). */
    public static StudySelection of(ISelection selection, StringBuilder error) {
        if (!(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return null;
        }
        IFile file = Adapters.adapt(s.getFirstElement(), IFile.class);
        if (file == null || !"landcarbon".equals(file.getFileExtension()) || file.getLocation() == null) {
            return null;
        }
        return load(file, error);
    }

    public static StudySelection load(IFile file, StringBuilder error) {
        try {
            Study study = StudyFiles.load(file.getLocation().toPath());
            return new StudySelection(file, study, StudyTables.available(study));
        } catch (StudyFileException | RuntimeException e) {
            error.append(file.getName()).append(": ").append(e.getMessage());
            return null;
        }
    }
}
