package org.landcarbon.ui.internal.navigator;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.EObject;

/**
 * A node beneath a study file in the Project Explorer: a group (land classes, series, ...) or one
 * element of the study. Equal nodes stay equal across reloads (file, kind and a stable key), so the
 * tree keeps its expansion when the file changes.
 */
public final class StudyPart implements IAdaptable {

    /** What a node stands for; groups name the editor page that shows them. */
    public enum Kind {
        CLASSES, SERIES, COEFFICIENTS, REPORTED, SCENARIOS, ELEMENT,
        /** The region tree (shown when the study has subregions) and one region in it, keyed by its code path. */
        REGIONS, REGION
    }

    private final IFile file;
    private final Kind kind;
    private final Kind group;
    private final String key;
    private final EObject element;
    private final int count;

    private StudyPart(IFile file, Kind kind, Kind group, String key, EObject element, int count) {
        this.file = file;
        this.kind = kind;
        this.group = group;
        this.key = key;
        this.element = element;
        this.count = count;
    }

    static StudyPart group(IFile file, Kind kind, int count) {
        return new StudyPart(file, kind, kind, kind.name(), null, count);
    }

    /** A region of the tree; {@code count} is its number of subregions, {@code path} the codes from the top down. */
    static StudyPart region(IFile file, String path, EObject region, int count) {
        return new StudyPart(file, Kind.REGION, Kind.REGIONS, path, region, count);
    }

    /** The codes from the top region down to this one, joined by '/' (REGION nodes only). */
    String key() {
        return key;
    }

    static StudyPart element(IFile file, Kind group, String key, EObject element) {
        return new StudyPart(file, Kind.ELEMENT, group, key, element, 0);
    }

    public IFile file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    /** The group this node is in (itself for a group): decides which editor page opens. */
    public Kind group() {
        return group;
    }

    /** The study element of an ELEMENT node (a land class, series, coefficient, scenario); null for groups. */
    public EObject element() {
        return element;
    }

    public int count() {
        return count;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter.isInstance(file)) {
            return adapter.cast(file);
        }
        if (element != null && adapter.isInstance(element)) {
            return adapter.cast(element);
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StudyPart p && p.file.equals(file) && p.kind == kind && p.group == group
                && p.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, kind, group, key);
    }

    @Override
    public String toString() {
        return file.getName() + "/" + group + "/" + key;
    }
}
