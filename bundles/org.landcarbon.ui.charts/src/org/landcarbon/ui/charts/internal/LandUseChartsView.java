package org.landcarbon.ui.charts.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.model.Study;
import org.landcarbon.ui.Services;
import org.landcarbon.ui.charts.ChartFactory;
import org.landcarbon.ui.charts.ChartModel;

/**
 * Land-use structure of the active study in three tabs: diversity over time, single dynamic degrees
 * per class and period, classes ranked by grey relational degree with net emission. Redrawn after every edit.
 */
public final class LandUseChartsView extends StudyChartView<LandUseChartsModel.Charts> {

    public static final String ID = "org.landcarbon.ui.charts.views.landUse";

    private CTabFolder tabs;
    private Chart diversity;
    private Chart dynamic;
    private Chart gra;
    private CTabItem graTab;
    private LandUseChartsModel.Charts shown;

    public LandUseChartsView() {
        super(Messages.landUseJob);
    }

    @Override
    Control createCharts(Composite parent) {
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        ChartModel empty = new ChartModel("", null, "", "", new String[0], java.util.List.of());
        diversity = tab(Messages.tabDiversity, empty);
        dynamic = tab(Messages.tabDynamic, empty);
        gra = tab(Messages.tabGra, empty);
        graTab = tabs.getItem(2);
        tabs.setSelection(0);
        addExports(this::export);
        return tabs;
    }

    private Chart tab(String title, ChartModel empty) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        Chart chart = ChartFactory.create(tabs, empty);
        item.setControl(chart);
        return chart;
    }

    @Override
    String noStudy() {
        return Messages.noStudyLandUse;
    }

    @Override
    String noResult() {
        return org.eclipse.osgi.util.NLS.bind(Messages.noAreaSeries, whom());
    }

    @Override
    LandUseChartsModel.Charts compute(Study copy) throws Exception {
        return LandUseChartsModel.compute(copy, Services.get(AnalysisRegistry.class));
    }

    @Override
    boolean draw(LandUseChartsModel.Charts next) {
        shown = next;
        ChartFactory.show(diversity, next.diversity());
        ChartFactory.show(dynamic, next.dynamic());
        ChartFactory.show(gra, next.gra() != null ? next.gra()
                : new ChartModel(Messages.noNetForGra, null, "", "", new String[0], java.util.List.of()));
        graTab.setText(Messages.tabGra);
        return true;
    }

    @Override
    void cleared() {
        shown = null;
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

    private void export(boolean png) {
        ChartModel model = selectedModel();
        if (model == null) {
            return;
        }
        String[] names = { "landuse-diversity", "landuse-dynamic-degree", "landuse-grey-relational" };
        ChartFiles.export(getSite().getShell(), png, names[Math.max(0, tabs.getSelectionIndex())],
                (file, size) -> ChartFiles.write(model, file, png, size));
    }
}
