package org.landcarbon.ui.internal.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.FileStamp;
import org.landcarbon.model.persistence.StudyChangedException;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.ui.IStudyEditor;
import org.landcarbon.ui.ModelLabels;

/**
 * The study editor: overview, land-use areas, activity data, coefficients and reported values of one
 * {@code *.landcarbon} file. Every change goes through one EMF command stack (undo, redo, dirty
 * marker); saving writes the file through {@link StudyFiles}, refused when another program changed the
 * file since it was read: then {@link DiskConflict} asks whether to update, overwrite or cancel.
 */
public final class StudyEditor extends FormEditor implements IEditingDomainProvider, IStudyEditor, org.eclipse.ui.ide.IGotoMarker {

    public static final String ID = "org.landcarbon.ui.editors.study";
    public static final String PAGE_OVERVIEW = "overview";
    public static final String PAGE_AREAS = "areas";
    public static final String PAGE_ACTIVITY = "activity";
    public static final String PAGE_COEFFICIENTS = "coefficients";
    public static final String PAGE_REPORTED = "reported";
    public static final String PAGE_STOCKS = "stocks";

    private AdapterFactoryEditingDomain domain;
    private Study study;
    private IFile file;
    /** What the file was when read or last saved here: a save expects to find it so. */
    private FileStamp stamp;
    private final DiskConflict conflict = new DiskConflict(this);
    private final java.util.Set<Object> stale = new java.util.HashSet<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = this::commandStackChanged;
    /** The region chosen in the Project Explorer: the grid pages show its own series when it is in this file. */
    private org.landcarbon.ui.RegionSelection regionSelection;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException(NLS.bind(Messages.notAStudyFile, input.getName()));
        }
        super.init(site, input);
        file = fileInput.getFile();
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
        load();
        stack.addCommandStackListener(stackListener);
        regionSelection = new org.landcarbon.ui.RegionSelection(site.getPage(), this::regionChanged);
        regionSelection.start();
        setPartName(file.getName());
        setTitleToolTip(file.getFullPath().toString());
        updateMarkers();
    }

    @Override
    public void setFocus() {
        super.setFocus();
        conflict.onFocus();
    }

    /** Validates the study and shows the diagnostics in the Problems view. */
    public int updateMarkers() {
        try {
            return StudyMarkers.update(file, study);
        } catch (CoreException | RuntimeException e) {
            org.eclipse.core.runtime.ILog.of(getClass()).error("Validating " + file.getFullPath() + " failed", e);
            return -1;
        }
    }

    /** Opens the page and selects the cell a problem marker is about. */
    @Override
    public void gotoMarker(org.eclipse.core.resources.IMarker marker) {
        String page = marker.getAttribute(StudyMarkers.PAGE, PAGE_OVERVIEW);
        showPage(page);
        int year = marker.getAttribute(StudyMarkers.YEAR, -1);
        String column = marker.getAttribute(StudyMarkers.COLUMN, null);
        if (getActivePageInstance() instanceof DensitiesPage densities && column != null) {
            densities.select(column);
            return;
        }
        GridPage grid = activeGrid();
        if (grid != null && year > 0 && column != null) {
            for (int i = 0; i < grid.columns().size(); i++) {
                GridColumn c = grid.columns().get(i);
                if ((c instanceof SeriesColumn sc && sc.seriesId().equals(column))
                        || (c instanceof ReportedColumn rc && rc.component().equals(column))) {
                    grid.focusCell(year, i);
                    return;
                }
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == org.eclipse.ui.ide.IGotoMarker.class) {
            return adapter.cast(this);
        }
        return super.getAdapter(adapter);
    }

    private void load() throws PartInitException {
        if (file.getLocation() == null) {
            throw new PartInitException(NLS.bind(Messages.notLocal, file.getFullPath()));
        }
        try {
            Study loaded = StudyFiles.load(file.getLocation().toPath());
            Resource resource = loaded.eResource();
            // The study keeps the resource it was read into; the editing domain adopts that resource.
            domain.getResourceSet().getResources().add(resource);
            study = loaded;
            stamp = StudyFiles.stampOf(loaded).orElse(null);
        } catch (IOException | RuntimeException e) {
            throw new PartInitException(NLS.bind(Messages.cannotRead, file.getFullPath(), e.getMessage()), e);
        }
    }

    @Override
    protected void addPages() {
        try {
            addPage(new OverviewPage(this));
            addPage(new GridPage(this, PAGE_AREAS, Messages.pageAreas, Messages.pageAreasIntro, Columns::areas));
            addPage(new GridPage(this, PAGE_ACTIVITY, Messages.pageActivity, Messages.pageActivityIntro, Columns::activity));
            addPage(new CoefficientsPage(this));
            addPage(new GridPage(this, PAGE_REPORTED, Messages.pageReported, Messages.pageReportedIntro, Columns::reported));
            addPage(new DensitiesPage(this));
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.editorError, null, e.getStatus());
        }
    }

    private void commandStackChanged(EventObject event) {
        Display display = getSite().getShell().getDisplay();
        // Command stacks notify on the thread that executed; pages and the dirty marker live on the UI thread.
        if (Display.getCurrent() == display) {
            afterChange();
        } else {
            display.asyncExec(this::afterChange);
        }
    }

    private void afterChange() {
        if (getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        refreshPages();
        for (Runnable r : changeListeners) {
            r.run();
        }
    }

    private void refreshPages() {
        // Only the page on screen refreshes now; the others when they are next shown.
        Object active = getActivePageInstance();
        for (Object page : pages) {
            if (page == active) {
                refresh(page);
            } else {
                stale.add(page);
            }
        }
    }

    private static void refresh(Object page) {
        if (page instanceof GridPage g) {
            g.refresh();
        } else if (page instanceof OverviewPage o) {
            o.refresh();
        } else if (page instanceof CoefficientsPage c) {
            c.refresh();
        } else if (page instanceof DensitiesPage d) {
            d.refresh();
        }
    }

    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        Object page = getActivePageInstance();
        if (stale.remove(page)) {
            refresh(page);
        }
    }

    /** Runs after every change to the study (edit, undo, redo, revert), on the UI thread. */
    @Override
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    @Override
    public Study study() {
        return study;
    }

    /** The subregion the grid pages show, null for the whole study (see {@link org.landcarbon.ui.RegionSelection}). */
    public org.landcarbon.model.Region region() {
        return regionSelection == null ? null : regionSelection.region(file, study);
    }

    private void regionChanged() {
        if (getContainer() != null && !getContainer().isDisposed()) {
            refreshPages();
        }
    }

    @Override
    public IFile file() {
        return file;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    EditingDomain domain() {
        return domain;
    }

    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            save();
        } catch (StudyChangedException e) {
            conflict.onSave();
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.saveFailedTitle, null,
                    Status.error(NLS.bind(Messages.saveFailed, file.getFullPath(), e.getMessage()), e));
        }
    }

    /**
     * Writes the study to its file; the model in the editor stays where it is.
     *
     * @throws StudyChangedException when the file on disk is no longer what this editor read or saved
     */
    public void save() throws IOException, CoreException {
        write(stamp);
    }

    /** Saves over whatever is on disk now (the user chose to overwrite another program's change). */
    void overwrite() throws IOException, CoreException {
        write(null);
    }

    private void write(FileStamp expected) throws IOException, CoreException {
        // StudyFiles.save puts the study it writes into a resource of its own: give it a copy.
        stamp = StudyFiles.save(EcoreUtil.copy(study), file.getLocation().toPath(), expected);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        firePropertyChange(PROP_DIRTY);
        updateMarkers();
    }

    @Override
    public void doSaveAs() {
        // one study, one file: Save As is not offered
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** Throws away unsaved changes and reads the file again. */
    public void revert() {
        try {
            Study reloaded = StudyFiles.load(file.getLocation().toPath());
            Resource resource = study.eResource();
            resource.getContents().set(0, reloaded);
            study = reloaded;
            stamp = StudyFiles.stampOf(reloaded).orElse(null);
            domain.getCommandStack().flush();
            afterChange();
        } catch (IOException | RuntimeException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.revertFailed, null,
                    Status.error(NLS.bind(Messages.cannotRead, file.getFullPath(), e.getMessage()), e));
        }
    }

    /** True when the file on disk is no longer what this editor read or last saved (cheap when unchanged). */
    boolean changedOnDisk() {
        if (stamp == null || file.getLocation() == null) {
            return false;
        }
        java.nio.file.Path path = file.getLocation().toPath();
        try {
            if (java.nio.file.Files.size(path) == stamp.size()
                    && java.nio.file.Files.getLastModifiedTime(path).toMillis() == stamp.modified()) {
                return false;
            }
            FileStamp now = FileStamp.current(path);
            if (now == null) {
                return false; // deleted: nothing to read in; a save reports it
            }
            if (stamp.sameContent(now)) {
                stamp = now; // only touched: the cheap check holds again
                return false;
            }
            return true;
        } catch (IOException e) {
            return false; // unreadable now: a save or revert reports why
        }
    }

    /** Shows a page by its id (PAGE_*); returns it. */
    public IFormPage showPage(String pageId) {
        return setActivePage(pageId);
    }

    GridPage activeGrid() {
        return getActivePageInstance() instanceof GridPage g ? g : null;
    }

    /** The pages in order, for tests and navigation. */
    List<IFormPage> formPages() {
        List<IFormPage> out = new ArrayList<>();
        for (Object p : pages) {
            if (p instanceof IFormPage f) {
                out.add(f);
            }
        }
        return out;
    }

    /** Title shown in the form headers: the study's name and region. */
    String heading(String page) {
        return ModelLabels.study(study) + " \u2013 " + page;
    }

    @Override
    public void dispose() {
        conflict.dispose();
        if (regionSelection != null) {
            regionSelection.dispose();
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
            domain.getCommandStack().flush();
            for (Resource r : new ArrayList<>(domain.getResourceSet().getResources())) {
                r.unload();
            }
        }
        changeListeners.clear();
        super.dispose();
    }

    static IStatus error(String message, Throwable t) {
        return Status.error(message, t);
    }
}
