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
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.part.ViewPart;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.model.Study;
import org.landcarbon.ui.ActiveStudyEditor;
import org.landcarbon.ui.Services;

/** Doughnuts of the shares of each carbon source and each sink of the active study's account, for a chosen year. */
public final class StructureView extends ViewPart {

    public static final String ID = "org.landcarbon.ui.charts.views.structure";

    private Composite stack;
    private StackLayout layout;
    private Label message;
    private Composite body;
    private Combo yearBox;
    private Label heading;
    private Chart sources;
    private Chart sinks;
    private ActiveStudyEditor active;
    private Account account;
    private Study study;
    private Integer year;
    private StructureModel.Structure shown;
    private Job job;


    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        layout = new StackLayout();
        stack.setLayout(layout);
        message = new Label(stack, SWT.WRAP);
        body = new Composite(stack, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText(Messages.structureYear);
        yearBox = new Combo(body, SWT.READ_ONLY);
        yearBox.addListener(SWT.Selection, e -> {
            if (yearBox.getSelectionIndex() >= 0) {
                setYear(Integer.parseInt(yearBox.getItem(yearBox.getSelectionIndex())));
            }
        });
        heading = new Label(body, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        heading.setBackground(body.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        SashForm charts = new SashForm(body, SWT.HORIZONTAL);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        sources = DoughnutCharts.create(charts);
        sinks = DoughnutCharts.create(charts);
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


    /** Shows another year of the account already computed (tests and the year box). */
    public void setYear(int next) {
        year = next;
        if (account != null) {
            show(StructureModel.of(study, account, year), Messages.noStructure);
        }
    }

    private void update() {
        if (stack == null || stack.isDisposed()) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        if (active.editor() == null) {
            account = null;
            show(null, Messages.noStudyStructure);
            return;
        }
        Study copy = EcoreUtil.copy(active.editor().study());
        AccountingService service = Services.get(AccountingService.class);
        Job next = new Job(Messages.structureJob) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Account computed = null;
                String problem = Messages.noStructure;
                try {
                    computed = service == null ? null : service.account(copy, AccountOptions.DEFAULT);
                } catch (Exception e) {
                    problem = e.getMessage();
                }
                Account done = computed;
                String why = problem;
                if (!monitor.isCanceled() && !stack.isDisposed()) {
                    stack.getDisplay().asyncExec(() -> {
                        if (job == this) {
                            account = done;
                            study = copy;
                            show(done == null ? null : StructureModel.of(copy, done, year), why);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job = next;
        next.schedule();
    }

    private void show(StructureModel.Structure next, String otherwise) {
        if (stack.isDisposed()) {
            return;
        }
        shown = next;
        if (next == null) {
            message.setText(otherwise == null ? "" : otherwise);
            layout.topControl = message;
        } else {
            yearBox.setItems(next.years().stream().map(String::valueOf).toArray(String[]::new));
            yearBox.select(next.years().indexOf(next.year()));
            heading.setText(next.title() + "\n" + next.caption());
            DoughnutCharts.show(sources, next.sources(), null);
            DoughnutCharts.show(sinks, next.sinks(), null);
            layout.topControl = body;
            body.layout(true, true);
        }
        stack.layout();
    }

    /** What is shown, for tests and export; null while nothing. */
    public StructureModel.Structure shown() {
        return shown;
    }

    /** The account the doughnuts come from, for tests; null while none. */
    public Account account() {
        return account;
    }

    public boolean idle() {
        return job == null || job.getState() == Job.NONE;
    }

    private void export(boolean png) {
        if (shown == null) {
            return;
        }
        int[] size = ExportSize.ask(getSite().getShell(), png);
        if (size == null) {
            return;
        }
        FileDialog files = new FileDialog(getSite().getShell(), SWT.SAVE);
        files.setFilterExtensions(new String[] { png ? "*.png" : "*.svg" });
        files.setOverwrite(true);
        files.setFileName("structure-" + shown.year() + (png ? ".png" : ".svg"));
        String chosen = files.open();
        if (chosen == null) {
            return;
        }
        try {
            if (png) {
                DoughnutCharts.png(shown, Path.of(chosen), size[0], size[1], size[2]);
            } else {
                DoughnutCharts.svg(shown, Path.of(chosen), 1000, 560);
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
