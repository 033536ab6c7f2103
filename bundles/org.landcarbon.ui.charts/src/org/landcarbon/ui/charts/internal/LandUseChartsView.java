package org.landcarbon.ui.charts.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.part.ViewPart;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.model.Study;
import org.landcarbon.ui.ActiveStudyEditor;
import org.landcarbon.ui.Services;
import org.landcarbon.ui.charts.ChartExport;
import org.landcarbon.ui.charts.ChartFactory;
import org.landcarbon.ui.charts.ChartModel;

/**
 * Land-use structure of the active study in three tabs: diversity over time, single dynamic degrees
 * per class and period, classes ranked by grey relational degree with net emission. Redrawn after every edit.
 */
public final class LandUseChartsView extends ViewPart {

    public static final String ID = "org.landcarbon.ui.charts.views.landUse";

    private Composite stack;
    private StackLayout layout;
    private Label message;
    private CTabFolder tabs;
    private Chart diversity;
    private Chart dynamic;
    private Chart gra;
    private CTabItem graTab;
    private ActiveStudyEditor active;
    private LandUseChartsModel.Charts shown;
    private Job job;


    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        layout = new StackLayout();
        stack.setLayout(layout);
        message = new Label(stack, SWT.WRAP);
        tabs = new CTabFolder(stack, SWT.BOTTOM | SWT.FLAT);
        ChartModel empty = new ChartModel("", null, "", "", new String[0], java.util.List.of());
        diversity = tab(Messages.tabDiversity, empty);
        dynamic = tab(Messages.tabDynamic, empty);
        gra = tab(Messages.tabGra, empty);
        graTab = tabs.getItem(2);
        tabs.setSelection(0);
        getViewSite().getActionBars().getMenuManager().add(new Action(Messages.exportPng) {
            @Override
            public void run() {
                export(true);
            }
        });
        getViewSite().getActionBars().getMenuManager().add(new Action(Messages.exportSvg) {
            @Override
            public void run() {
                export(false);
            }
        });
        active = new ActiveStudyEditor(getSite().getPage(), this::update);
        active.start();
    }

    private Chart tab(String title, ChartModel empty) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        Chart chart = ChartFactory.create(tabs, empty);
        item.setControl(chart);
        return chart;
    }


    private void update() {
        if (stack == null || stack.isDisposed()) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        if (active.editor() == null) {
            show(null, Messages.noStudyLandUse);
            return;
        }
        Study copy = EcoreUtil.copy(active.editor().study());
        AnalysisRegistry registry = Services.get(AnalysisRegistry.class);
        Job next = new Job(Messages.landUseJob) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                LandUseChartsModel.Charts result = null;
                String problem = Messages.noAreaSeries;
                try {
                    result = LandUseChartsModel.compute(copy, registry);
                } catch (Exception e) {
                    problem = e.getMessage();
                }
                LandUseChartsModel.Charts done = result;
                String why = problem;
                if (!monitor.isCanceled() && !stack.isDisposed()) {
                    stack.getDisplay().asyncExec(() -> {
                        if (job == this) {
                            show(done, why);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job = next;
        next.schedule();
    }

    private void show(LandUseChartsModel.Charts next, String otherwise) {
        if (stack.isDisposed()) {
            return;
        }
        shown = next;
        if (next == null) {
            message.setText(otherwise == null ? "" : otherwise);
            layout.topControl = message;
        } else {
            ChartFactory.show(diversity, next.diversity());
            ChartFactory.show(dynamic, next.dynamic());
            ChartFactory.show(gra, next.gra() != null ? next.gra()
                    : new ChartModel(Messages.noNetForGra, null, "", "", new String[0], java.util.List.of()));
            graTab.setText(Messages.tabGra);
            layout.topControl = tabs;
        }
        stack.layout();
    }

    /** The chart of the selected tab, or null. */
    public ChartModel selectedModel() {
        if (shown == null) {
            return null;
        }
        return switch (tabs.getSelectionIndex()) {
            case 1 -> shown.dynamic();
            case 2 -> shown.gra();
            default -> shown.diversity();
        };
    }

    /** Selects a tab: 0 diversity, 1 dynamic degrees, 2 grey relational ranking (tests, screenshots). */
    public void select(int tab) {
        tabs.setSelection(tab);
    }

    /** What is shown, for tests; null while nothing. */
    public LandUseChartsModel.Charts shown() {
        return shown;
    }

    public boolean idle() {
        return job == null || job.getState() == Job.NONE;
    }

    private void export(boolean png) {
        ChartModel model = selectedModel();
        if (model == null) {
            return;
        }
        int[] size = ExportSize.ask(getSite().getShell(), png);
        if (size == null) {
            return;
        }
        FileDialog files = new FileDialog(getSite().getShell(), SWT.SAVE);
        files.setFilterExtensions(new String[] { png ? "*.png" : "*.svg" });
        files.setOverwrite(true);
        String[] names = { "landuse-diversity", "landuse-dynamic-degree", "landuse-grey-relational" };
        files.setFileName(names[Math.max(0, tabs.getSelectionIndex())] + (png ? ".png" : ".svg"));
        String chosen = files.open();
        if (chosen == null) {
            return;
        }
        try {
            if (png) {
                ChartExport.png(model, Path.of(chosen), size[0], size[1], size[2]);
            } else {
                ChartExport.svg(model, Path.of(chosen), 900, 560);
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.exportSizeTitle, NLS.bind(Messages.exportFailed, e.getMessage()));
        }
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }

    @Override
    public void dispose() {
        active.dispose();
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
