package org.landcarbon.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IWorkbenchPage;
import org.landcarbon.model.Region;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Regions;

/**
 * What a study-bound view shows: the study in the active editor ({@link ActiveStudyEditor}) narrowed to the region
 * chosen in the Project Explorer ({@link RegionSelection}) when that region belongs to the editor's file. Every
 * chart view, the Account view and the Map view use this one rule; the study editor's pages use
 * {@link RegionSelection} for their own file. See docs/workbench.md, "Views follow the selected region".
 */
public final class ActiveStudyRegion {

    /** Between the names of a region path: "Guizhou › Zunyi". */
    public static final String SEPARATOR = " \u203a ";

    private final ActiveStudyEditor active;
    private final RegionSelection selection;

    /** {@code onChange} runs on the UI thread: at {@link #start()}, on a switch of editor or region, after every edit. */
    public ActiveStudyRegion(IWorkbenchPage page, Runnable onChange) {
        this.active = new ActiveStudyEditor(page, onChange);
        this.selection = new RegionSelection(page, onChange);
    }

    public void start() {
        selection.start();
        active.start();
    }

    public void dispose() {
        selection.dispose();
        active.dispose();
    }

    /** The followed study editor, or null when no study editor is active. */
    public IStudyEditor editor() {
        return active.editor();
    }

    /** The chosen subregion in the editor's study, null for the whole study (also when no editor is active). */
    public Region region() {
        IStudyEditor e = active.editor();
        return e == null ? null : selection.region(e.file(), e.study());
    }

    /**
     * A copy to compute on: the chosen region as a standalone study ({@link Regions#view}: its own series or the
     * sums of its parts), else a copy of the whole study; null when no study editor is active.
     */
    public Study copy() {
        IStudyEditor e = active.editor();
        if (e == null) {
            return null;
        }
        Region r = region();
        return r == null ? EcoreUtil.copy(e.study()) : Regions.view(e.study(), r);
    }

    /** The chosen region's path from the top ("Guizhou › Zunyi"), null for the whole study. */
    public String path() {
        Region r = region();
        return r == null ? null : path(r);
    }

    /** The names from the top region down to this one, joined by {@link #SEPARATOR}. */
    public static String path(Region region) {
        List<String> names = new ArrayList<>();
        for (Region r = region; r != null; r = Regions.parent(r).orElse(null)) {
            names.add(0, name(r));
        }
        return String.join(SEPARATOR, names);
    }

    /**
     * The part description of a view: the region path; "" for the whole study (the line then takes no room, which
     * the Account view needs at 1366 x 768).
     */
    public String description() {
        String p = path();
        return p == null ? "" : p;
    }

    private static String name(Region r) {
        if (r.getName() != null && !r.getName().isBlank()) {
            return r.getName().strip();
        }
        if (r.getNameZh() != null && !r.getNameZh().isBlank()) {
            return r.getNameZh().strip();
        }
        return r.getCode() == null ? "?" : r.getCode();
    }
}
