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
import org.landcarbon.model.study.Regions;

/**
 * The study a selection points at: a *.landcarbon file, or any part of one (the navigator's study parts
 * adapt to their file), loaded from disk as saved, with the series it offers to analyses. A subregion of the
 * region tree selected gives that region's {@link Regions#view} (its own series or the sums of its parts), as
 * the other views do (docs/workbench.md, "Views follow the selected region"); {@code region} is then its label,
 * else null.
 */
public record StudySelection(IFile file, Study study, List<Available> available, String region) {

    /** The selected study, or null when the selection holds none (or it cannot be read: {@code error}). */
    public static StudySelection of(ISelection selection, StringBuilder error) {
        if (!(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return null;
        }
        IFile file = Adapters.adapt(s.getFirstElement(), IFile.class);
        if (file == null || !"landcarbon".equals(file.getFileExtension()) || file.getLocation() == null) {
            return null;
        }
        StudySelection whole = load(file, error);
        org.landcarbon.model.Region chosen = Adapters.adapt(s.getFirstElement(), org.landcarbon.model.Region.class);
        if (whole == null || chosen == null) {
            return whole;
        }
        org.landcarbon.model.Region region = Regions.find(whole.study(), chosen.getCode()).orElse(null);
        if (region == null || Regions.isTop(whole.study(), region)) {
            return whole;
        }
        Study view = Regions.view(whole.study(), region);
        return new StudySelection(file, view, StudyTables.available(view), Regions.label(region));
    }

    public static StudySelection load(IFile file, StringBuilder error) {
        try {
            Study study = StudyFiles.load(file.getLocation().toPath());
            return new StudySelection(file, study, StudyTables.available(study), null);
        } catch (StudyFileException | RuntimeException e) {
            error.append(file.getName()).append(": ").append(e.getMessage());
            return null;
        }
    }
}
