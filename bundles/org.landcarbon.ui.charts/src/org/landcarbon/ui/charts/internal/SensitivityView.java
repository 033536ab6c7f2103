package org.landcarbon.ui.charts.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.part.ViewPart;
import org.landcarbon.model.Study;
import org.landcarbon.ui.ActiveStudyRegion;
import org.landcarbon.ui.Services;
import org.landcarbon.ui.charts.ChartFactory;
import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.uncertainty.UncertaintyService;

/** Tornado and Sobol indices of the active study's net emission, redrawn after every edit; PNG/SVG export. */
public final class SensitivityView extends ViewPart {

    public static final String ID = "org.landcarbon.ui.charts.views.sensitivity";

    private Composite stack;
    private StackLayout layout;
    private Label message;
    private SashForm charts;
    private Chart tornado;
    private Chart sobol;
    private ActiveStudyRegion active;
    private SensitivityModel.Charts shown;
    private final LatestComputation<SensitivityModel.Charts> computation = new LatestComputation<>(Messages.sensitivityJob);

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        layout = new StackLayout();
        stack.setLayout(layout);
        message = new Label(stack, SWT.WRAP);
        charts = new SashForm(stack, SWT.VERTICAL);
        ChartModel empty = new ChartModel("", null, "", "", new String[0], java.util.List.of());
        tornado = ChartFactory.create(charts, empty);
        sobol = ChartFactory.create(charts, empty);
        active = new ActiveStudyRegion(getSite().getPage(), this::update);
        active.start();
        for (int i = 0; i < 4; i++) {
            boolean png = i % 2 == 0;
            boolean first = i < 2;
            getViewSite().getActionBars().getMenuManager().add(new Action((first ? Messages.tornadoMenu : Messages.sobolMenu) + ": "
                    + (png ? Messages.exportPng : Messages.exportSvg)) {
                @Override
                public void run() {
                    export(first, png);
                }
            });
        }
    }

    private void update() {
        if (stack == null || stack.isDisposed()) {
            return;
        }
        computation.cancel();
        UncertaintyService service = Services.get(UncertaintyService.class);
        setContentDescription(active.description());
        if (active.editor() == null || service == null) {
            show(null, active.editor() == null ? Messages.noStudy : Messages.noUncertainty);
            return;
        }
        Study copy = active.copy();
        String unit = org.landcarbon.ui.UiPreferences.carbonUnit();
        String none = org.eclipse.osgi.util.NLS.bind(Messages.noRanges, active.path() != null ? active.path() : Messages.thisStudyLower);
        computation.start(stack, () -> SensitivityModel.compute(copy, service, unit), none, this::show);
    }

    private void show(SensitivityModel.Charts next, String otherwise) {
        if (stack.isDisposed()) {
            return;
        }
        shown = next;
        if (next == null) {
            message.setText(otherwise == null ? "" : otherwise);
            layout.topControl = message;
        } else {
            ChartFactory.show(tornado, next.tornado());
            ChartFactory.show(sobol, next.sobol());
            layout.topControl = charts;
        }
        stack.layout();
    }

    private void export(boolean first, boolean png) {
        SensitivityModel.Charts now = shown;
        if (now == null) {
            return;
        }
        ChartModel m = first ? now.tornado() : now.sobol();
        ChartFiles.export(getSite().getShell(), png, first ? "sensitivity-tornado" : "sensitivity-sobol",
                (file, size) -> ChartFiles.write(m, file, png, size));
    }

    /** What is shown, for tests; null while nothing. */
    public SensitivityModel.Charts shown() {
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
