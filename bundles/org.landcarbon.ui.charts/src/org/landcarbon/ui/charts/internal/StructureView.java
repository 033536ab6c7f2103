package org.landcarbon.ui.charts.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.model.Study;
import org.landcarbon.ui.Services;

/** Doughnuts of the shares of each carbon source and each sink of the active study's account, for a chosen year. */
public final class StructureView extends StudyChartView<StructureView.Computed> {

    public static final String ID = "org.landcarbon.ui.charts.views.structure";

    /** The account of a copy of the study; the year is chosen afterwards without recomputing. */
    record Computed(Study study, Account account) {
    }

    private Composite body;
    private Combo yearBox;
    private Label heading;
    private Chart sources;
    private Chart sinks;
    private Computed computed;
    private Integer year;
    private StructureModel.Structure shown;

    public StructureView() {
        super(Messages.structureJob);
    }

    @Override
    Control createCharts(Composite parent) {
        body = new Composite(parent, SWT.NONE);
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
        addExports(this::export);
        return body;
    }

    /** Shows another year of the account already computed (tests and the year box). */
    public void setYear(int next) {
        year = next;
        if (computed != null) {
            show(computed, noResult());
        }
    }

    @Override
    String noStudy() {
        return Messages.noStudyStructure;
    }

    @Override
    String noResult() {
        return org.eclipse.osgi.util.NLS.bind(Messages.noStructure, whom());
    }

    @Override
    Computed compute(Study copy) throws Exception {
        AccountingService service = Services.get(AccountingService.class);
        return service == null ? null : new Computed(copy, service.account(copy, AccountOptions.DEFAULT));
    }

    @Override
    boolean draw(Computed next) {
        computed = next;
        StructureModel.Structure s = StructureModel.of(next.study(), next.account(), year);
        shown = s;
        if (s == null) {
            return false;
        }
        yearBox.setItems(s.years().stream().map(String::valueOf).toArray(String[]::new));
        yearBox.select(s.years().indexOf(s.year()));
        heading.setText(s.title() + "\n" + s.caption());
        DoughnutCharts.show(sources, s.sources(), null);
        DoughnutCharts.show(sinks, s.sinks(), null);
        body.layout(true, true);
        return true;
    }

    @Override
    void cleared() {
        shown = null;
    }

    /** What is shown, for tests and export; null while nothing. */
    public StructureModel.Structure shown() {
        return shown;
    }

    /** The account the doughnuts come from, for tests; null while none. */
    public Account account() {
        return computed == null ? null : computed.account();
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
}
