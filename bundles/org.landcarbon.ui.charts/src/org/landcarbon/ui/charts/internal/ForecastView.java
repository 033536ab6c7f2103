package org.landcarbon.ui.charts.internal;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.part.ViewPart;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.model.Study;
import org.landcarbon.ui.ActiveStudyEditor;
import org.landcarbon.ui.Services;
import org.landcarbon.ui.charts.ChartFactory;
import org.landcarbon.ui.charts.ChartModel;

/** GM(1,1) forecast of the active study's net emission, redrawn after every edit; residuals below. */
public final class ForecastView extends ViewPart {

    public static final String ID = "org.landcarbon.ui.charts.views.forecast";
    private static final int HORIZON = 11;

    private Composite stack;
    private StackLayout layout;
    private Label message;
    private SashForm charts;
    private Chart forecast;
    private Chart residuals;
    private ActiveStudyEditor active;
    private ForecastModel.Charts shown;
    private final LatestComputation<ForecastModel.Charts> computation = new LatestComputation<>(Messages.forecastJob);


    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        layout = new StackLayout();
        stack.setLayout(layout);
        message = new Label(stack, SWT.WRAP);
        charts = new SashForm(stack, SWT.VERTICAL);
        ChartModel empty = new ChartModel("", null, "", "", new String[0], java.util.List.of());
        forecast = ChartFactory.create(charts, empty);
        residuals = ChartFactory.create(charts, empty);
        charts.setWeights(70, 30);
        active = new ActiveStudyEditor(getSite().getPage(), this::update);
        active.start();
    }


    private void update() {
        if (stack == null || stack.isDisposed()) {
            return;
        }
        computation.cancel();
        if (active.editor() == null) {
            show(null, Messages.noStudy);
            return;
        }
        Study copy = EcoreUtil.copy(active.editor().study());
        AccountingService accounting = Services.get(AccountingService.class);
        AnalysisRegistry registry = Services.get(AnalysisRegistry.class);
        computation.start(stack, () -> ForecastModel.compute(copy, accounting, registry, HORIZON), Messages.noNetSeries, this::show);
    }

    private void show(ForecastModel.Charts next, String otherwise) {
        if (stack.isDisposed()) {
            return;
        }
        shown = next;
        if (next == null) {
            message.setText(otherwise == null ? "" : otherwise);
            layout.topControl = message;
        } else {
            ChartFactory.show(forecast, next.forecast());
            ChartFactory.show(residuals, next.residuals());
            layout.topControl = charts;
        }
        stack.layout();
    }

    /** What is shown, for tests and export; null while nothing. */
    public ForecastModel.Charts shown() {
        return shown;
    }

    public boolean idle() {
        return computation.idle();
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
