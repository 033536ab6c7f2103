package org.landcarbon.ui.charts.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.model.Study;
import org.landcarbon.ui.Services;
import org.landcarbon.ui.charts.ChartFactory;
import org.landcarbon.ui.charts.ChartModel;

/** GM(1,1) forecast of the active study's net emission, redrawn after every edit; residuals below. */
public final class ForecastView extends StudyChartView<ForecastModel.Charts> {

    public static final String ID = "org.landcarbon.ui.charts.views.forecast";
    private static final int HORIZON = 11;

    private Chart forecast;
    private Chart residuals;
    private ForecastModel.Charts shown;

    public ForecastView() {
        super(Messages.forecastJob);
    }

    @Override
    Control createCharts(Composite parent) {
        SashForm charts = new SashForm(parent, SWT.VERTICAL);
        ChartModel empty = new ChartModel("", null, "", "", new String[0], java.util.List.of());
        forecast = ChartFactory.create(charts, empty);
        residuals = ChartFactory.create(charts, empty);
        charts.setWeights(70, 30);
        return charts;
    }

    @Override
    String noStudy() {
        return Messages.noStudy;
    }

    @Override
    String noResult() {
        return org.eclipse.osgi.util.NLS.bind(Messages.noNetSeries, whom());
    }

    @Override
    ForecastModel.Charts compute(Study copy) throws Exception {
        return ForecastModel.compute(copy, Services.get(AccountingService.class), Services.get(AnalysisRegistry.class), HORIZON);
    }

    @Override
    boolean draw(ForecastModel.Charts next) {
        shown = next;
        ChartFactory.show(forecast, next.forecast());
        ChartFactory.show(residuals, next.residuals());
        return true;
    }

    @Override
    void cleared() {
        shown = null;
    }

    /** What is shown, for tests and export; null while nothing. */
    public ForecastModel.Charts shown() {
        return shown;
    }
}
