package org.landcarbon.ui.charts.internal;


import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.part.ViewPart;
import org.landcarbon.ui.ActiveStudyRegion;
import org.landcarbon.ui.charts.ChartFactory;
import org.landcarbon.ui.charts.ChartModel;

/**
 * Carbon sources and sinks per year of the study in the active editor, redrawn after every edit of
 * that study. Exports the chart as PNG or SVG for a paper.
 */
public final class SourcesSinksView extends ViewPart {

    public static final String ID = "org.landcarbon.ui.charts.views.sourcesSinks";

    private Composite stack;
    private StackLayout layout;
    private Label message;
    private Chart chart;
    private ActiveStudyRegion active;
    private ChartModel model;
    /** The chosen region's path, null for the whole study. */
    private String region;
    private org.eclipse.core.runtime.jobs.Job job;
    private String unit = org.landcarbon.ui.UiPreferences.carbonUnit();
    /** The unit (10^4 t / t / Mt of C or CO2) and line style follow the preferences. */
    private final org.eclipse.jface.util.IPropertyChangeListener preferences = e -> {
        if (org.landcarbon.ui.UiPreferences.affectsCharts(e.getProperty()) && stack != null && !stack.isDisposed()) {
            stack.getDisplay().asyncExec(() -> {
                unit = org.landcarbon.ui.UiPreferences.carbonUnit();
                update();
            });
        }
    };


    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        layout = new StackLayout();
        stack.setLayout(layout);
        message = new Label(stack, SWT.WRAP);
        chart = ChartFactory.create(stack, new ChartModel("", null, "", "", new String[0], java.util.List.of()));
        org.landcarbon.ui.UiPreferences.store().addPropertyChangeListener(preferences);
        active = new ActiveStudyRegion(getSite().getPage(), this::update);
        active.start();

        Action png = new Action(Messages.exportPng) {
            @Override
            public void run() {
                export(true);
            }
        };
        Action svg = new Action(Messages.exportSvg) {
            @Override
            public void run() {
                export(false);
            }
        };
        getViewSite().getActionBars().getMenuManager().add(png);
        getViewSite().getActionBars().getMenuManager().add(svg);
    }


    /** Recomputes the account in the background on a copy of the study; reported figures when none can be computed. */
    private void update() {
        if (stack == null || stack.isDisposed()) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        region = active.path();
        setContentDescription(active.description());
        if (active.editor() == null) {
            show(null, Messages.noStudy);
            return;
        }
        org.landcarbon.model.Study copy = active.copy();
        String none = org.eclipse.osgi.util.NLS.bind(Messages.noData, region != null ? region : Messages.thisStudy);
        org.landcarbon.accounting.AccountingService service = org.landcarbon.ui.Services.get(org.landcarbon.accounting.AccountingService.class);
        org.eclipse.core.runtime.jobs.Job next = new org.eclipse.core.runtime.jobs.Job(Messages.jobName) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                ChartModel m = null;
                if (service != null) {
                    try {
                        org.landcarbon.accounting.Account account = service.account(copy, org.landcarbon.accounting.AccountOptions.DEFAULT);
                        if (account.years().stream().anyMatch(y -> account.value(y, "net").isPresent())) {
                            m = SourcesSinksModel.fromAccount(copy, account, unit);
                            org.landcarbon.uncertainty.UncertaintyService u = org.landcarbon.ui.Services
                                    .get(org.landcarbon.uncertainty.UncertaintyService.class);
                            if (u != null) {
                                try {
                                    m = SourcesSinksModel.withBand(m, u.model(copy, org.landcarbon.accounting.AccountOptions.DEFAULT), unit);
                                } catch (org.landcarbon.accounting.AccountingException | RuntimeException e) {
                                    // no band: an impossible range is reported by the validator's Problems marker
                                }
                            }
                        }
                    } catch (org.landcarbon.accounting.AccountingException | RuntimeException e) {
                        m = null; // the published figures are shown instead, and say so in the caption
                    }
                }
                ChartModel chosen = m != null ? m : SourcesSinksModel.fromReported(copy);
                if (!monitor.isCanceled() && !stack.isDisposed()) {
                    stack.getDisplay().asyncExec(() -> {
                        if (job == this) {
                            show(chosen, none);
                        }
                    });
                }
                return org.eclipse.core.runtime.Status.OK_STATUS;
            }
        };
        job = next;
        next.schedule();
    }

    private void show(ChartModel next, String otherwise) {
        if (stack.isDisposed()) {
            return;
        }
        model = next;
        if (model == null) {
            message.setText(otherwise);
            layout.topControl = message;
        } else {
            ChartFactory.show(chart, model);
            layout.topControl = chart;
        }
        stack.layout();
    }

    /** True when no computation is running. */
    public boolean idle() {
        return job == null || job.getState() == org.eclipse.core.runtime.jobs.Job.NONE;
    }

    /** The chosen region's path, null for the whole study (for tests). */
    public String region() {
        return region;
    }

    /** What the chart shows now, or null. */
    public ChartModel model() {
        return model;
    }

    private void export(boolean png) {
        if (model == null) {
            return;
        }
        ChartModel shown = model;
        ChartFiles.export(getSite().getShell(), png, "sources-sinks", (file, size) -> ChartFiles.write(shown, file, png, size));
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }

    @Override
    public void dispose() {
        active.dispose();
        org.landcarbon.ui.UiPreferences.store().removePropertyChangeListener(preferences);
        super.dispose();
    }
}
