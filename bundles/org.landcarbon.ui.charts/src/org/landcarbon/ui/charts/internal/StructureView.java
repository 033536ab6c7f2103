package org.landcarbon.ui.charts.internal;


import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
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
    private final LatestComputation<Account> computation = new LatestComputation<>(Messages.structureJob);


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
        computation.cancel();
        if (active.editor() == null) {
            account = null;
            show(null, Messages.noStudyStructure);
            return;
        }
        Study copy = EcoreUtil.copy(active.editor().study());
        AccountingService service = Services.get(AccountingService.class);
        computation.start(stack, () -> service == null ? null : service.account(copy, AccountOptions.DEFAULT), Messages.noStructure,
                (done, why) -> {
                    account = done;
                    study = copy;
                    show(done == null ? null : StructureModel.of(copy, done, year), why);
                });
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
        return computation.idle();
    }

    private void export(boolean png) {
        if (shown == null) {
            return;
        }
        ChartFiles.export(getSite().getShell(), png, "structure-" + shown.year(), (file, size) -> {
            if (png) {
                DoughnutCharts.png(shown, file, size[0], size[1], size[2]);
            } else {
                DoughnutCharts.svg(shown, file, 1000, 560);
            }
        });
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
