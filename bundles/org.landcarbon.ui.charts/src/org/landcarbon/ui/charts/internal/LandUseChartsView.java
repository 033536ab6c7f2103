package org.landcarbon.ui.charts.internal;


import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.part.ViewPart;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.model.Study;
import org.landcarbon.ui.ActiveStudyEditor;
import org.landcarbon.ui.Services;
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
    private final LatestComputation<LandUseChartsModel.Charts> computation = new LatestComputation<>(Messages.landUseJob);


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
        computation.cancel();
        if (active.editor() == null) {
            show(null, Messages.noStudyLandUse);
            return;
        }
        Study copy = EcoreUtil.copy(active.editor().study());
        AnalysisRegistry registry = Services.get(AnalysisRegistry.class);
        computation.start(stack, () -> LandUseChartsModel.compute(copy, registry), Messages.noAreaSeries, this::show);
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
        return computation.idle();
    }

    private void export(boolean png) {
        ChartModel model = selectedModel();
        if (model == null) {
            return;
        }
        String[] names = { "landuse-diversity", "landuse-dynamic-degree", "landuse-grey-relational" };
        ChartFiles.export(getSite().getShell(), png, names[Math.max(0, tabs.getSelectionIndex())],
                (file, size) -> ChartFiles.write(model, file, png, size));
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }

    @Override
    public void dispose() {
        active.dispose();
        computation.cancel();
        super.dispose();
    }
}
