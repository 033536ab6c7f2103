package org.landcarbon.ui.analysis.internal;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceListener;

/**
 * The registered analyses that suit the study selected in the Project Explorer (or any part of it). The
 * list follows the registry: a plugin installed or removed while the workbench runs shows up or goes.
 */
public final class AnalysesView extends ViewPart {

    public static final String ID = "org.landcarbon.ui.views.analyses";

    private Label status;
    private TableViewer viewer;
    private StudySelection study;
    private final ISelectionListener selectionListener = (part, selection) -> {
        if (part != this) {
            select(selection);
        }
    };
    private final ServiceListener registryListener = event -> {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(this::refresh);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        column(Messages.get("column.name"), 220, Analyses::name);
        column(Messages.get("column.category"), 110, AnalysisDescriptor::category);
        column(Messages.get("column.input"), 110, d -> Messages.get("input." + d.input().name()));
        column(Messages.get("column.id"), 170, AnalysisDescriptor::id);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> runSelected());
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(ID, menu, viewer); // "Run Analysis" comes from plugin.xml
        getSite().setSelectionProvider(viewer);

        Action run = new Action(Messages.get("action.run")) {
            @Override
            public void run() {
                runSelected();
            }
        };
        run.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
        getViewSite().getActionBars().getToolBarManager().add(run);

        getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(selectionListener);
        BundleContext context = FrameworkUtil.getBundle(AnalysesView.class).getBundleContext();
        try {
            context.addServiceListener(registryListener, "(objectClass=" + Analysis.class.getName() + ")");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        select(getSite().getWorkbenchWindow().getSelectionService().getSelection());
    }

    private void column(String title, int width, java.util.function.Function<AnalysisDescriptor, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(((Analysis<?>) element).descriptor());
            }

            @Override
            public String getToolTipText(Object element) {
                AnalysisDescriptor d = ((Analysis<?>) element).descriptor();
                return d.description() + (d.reference() == null || d.reference().isBlank() ? "" : "\n" + d.reference());
            }
        });
    }

    /** Shows what suits the selected study; a selection without a study keeps the last one. */
    public void select(org.eclipse.jface.viewers.ISelection selection) {
        StringBuilder error = new StringBuilder();
        StudySelection s = StudySelection.of(selection, error);
        if (s != null || error.length() > 0) {
            study = s;
            if (s == null) {
                status.setText(error.toString());
                viewer.setInput(List.of());
                return;
            }
        }
        refresh();
    }

    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (study == null) {
            status.setText(Messages.get("status.noStudy"));
            viewer.setInput(List.of());
            return;
        }
        List<Analysis<?>> suitable = Analyses.all().stream()
                .filter(a -> Analyses.applicable(a.descriptor(), study.available())).toList();
        status.setText(Messages.format("status.study", study.file().getName(), study.available().size(), suitable.size()));
        setContentDescription(study.region() == null ? "" : study.region());
        status.getParent().layout();
        viewer.setInput(suitable);
    }

    public StudySelection study() {
        return study;
    }

    public TableViewer viewer() {
        return viewer;
    }

    private void runSelected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (first instanceof Analysis<?> a && study != null) {
            RunAnalysis.open(getSite().getShell(), a, study);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(selectionListener);
        FrameworkUtil.getBundle(AnalysesView.class).getBundleContext().removeServiceListener(registryListener);
        super.dispose();
    }
}
