package org.landcarbon.ui.internal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.ComponentResult;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.Figure;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitText;
import org.landcarbon.ui.ActiveStudyRegion;
import org.landcarbon.ui.ModelLabels;
import org.landcarbon.ui.Services;
import org.landcarbon.ui.UiPreferences;

/**
 * The account of the study in the active editor in the seed's Table 5 layout (years as rows;
 * components, totals and net as columns), in a unit the user picks. Recomputed in a background job
 * after every edit; the trail of the selected cell below; cells that differ from the reported figure
 * are highlighted.
 */
public final class AccountView extends ViewPart {

    public static final String ID = "org.landcarbon.ui.views.account";
    static final List<String> UNITS = List.of("10^4 t C", "t C", "Mt C", "10^4 t CO2", "t CO2", "Mt CO2");
    private static final Color AUDIT = new Color(255, 214, 204);
    private static final Color REPORTED = new Color(20, 60, 160);

    private ActiveStudyRegion active;
    private Study snapshot;
    private Account account;
    /** Monte Carlo of the account (null when no input has a range or the bundle is absent). */
    private org.landcarbon.uncertainty.UncertainAccount uncertainty;
    static final int DRAWS = 10_000;
    /** The id of the uncertainty column in {@link #cellText}. */
    public static final String NET_UNCERTAINTY = "net_uncertainty";
    private String error;
    private Combo unit;
    private Label status;
    private TableViewer viewer;
    private TableViewerFocusCellManager focus;
    private Text trail;
    private List<String> columns = List.of();
    private Job job;
    /** The code of the region whose account is shown; null for the study as a whole. */
    private String shownRegion;
    private Table years;
    private Runnable layoutYears = () -> { };
    /** Unit, C or CO2 and decimals follow the preferences (Window > Preferences > LandCarbon). */
    private final IPropertyChangeListener preferences = e -> {
        if (UiPreferences.affectsFigures(e.getProperty()) && unit != null && !unit.isDisposed()) {
            unit.getDisplay().asyncExec(() -> {
                if (!unit.isDisposed()) {
                    setUnit(UiPreferences.carbonUnit());
                }
            });
        }
    };


    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(3, false));
        new Label(root, SWT.NONE).setText(Messages.unit);
        unit = new Combo(root, SWT.READ_ONLY);
        unit.setItems(UNITS.stream().map(UnitText::unicode).toArray(String[]::new)); // typeset; files keep ASCII
        unit.select(Math.max(0, UNITS.indexOf(UiPreferences.carbonUnit())));
        UiPreferences.store().addPropertyChangeListener(preferences);
        unit.addListener(SWT.Selection, e -> show());
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        Composite tables = new Composite(sash, SWT.NONE);
        GridLayout two = new GridLayout(2, false);
        two.marginWidth = two.marginHeight = two.horizontalSpacing = 0;
        tables.setLayout(two);
        // The years in a table of their own, left of the figures: they stay when the figures scroll sideways.
        Composite clip = new Composite(tables, SWT.NONE);
        clip.setLayoutData(new GridData(SWT.BEGINNING, SWT.FILL, false, true));
        years = new Table(clip, SWT.FULL_SELECTION | SWT.BORDER);
        years.setHeaderVisible(true);
        years.setLinesVisible(true);
        new TableColumn(years, SWT.RIGHT).setText(Messages.year);
        new TableColumn(years, SWT.NONE); // GTK widens the last column: this one, clipped off, not the years
        Table table = new Table(tables, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        freeze(clip, table);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
        table.addListener(SWT.MouseDown, e -> table.getDisplay().asyncExec(this::showTrail));
        table.addListener(SWT.KeyUp, e -> showTrail());
        trail = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        trail.setText(Messages.trailHint);
        sash.setWeights(80, 20); // the years first; the trail of the selected number below

        org.eclipse.jface.action.Action copy = new org.eclipse.jface.action.Action(Messages.copy) {
            @Override
            public void run() {
                org.eclipse.swt.dnd.Clipboard cb = new org.eclipse.swt.dnd.Clipboard(table.getDisplay());
                try {
                    cb.setContents(new Object[] { tableText('\t') },
                            new org.eclipse.swt.dnd.Transfer[] { org.eclipse.swt.dnd.TextTransfer.getInstance() });
                } finally {
                    cb.dispose();
                }
            }
        };
        org.eclipse.jface.action.Action csv = new org.eclipse.jface.action.Action(Messages.exportCsv) {
            @Override
            public void run() {
                org.eclipse.swt.widgets.FileDialog d = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.SAVE);
                d.setFilterExtensions(new String[] { "*.csv" });
                d.setFileName("account.csv");
                d.setOverwrite(true);
                String chosen = d.open();
                if (chosen != null) {
                    try {
                        // UTF-8 with a byte order mark, so that Excel shows Chinese headers correctly.
                        java.nio.file.Files.writeString(java.nio.file.Path.of(chosen), "\ufeff" + tableText(','),
                                java.nio.charset.StandardCharsets.UTF_8);
                    } catch (java.io.IOException e) {
                        org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), Messages.exportCsv, e.getMessage());
                    }
                }
            }
        };
        getViewSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.COPY.getId(), copy);
        getViewSite().getActionBars().getMenuManager().add(copy);
        getViewSite().getActionBars().getMenuManager().add(csv);
        org.eclipse.jface.action.Action xlsx = new org.eclipse.jface.action.Action(Messages.exportXlsx) {
            @Override
            public void run() {
                org.eclipse.swt.widgets.FileDialog d = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.SAVE);
                d.setFilterExtensions(new String[] { "*.xlsx" });
                d.setFileName("account.xlsx");
                d.setOverwrite(true);
                String chosen = d.open();
                if (chosen != null && account != null) {
                    try {
                        exportXlsx(java.nio.file.Path.of(chosen));
                    } catch (java.io.IOException e) {
                        org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), Messages.exportXlsx, e.getMessage());
                    }
                }
            }
        };
        getViewSite().getActionBars().getMenuManager().add(xlsx);

        // the study in the active editor, narrowed to the region chosen in the Project Explorer
        active = new ActiveStudyRegion(getSite().getPage(), this::recompute);
        active.start();
    }

    /** The code of the region whose account is shown, null for the whole study (for tests). */
    public String region() {
        return shownRegion;
    }


    /**
     * Keeps the year table beside the figures: as wide as its column (its own vertical bar clipped off),
     * as high as the figures' rows (above their horizontal bar), scrolled and selected with them.
     */
    private void freeze(Composite clip, Table table) {
        Runnable place = () -> {
            int width = years.getColumn(0).getWidth();
            ((GridData) clip.getLayoutData()).widthHint = width + 2 * years.getBorderWidth();
            int height = table.getSize().y;
            if (table.getHorizontalBar() != null && table.getHorizontalBar().isVisible()) {
                height -= table.getHorizontalBar().getSize().y;
            }
            int bar = years.getVerticalBar() == null ? 0 : years.getVerticalBar().getSize().x;
            years.setBounds(0, 0, width + 2 * years.getBorderWidth() + bar + 20, height);
        };
        table.addListener(SWT.Resize, e -> place.run());
        clip.addListener(SWT.Resize, e -> place.run());
        // By pixel (GTK scrolls smoothly, not row by row): the same content height, the same viewport height.
        table.addListener(SWT.Paint, e -> {
            ScrollBar from = table.getVerticalBar();
            ScrollBar to = years.getVerticalBar();
            if (years.getItemCount() > 0 && from != null && to != null && to.getSelection() != from.getSelection()) {
                to.setSelection(from.getSelection());
            }
        });
        years.addListener(SWT.MouseVerticalWheel, e -> {
            e.doit = false;
            table.setTopIndex(Math.max(0, table.getTopIndex() - e.count));
        });
        years.addListener(SWT.Selection, e -> {
            table.setSelection(years.getSelectionIndex());
            table.setTopIndex(years.getTopIndex());
        });
        table.addListener(SWT.Selection, e -> years.setSelection(table.getSelectionIndex()));
        layoutYears = () -> {
            ((GridData) clip.getLayoutData()).widthHint = years.getColumn(0).getWidth() + 2 * years.getBorderWidth();
            clip.getParent().layout(true);
            place.run();
        };
    }

    /** Recomputes in the background on a copy of the study; a newer edit cancels an older run. */
    private void recompute() {
        if (job != null) {
            job.cancel();
        }
        setContentDescription(active.description());
        if (active.editor() == null) {
            account = null;
            error = Messages.noStudy;
            show();
            return;
        }
        AccountingService service = Services.get(AccountingService.class);
        if (service == null) {
            account = null;
            error = Messages.noService;
            show();
            return;
        }
        // a region's view holds its own series (or the sum of its parts): the account runs on it unchanged
        Study copy = active.copy();
        String region = active.region() == null ? null : active.region().getCode();
        status.setText(Messages.computing);
        Job next = new Job(NLS.bind(Messages.jobName, ModelLabels.study(copy))) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Account result = null;
                String failure = null;
                try {
                    result = service.account(copy, AccountOptions.DEFAULT);
                } catch (AccountingException | RuntimeException e) {
                    failure = e.getMessage();
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                Account done = result;
                String problem = failure;
                // the account first: the Monte Carlo bands (10,000 draws) follow when ready, so that opening
                // or editing a study with ranges does not wait for them
                deliver(this, () -> {
                    snapshot = copy;
                    shownRegion = region;
                    account = done;
                    uncertainty = null;
                    error = problem;
                    show();
                });
                if (done == null) {
                    return Status.OK_STATUS;
                }
                org.landcarbon.uncertainty.UncertainAccount band = monteCarlo(copy);
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (band != null) {
                    deliver(this, () -> {
                        uncertainty = band;
                        show();
                    });
                }
                return Status.OK_STATUS;
            }
        };
        next.setUser(false);
        job = next;
        next.schedule();
    }

    /** Runs {@code update} on the UI thread unless a newer run has replaced {@code run} or the view is gone. */
    private void deliver(Job run, Runnable update) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (job == run && !viewer.getControl().isDisposed()) {
                update.run();
            }
        });
    }

    /** The 95 % interval of every number when an input has a range; an impossible range is left to the validator. */
    private static org.landcarbon.uncertainty.UncertainAccount monteCarlo(Study copy) {
        org.landcarbon.uncertainty.UncertaintyService u = Services.get(org.landcarbon.uncertainty.UncertaintyService.class);
        if (u == null) {
            return null;
        }
        try {
            org.landcarbon.uncertainty.UncertaintyModel model = u.model(copy, AccountOptions.DEFAULT);
            return model.inputs().isEmpty() ? null : org.landcarbon.uncertainty.MonteCarlo.account(model, DRAWS, 1);
        } catch (AccountingException | RuntimeException e) {
            return null;
        }
    }

    private org.landcarbon.uncertainty.Statistics netStatistics(int year) {
        return uncertainty == null || !uncertainty.model().years().contains(year) ? org.landcarbon.uncertainty.Statistics.MISSING
                : uncertainty.statistics(year, Components.NET);
    }

    private String uncertaintyText(int year) {
        double pct = netStatistics(year).halfWidthPct();
        return Double.isNaN(pct) ? "\u2013" : String.format(Locale.ROOT, "\u00b1%.1f %%", pct);
    }

    /** The account shown, for tests; null while none. */
    public Account account() {
        return account;
    }

    /** The unit the values are shown in, as its ASCII symbol (the combo shows it typeset: 10⁴ t C). */
    private String shownUnit() {
        return UNITS.get(Math.max(0, unit.getSelectionIndex()));
    }

    /** The unit the values are shown in. */
    public String unit() {
        return shownUnit();
    }

    public void setUnit(String u) {
        unit.select(Math.max(0, UNITS.indexOf(u)));
        show();
    }

    /** Waits for nothing: true when the last computation is done. */
    public boolean idle() {
        return job == null || job.getState() == Job.NONE;
    }

    /** The text shown in a cell (a year's row, a column id). */
    public String cellText(int year, String column) {
        if (NET_UNCERTAINTY.equals(column)) {
            return uncertaintyText(year);
        }
        return format(figure(year, column));
    }

    /**
     * The table as text: a header line, then one line per year, values in the unit shown with full
     * precision (no thousands separators), separated by tabs (for pasting into a spreadsheet) or commas.
     */
    public String tableText(char separator) {
        if (account == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(String.join(String.valueOf(separator), tableHeader()));
        b.append('\n');
        for (List<Double> row : tableRows()) {
            b.append(row.get(0).intValue());
            for (Double v : row.subList(1, row.size())) {
                b.append(separator);
                if (v != null) {
                    b.append(v.doubleValue());
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The header of the table as exported: year, then each column with the unit shown. */
    private List<String> tableHeader() {
        List<String> header = new ArrayList<>();
        header.add(Messages.year);
        for (String id : columns) {
            header.add(ModelLabels.component(snapshot, id) + " [" + shownUnit() + "]");
        }
        return header;
    }

    /** The rows as exported: the year, then each figure in the unit shown, null where it is missing. */
    private List<List<Double>> tableRows() {
        Unit shown = Unit.parse(shownUnit());
        List<List<Double>> rows = new ArrayList<>();
        for (int year : account.years()) {
            List<Double> row = new ArrayList<>();
            row.add((double) year);
            for (String id : columns) {
                Figure f = figure(year, id);
                row.add(f.isPresent() ? Account.express(f.value(), shown).value() : null);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Writes the table as shown (unit included) to an XLSX workbook. */
    public void exportXlsx(java.nio.file.Path file) throws java.io.IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Double> row : tableRows()) {
            List<Object> cells = new ArrayList<>(row);
            cells.set(0, row.get(0).intValue());
            rows.add(cells);
        }
        org.landcarbon.io.TableWorkbooks.write(file, "account", tableHeader(), rows);
    }

    /** The trail shown below the table. */
    /** Each column as wide as its header and its widest figure in the font in use, so that none is cut. */
    private void fitColumns() {
        fit(years);
        fit(viewer.getTable());
    }

    private static void fit(Table table) {
        GC gc = new GC(table);
        try {
            for (int i = 0; i < table.getColumnCount(); i++) {
                TableColumn column = table.getColumn(i);
                int width = gc.textExtent(column.getText()).x;
                for (TableItem item : table.getItems()) {
                    width = Math.max(width, gc.textExtent(item.getText(i)).x);
                }
                column.setWidth(width + HEADER_PADDING);
            }
        } finally {
            gc.dispose();
        }
    }

    /** Room beside a header's text for the native padding and a sort arrow. */
    private static final int HEADER_PADDING = 28;

    /** The table, for tests (sizes, scrolling). */
    public Table table() {
        return viewer.getTable();
    }

    /** The frozen year column (a table of its own), for tests. */
    public Table yearTable() {
        return years;
    }

    /** The headers whose text does not fit their column (for tests: none should). */
    public java.util.List<String> cutHeaders() {
        java.util.List<String> cut = new ArrayList<>();
        cut.addAll(cutHeaders(years));
        cut.addAll(cutHeaders(viewer.getTable()));
        return cut;
    }

    private static java.util.List<String> cutHeaders(Table table) {
        java.util.List<String> cut = new ArrayList<>();
        GC gc = new GC(table);
        try {
            for (TableColumn column : table.getColumns()) {
                if (gc.textExtent(column.getText()).x + 12 > column.getWidth()) {
                    cut.add(column.getText());
                }
            }
        } finally {
            gc.dispose();
        }
        return cut;
    }

    public String trailText() {
        return trail.getText();
    }

    public void select(int year, String column) {
        int row = account.years().indexOf(year);
        int col = columns.indexOf(column);
        viewer.getTable().setSelection(row);
        years.setSelection(row);
        showTrail(year, column);
        if (col >= 0) {
            viewer.getTable().showColumn(viewer.getTable().getColumn(col));
        }
    }

    private void show() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            while (table.getColumnCount() > 0) {
                table.getColumn(0).dispose();
            }
            years.removeAll();
            if (account == null) {
                status.setText(error == null ? "" : error);
                viewer.setInput(new Object[0]);
                return;
            }
            columns = new ArrayList<>(account.components());
            columns.addAll(Components.TOTALS);
            status.setText((shownRegion == null ? "" : NLS.bind(Messages.regionStatus, ModelLabels.study(snapshot)) + " ")
                    + NLS.bind(Messages.status, new Object[] { account.coefficientSetDescription(), UnitText.unicode(shownUnit()),
                    account.notes().isEmpty() ? "" : String.join(" ", account.notes()) }));
            for (int y : account.years()) {
                new TableItem(years, SWT.NONE).setText(String.valueOf(y));
            }
            for (String id : columns) {
                TableViewerColumn c = new TableViewerColumn(viewer, SWT.RIGHT);
                String name = ModelLabels.component(snapshot, id);
                c.getColumn().setText(name);
                c.getColumn().setToolTipText(name + " [" + UnitText.unicode(shownUnit()) + "]");
                c.getColumn().setWidth(Math.max(84, 8 * name.length() + 16));
                c.setLabelProvider(new ColumnLabelProvider() {
                    @Override
                    public String getText(Object e) {
                        return format(figure((Integer) e, id));
                    }

                    @Override
                    public Color getBackground(Object e) {
                        return audit((Integer) e, id) == null ? null : AUDIT;
                    }

                    @Override
                    public Color getForeground(Object e) {
                        ComponentResult r = Components.isTotal(id) ? null : account.result((Integer) e, id);
                        return r != null && r.status() == ComponentResult.Status.REPORTED ? REPORTED : null;
                    }

                    @Override
                    public String getToolTipText(Object e) {
                        Figure f = figure((Integer) e, id);
                        String a = audit((Integer) e, id);
                        String base = f.isPresent() ? name + " " + e + ": " + format(f) + " " + UnitText.unicode(shownUnit()) : f.reason();
                        return a == null ? base : base + "\n" + a;
                    }
                });
            }
            TableViewerColumn u = new TableViewerColumn(viewer, SWT.RIGHT);
            u.getColumn().setText(Messages.uncertaintyColumn);
            u.getColumn().setToolTipText(uncertainty == null ? Messages.uncertaintyNone : Messages.uncertaintyColumn);
            u.getColumn().setWidth(96);
            u.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object e) {
                    return uncertaintyText((Integer) e);
                }

                @Override
                public String getToolTipText(Object e) {
                    org.landcarbon.uncertainty.Statistics st = netStatistics((Integer) e);
                    if (st.isMissing()) {
                        return Messages.uncertaintyNone;
                    }
                    double k = Account.express(new Quantity(1, org.landcarbon.model.units.Units.T_C), Unit.parse(shownUnit())).value();
                    return NLS.bind(Messages.uncertaintyTip, new Object[] { e, String.format(Locale.ROOT, "%,.2f", st.p2_5() * k),
                            String.format(Locale.ROOT, "%,.2f", st.p97_5() * k), UnitText.unicode(shownUnit()),
                            String.format(Locale.ROOT, "%.1f", st.halfWidthPct()), DRAWS });
                }
            });
            viewer.setInput(account.years().toArray());
            fitColumns();
        } finally {
            table.setRedraw(true);
        }
        layoutYears.run();
    }

    private Figure figure(int year, String id) {
        return account == null ? Figure.missing(Messages.noStudy) : account.value(year, id);
    }

    private String format(Figure f) {
        if (!f.isPresent()) {
            return "\u2013";
        }
        Quantity q = Account.express(f.value(), Unit.parse(shownUnit()));
        int decimals = UiPreferences.decimals();
        return String.format(Locale.ROOT, "%,." + decimals + "f", q.value());
    }

    /** How the computed value differs from the reported one, or null when it agrees within rounding or none was reported. */
    public String audit(int year, String id) {
        if (snapshot == null) {
            return null;
        }
        Figure f = figure(year, id);
        for (ReportedValue r : snapshot.getReportedValues()) {
            if (r.getYear() == year && id.equals(r.getComponent()) && f.isPresent() && r.getUnit() != null) {
                double computed;
                try {
                    computed = Account.express(f.value(), Unit.parse(r.getUnit())).value();
                } catch (RuntimeException e) {
                    return null;
                }
                // A figure printed with two decimals agrees when it differs by less than its last digit; a total of
                // rounded figures carries the rounding of each part.
                double tolerance = 0.0051 * (Components.isTotal(id) ? account.components().size() + 1 : 1);
                if (Math.abs(computed - r.getValue()) > tolerance + 1e-9 * Math.abs(r.getValue())) {
                    return NLS.bind(Messages.auditDiffers, new Object[] { String.format(Locale.ROOT, "%.2f", r.getValue()), r.getUnit(),
                            String.format(Locale.ROOT, "%.2f", computed), r.getSource() });
                }
                return null;
            }
        }
        return null;
    }

    private void showTrail() {
        ViewerCell cell = focus.getFocusCell();
        // the year is a table of its own; the last column (net +- 95 %) has no trail
        if (cell == null || account == null || cell.getColumnIndex() >= columns.size()) {
            return;
        }
        showTrail((Integer) cell.getElement(), columns.get(cell.getColumnIndex()));
    }

    private void showTrail(int year, String id) {
        // units typeset for reading (10⁴ t C, hm²), as in the table header and the unit chooser
        trail.setText(org.landcarbon.model.units.UnitText.unicode(TrailText.of(account, snapshot, year, id, shownUnit(), audit(year, id))));
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        active.dispose();
        UiPreferences.store().removePropertyChangeListener(preferences);
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
