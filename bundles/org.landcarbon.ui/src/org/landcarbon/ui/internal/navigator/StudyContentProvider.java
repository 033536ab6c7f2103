package org.landcarbon.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.Region;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.study.Regions;
import org.landcarbon.ui.StudyCoefficients;
import org.landcarbon.ui.internal.navigator.StudyPart.Kind;

/** The parts of a study beneath its {@code *.landcarbon} file, refreshed when the file changes. */
public final class StudyContentProvider implements ITreeContentProvider, IResourceChangeListener {

    private static final Object[] NONE = new Object[0];

    private final StudyCache cache = new StudyCache();
    private StructuredViewer viewer;

    public StudyContentProvider() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    static boolean isStudy(Object o) {
        return o instanceof IFile f && StudyFiles.EXTENSION.equals(f.getFileExtension());
    }

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        viewer = v instanceof StructuredViewer s ? s : null;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (isStudy(parent)) {
            IFile file = (IFile) parent;
            Study study = cache.get(file).study();
            if (study == null) {
                return NONE;
            }
            List<Object> groups = new ArrayList<>(List.of(
                    StudyPart.group(file, Kind.CLASSES, study.getLandClassSystem() == null ? 0
                            : study.getLandClassSystem().getClasses().size()),
                    StudyPart.group(file, Kind.SERIES, study.getSeries().size()),
                    StudyPart.group(file, Kind.COEFFICIENTS, StudyCoefficients.effective(study).size()),
                    StudyPart.group(file, Kind.REPORTED, study.getReportedValues().size()),
                    StudyPart.group(file, Kind.SCENARIOS, study.getScenarios().size())));
            if (Regions.hasSubregions(study)) {
                groups.add(StudyPart.group(file, Kind.REGIONS, Regions.walk(study).size()));
            }
            return groups.toArray();
        }
        if (parent instanceof StudyPart part && part.kind() == Kind.REGION) {
            Region region = region(part);
            if (region == null) {
                return NONE;
            }
            return region.getSubregions().stream().map(r -> region(part.file(), part.key() + "/" + code(r), r)).toArray();
        }
        if (parent instanceof StudyPart part && part.kind() != Kind.ELEMENT) {
            Study study = cache.get(part.file()).study();
            return study == null ? NONE : children(part, study);
        }
        return NONE;
    }

    private static Object[] children(StudyPart group, Study study) {
        IFile file = group.file();
        List<StudyPart> out = new ArrayList<>();
        switch (group.kind()) {
            case CLASSES -> {
                if (study.getLandClassSystem() != null) {
                    for (LandClass c : study.getLandClassSystem().getClasses()) {
                        out.add(StudyPart.element(file, Kind.CLASSES, c.getId(), c));
                    }
                }
            }
            case SERIES -> {
                for (Series s : study.getSeries()) {
                    out.add(StudyPart.element(file, Kind.SERIES, s.getId(), s));
                }
            }
            case COEFFICIENTS -> {
                for (Coefficient c : StudyCoefficients.effective(study)) {
                    out.add(StudyPart.element(file, Kind.COEFFICIENTS, c.getKey(), c));
                }
            }
            case SCENARIOS -> {
                for (Scenario s : study.getScenarios()) {
                    out.add(StudyPart.element(file, Kind.SCENARIOS, s.getName(), s));
                }
            }
            case REGIONS -> {
                if (study.getRegion() != null) {
                    out.add(region(file, code(study.getRegion()), study.getRegion()));
                }
            }
            default -> {
                // reported values are a table: the editor shows them, the tree only counts them
            }
        }
        return out.toArray();
    }

    private static StudyPart region(IFile file, String path, Region r) {
        return StudyPart.region(file, path, r, r.getSubregions().size());
    }

    private static String code(Region r) {
        return r.getCode() == null ? "" : r.getCode();
    }

    /** The region a REGION node stands for in the study as it is now (the file may have been reloaded). */
    private Region region(StudyPart part) {
        Study study = cache.get(part.file()).study();
        if (study == null) {
            return null;
        }
        String[] path = part.key().split("/", -1);
        return Regions.find(study, path[path.length - 1]).orElse(null);
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof StudyPart part && part.kind() == Kind.REGION) {
            int slash = part.key().lastIndexOf('/');
            if (slash < 0) {
                return StudyPart.group(part.file(), Kind.REGIONS, 0);
            }
            String parentPath = part.key().substring(0, slash);
            Study study = cache.get(part.file()).study();
            Region parent = study == null ? null : Regions.find(study, parentPath.substring(parentPath.lastIndexOf('/') + 1)).orElse(null);
            return parent == null ? StudyPart.group(part.file(), Kind.REGIONS, 0) : region(part.file(), parentPath, parent);
        }
        if (element instanceof StudyPart part) {
            return part.kind() == Kind.ELEMENT ? StudyPart.group(part.file(), part.group(), 0) : part.file();
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (isStudy(element)) {
            return true;
        }
        return element instanceof StudyPart part && part.kind() != Kind.ELEMENT && part.kind() != Kind.REPORTED
                && part.count() > 0;
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        List<IFile> changed = new ArrayList<>();
        try {
            event.getDelta().accept(delta -> {
                IResource r = delta.getResource();
                if (isStudy(r) && (delta.getKind() == IResourceDelta.CHANGED || delta.getKind() == IResourceDelta.REMOVED)) {
                    cache.forget((IFile) r);
                    if (delta.getKind() == IResourceDelta.CHANGED) {
                        changed.add((IFile) r);
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            return;
        }
        StructuredViewer v = viewer;
        if (changed.isEmpty() || v == null) {
            return;
        }
        Control control = v.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                for (IFile f : changed) {
                    v.refresh(f, true);
                }
            }
        });
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        cache.clear();
    }
}
