package org.landcarbon.ui;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.landcarbon.model.Region;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Regions;

/**
 * The region chosen in the Project Explorer: the last selected node that adapts to a {@link Region} (the region
 * tree's nodes do) together with the study file it belongs to. Selecting anything else there (the study file, a
 * series, a group) chooses the whole study; an empty selection changes nothing. Regions are remembered by code,
 * so the choice survives a reload of the file and applies to the model an editor holds.
 */
public final class RegionSelection {

    private final IWorkbenchPage page;
    private final Runnable onChange;
    private IFile file;
    private String code;
    private final ISelectionListener listener = (part, selection) -> selected(selection);

    /** {@code onChange} runs on the UI thread whenever the chosen region (or file) changes. */
    public RegionSelection(IWorkbenchPage page, Runnable onChange) {
        this.page = page;
        this.onChange = onChange;
    }

    /** Starts listening and takes the Project Explorer's current selection (without telling the owner). */
    public void start() {
        page.addPostSelectionListener(IPageLayout.ID_PROJECT_EXPLORER, listener);
        ISelection now = page.getSelection(IPageLayout.ID_PROJECT_EXPLORER);
        if (now != null) {
            choose(now);
        }
    }

    public void dispose() {
        page.removePostSelectionListener(IPageLayout.ID_PROJECT_EXPLORER, listener);
    }

    /** The file of the chosen region, null when the whole study is chosen. */
    public IFile file() {
        return file;
    }

    /** The code of the chosen region, null when the whole study is chosen. */
    public String code() {
        return code;
    }

    /**
     * The chosen region in {@code study} (held in {@code of}): null when the choice is another file's, the whole
     * study, the top region (which is the whole), or a code the study no longer has.
     */
    public Region region(IFile of, Study study) {
        if (code == null || study == null || !Objects.equals(of, file)) {
            return null;
        }
        Region r = Regions.find(study, code).orElse(null);
        return r == null || Regions.isTop(study, r) ? null : r;
    }

    private void selected(ISelection selection) {
        if (choose(selection)) {
            onChange.run();
        }
    }

    // True when the choice changed.
    private boolean choose(ISelection selection) {
        Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
        if (first == null) {
            return false;
        }
        Region region = Adapters.adapt(first, Region.class);
        IFile f = region == null ? null : Adapters.adapt(first, IFile.class);
        String c = f == null ? null : region.getCode();
        if (Objects.equals(f, file) && Objects.equals(c, code)) {
            return false;
        }
        file = c == null ? null : f;
        code = c;
        return true;
    }
}
