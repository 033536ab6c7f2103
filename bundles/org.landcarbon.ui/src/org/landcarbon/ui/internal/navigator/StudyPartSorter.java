package org.landcarbon.ui.internal.navigator;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/** Keeps a study's parts in the study's own order (groups as the editor's pages, elements as stored), not alphabetical. */
public final class StudyPartSorter extends ViewerComparator {

    @Override
    public int compare(Viewer viewer, Object a, Object b) {
        if (a instanceof StudyPart p && b instanceof StudyPart q) {
            // Sorting is stable: equal elements keep the content provider's order.
            return Integer.compare(p.kind().ordinal(), q.kind().ordinal());
        }
        return 0;
    }
}
