package org.landcarbon.ui.scenarios.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ComparisonSettings;
import org.landcarbon.scenarios.ComparisonTables;
import org.landcarbon.scenarios.KeyFigures;
import org.landcarbon.scenarios.ScenarioResult;
import org.landcarbon.ui.ModelLabels;
import org.landcarbon.ui.charts.ChartFactory;
import org.landcarbon.ui.scenarios.ScenarioComparisonInput;

/**
 * Scenarios side by side: the net emission paths overlaid with each peak marked and the key
 * figures below them; each scenario's sources and sinks; the differences per year and component
 * to a chosen reference; the net emission per year. Follows edits of the scenarios live
 * ({@link ComparisonSession}). Nothing here is saved: the scenarios belong to their studies.
 */
public final class CompareScenariosEditor extends EditorPart {

    public static final String ID = "org.landcarbon.ui.scenarios.editors.compare";

    private ComparisonSession session;
    private Composite root;
    private Label heading;
    private Label status;
    private Combo reference;
    private org.eclipse.swt.widgets.Button bandToggle;
    private CTabFolder tabs;
    private Chart netChart;
    private Table keyFigures;
    private Label illustrative;
    private Composite sourcesSinks;
    private ScrolledComposite sourcesSinksScroll;
    private final List<Control> accountControls = new ArrayList<>();
    private Combo differenceOf;
    private Label differenceCaption;
    private Table differences;
    private Table netByYear;
    private final IResourceChangeListener fileListener = this::resourcesChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ScenarioComparisonInput in)) {
            throw new PartInitException("the scenario comparison opens on a ScenarioComparisonInput, not " + input);
        }
        setSite(site);
        setInput(input);
        setPartName(NLS.bind(Messages.editorTitle, input.getName()));
        setTitleToolTip(input.getToolTipText());
        session = new ComparisonSession(in, site.getShell().getDisplay(), s -> refresh());
    }

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(5, false));
        heading = new Label(bar, SWT.NONE);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        new Label(bar, SWT.NONE).setText(Messages.reference);
        reference = new Combo(bar, SWT.READ_ONLY);
        reference.addListener(SWT.Selection, e -> session.setReference(reference.getText()));
        bandToggle = new org.eclipse.swt.widgets.Button(bar, SWT.CHECK);
        bandToggle.setText(Messages.bandToggle);
        bandToggle.setSelection(session.bandsOn());
        bandToggle.addListener(SWT.Selection, e -> session.setBandsOn(bandToggle.getSelection()));
        org.eclipse.swt.widgets.Button export = new org.eclipse.swt.widgets.Button(bar, SWT.PUSH);
        export.setText(Messages.exportButton);
        export.addListener(SWT.Selection, e -> export());
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        tabs = new CTabFolder(root, SWT.BORDER | SWT.BOTTOM);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tabs.setSelectionBackground(tabs.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));

        SashForm overview = new SashForm(tabs, SWT.VERTICAL);
        netChart = new Chart(overview, SWT.NONE);
        Composite figures = new Composite(overview, SWT.NONE);
        figures.setLayout(new GridLayout(1, false));
        keyFigures = table(figures);
        illustrative = new Label(figures, SWT.NONE);
        illustrative.setText(Messages.illustrativeNote);
        overview.setWeights(68, 32);
        tab(overview, Messages.tabOverview);

        sourcesSinksScroll = new ScrolledComposite(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
        sourcesSinks = new Composite(sourcesSinksScroll, SWT.NONE);
        sourcesSinksScroll.setContent(sourcesSinks);
        sourcesSinksScroll.setExpandHorizontal(true);
        sourcesSinksScroll.setExpandVertical(true);
        tab(sourcesSinksScroll, Messages.tabSourcesSinks);

        Composite diff = new Composite(tabs, SWT.NONE);
        diff.setLayout(new GridLayout(2, false));
        new Label(diff, SWT.NONE).setText(Messages.differenceOf);
        differenceOf = new Combo(diff, SWT.READ_ONLY);
        differenceOf.addListener(SWT.Selection, e -> fillDifferences());
        differenceCaption = new Label(diff, SWT.WRAP);
        differenceCaption.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        differences = table(diff);
        ((GridData) differences.getLayoutData()).horizontalSpan = 2;
        tab(diff, Messages.tabDifferences);

        Composite years = new Composite(tabs, SWT.NONE);
        years.setLayout(new GridLayout(1, false));
        netByYear = table(years);
        tab(years, Messages.tabNetByYear);
        tabs.setSelection(0);

        ResourcesPlugin.getWorkspace().addResourceChangeListener(fileListener, IResourceChangeEvent.POST_CHANGE);
        status.setText(Messages.computing);
        session.open();
    }

    private CTabItem tab(Control control, String text) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
        return item;
    }

    private static Table table(Composite parent) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        t.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return t;
    }

    /** Redraws everything from the session's comparison. */
    void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        Comparison c = session.comparison();
        String error = session.error();
        if (error != null) {
            status.setText(NLS.bind(Messages.failed, error));
            status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        } else {
            status.setForeground(null);
            String notes = notes(c);
            String band = session.bandNote();
            notes = band.isEmpty() ? notes : notes.isEmpty() ? band : notes + ". " + band;
            String change = session.lastChange() == null ? "" : NLS.bind(Messages.updated, session.lastChange());
            status.setText(change.isEmpty() || notes.isEmpty() ? change + notes : change + ". " + notes);
        }
        // An empty status line takes no room.
        ((GridData) status.getLayoutData()).exclude = status.getText().isEmpty();
        status.setVisible(!status.getText().isEmpty());
        if (c == null) {
            root.layout(true, true);
            return;
        }
        heading.setText(headingText(session));
        String title = NLS.bind(Messages.editorTitle, scenarios(c) + " (" + span(c) + ")");
        if (!title.equals(getPartName())) {
            setPartName(title); // the scenarios compared and their horizon, not the study's own period
        }
        String[] labels = c.results().stream().map(ScenarioResult::label).toArray(String[]::new);
        if (!java.util.Arrays.equals(reference.getItems(), labels)) {
            reference.setItems(labels);
        }
        reference.setText(c.reference().label());
        NetPathsChart.show(netChart, NetPaths.of(c, session.decimals(), chartTitle(session), session.bands()));
        fillKeyFigures(c);
        fillSourcesSinks(c);
        String chosen = differenceOf.getText();
        differenceOf.setItems(labels);
        differenceOf.setText(chosen.isEmpty() || c.result(chosen).isEmpty() ? defaultOther(c) : chosen);
        fillDifferences();
        fill(netByYear, ComparisonTables.netByYear(c), session.decimals(), null);
        root.layout(true, true);
    }

    static String headingText(ComparisonSession s) {
        Comparison c = s.comparison();
        String unit = org.landcarbon.model.units.UnitText.unicode(c.unit());
        return s.acrossStudies()
                ? NLS.bind(Messages.headingAcross, new Object[] { scenarios(c),
                        String.valueOf(s.input().entries().stream().map(ScenarioComparisonInput.Entry::file).distinct().count()), span(c), unit })
                : NLS.bind(Messages.heading, new Object[] { scenarios(c), region(c), span(c), unit });
    }

    static String chartTitle(ComparisonSession s) {
        Comparison c = s.comparison();
        return Messages.netChartTitle + ", " + (s.acrossStudies() ? "" : region(c) + " ") + span(c);
    }

    /** The scenarios compared, in their order. */
    static String scenarios(Comparison c) {
        return String.join(", ", c.results().stream().map(ScenarioResult::label).toList());
    }

    /** The years the comparison covers (history and projection), e.g. 2005–2060. */
    static String span(Comparison c) {
        java.util.SortedSet<Integer> y = c.years();
        return y.isEmpty() ? "" : y.first() + "\u2013" + y.last();
    }

    /** The region of the reference study (its name, not the study's, which often names the historical period). */
    private static String region(Comparison c) {
        org.landcarbon.model.Region r = c.reference().study().getRegion();
        return r != null && r.getName() != null && !r.getName().isBlank() ? r.getName() : ModelLabels.study(c.reference().study());
    }

    private static String notes(Comparison c) {
        if (c == null) {
            return "";
        }
        List<String> notes = new ArrayList<>();
        for (ScenarioResult r : c.results()) {
            r.projection().notes().forEach(n -> notes.add(r.label() + ": " + n));
        }
        return notes.isEmpty() ? "" : NLS.bind(Messages.notes, String.join("; ", notes));
    }

    private static String defaultOther(Comparison c) {
        return c.results().stream().filter(r -> r != c.reference()).findFirst().orElse(c.reference()).label();
    }

    /** The key figures, rounded as {@code landcarbon compare} prints them. */
    private void fillKeyFigures(Comparison c) {
        ComparisonSettings s = c.settings();
        int d = session.decimals();
        List<String> header = new ArrayList<>(List.of(Messages.colScenario, Messages.colPeakYear, Messages.colPeakValue,
                NLS.bind(Messages.colCumulative, String.valueOf(s.cumulativeFrom()), String.valueOf(s.cumulativeTo()))));
        s.milestones().forEach(y -> header.add(NLS.bind(Messages.colNetIn, String.valueOf(y))));
        header.add(NLS.bind(Messages.colBelowFrom, Format.number(s.threshold(), d)));
        List<String[]> rows = new ArrayList<>();
        for (ScenarioResult r : c.results()) {
            KeyFigures k = r.figures();
            List<String> row = new ArrayList<>();
            row.add(r.label() + (r.illustrative() ? " *" : ""));
            row.add(Format.peakYear(k));
            row.add(Format.number(k.peak().value(), d));
            row.add(Format.cumulative(k, d));
            s.milestones().forEach(y -> row.add(Format.number(Comparison.net(r, y), d)));
            row.add(k.belowYear().isPresent() ? String.valueOf(k.belowYear().getAsInt()) : Messages.noValue);
            rows.add(row.toArray(String[]::new));
        }
        setRows(keyFigures, header, rows);
        for (int i = 0; i < keyFigures.getItemCount(); i++) {
            int[] rgb = Colors.scenario(i);
            keyFigures.getItem(i).setForeground(0, new Color(rgb[0], rgb[1], rgb[2]));
        }
        illustrative.setVisible(c.results().stream().anyMatch(ScenarioResult::illustrative));
    }

    private void fillSourcesSinks(Comparison c) {
        for (Control control : accountControls) {
            control.dispose();
        }
        accountControls.clear();
        int n = c.results().size();
        int columns = n <= 2 ? n : n == 4 ? 2 : 3;
        sourcesSinks.setLayout(new GridLayout(columns, true));
        Label hint = new Label(sourcesSinks, SWT.NONE);
        hint.setText(NLS.bind(Messages.sourcesSinksCaption, org.landcarbon.model.units.UnitText.unicode(c.unit())));
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1));
        accountControls.add(hint);
        for (ScenarioResult r : c.results()) {
            Chart chart = ChartFactory.create(sourcesSinks, SourcesSinksModels.of(session, c, r));
            // Upright year labels fit a narrow chart; a category axis clips labels wider than their slot.
            chart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(90);
            GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
            gd.minimumHeight = 320;
            gd.minimumWidth = 380;
            chart.setLayoutData(gd);
            accountControls.add(chart);
        }
        sourcesSinksScroll.setMinSize(sourcesSinks.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        sourcesSinks.layout(true, true);
    }

    private void fillDifferences() {
        Comparison c = session.comparison();
        if (c == null) {
            return;
        }
        ScenarioResult r = c.result(differenceOf.getText()).orElse(c.reference());
        ComparisonTables.Table table = ComparisonTables.componentDifferences(c, r);
        String caption;
        if (r == c.reference()) {
            caption = NLS.bind(Messages.referenceIsSelf, r.label());
        } else {
            caption = NLS.bind(Messages.differencesCaption, new Object[] { r.label(), c.reference().label(), org.landcarbon.model.units.UnitText.unicode(c.unit()) });
            ComparisonTables.Table trimmed = fromFirstDifference(table);
            if (trimmed.rows().size() < table.rows().size() && !trimmed.rows().isEmpty()) {
                caption += "\n" + NLS.bind(Messages.identicalBefore, String.valueOf(trimmed.rows().get(0).get(0)));
                table = trimmed;
            }
        }
        differenceCaption.setText(caption);
        fill(differences, table, session.decimals(), r);
        differenceCaption.getParent().layout(true, true);
    }

    /** The rows from the first year in which any difference is not zero: before it the scenarios share their history. */
    static ComparisonTables.Table fromFirstDifference(ComparisonTables.Table t) {
        int first = 0;
        while (first < t.rows().size() && t.rows().get(first).stream().skip(1).allMatch(v -> v instanceof Double d && d == 0.0)) {
            first++;
        }
        return new ComparisonTables.Table(t.header(), t.rows().subList(first, t.rows().size()));
    }

    /** A table of {@link ComparisonTables} on screen: component ids by name, numbers rounded. */
    private void fill(Table table, ComparisonTables.Table data, int decimals, ScenarioResult named) {
        Comparison c = session.comparison();
        List<String> header = new ArrayList<>();
        for (String h : data.header()) {
            header.add(switch (h) {
                case "year" -> Messages.colYear;
                case "net" -> Messages.colNet;
                default -> c.result(h).isPresent() ? h : headerName(c, h, named);
            });
        }
        List<String[]> rows = new ArrayList<>();
        for (List<Object> row : data.rows()) {
            rows.add(row.stream().map(cell -> Format.cell(cell, decimals)).toArray(String[]::new));
        }
        setRows(table, header, rows);
    }

    private static String headerName(Comparison c, String h, ScenarioResult named) {
        int dash = h.indexOf(" - ");
        if (dash > 0 && c.result(h.substring(0, dash)).isPresent()) {
            return NLS.bind(Messages.differenceColumn, h.substring(0, dash), h.substring(dash + 3));
        }
        return ModelLabels.component(named == null ? c.reference().study() : named.study(), h);
    }

    private static void setRows(Table table, List<String> header, List<String[]> rows) {
        table.setRedraw(false);
        try {
            table.removeAll();
            TableColumn[] columns = table.getColumns();
            boolean same = columns.length == header.size();
            for (int i = 0; same && i < columns.length; i++) {
                same = columns[i].getText().equals(header.get(i));
            }
            if (!same) {
                for (TableColumn col : columns) {
                    col.dispose();
                }
                for (int i = 0; i < header.size(); i++) {
                    TableColumn col = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
                    col.setText(header.get(i));
                }
            }
            for (String[] row : rows) {
                new TableItem(table, SWT.NONE).setText(row);
            }
            if (!same) {
                for (TableColumn col : table.getColumns()) {
                    col.pack();
                    col.setWidth(col.getWidth() + 12);
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private void export() {
        if (session.comparison() == null) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
        dialog.setMessage(Messages.exportDialogMessage);
        String dir = dialog.open();
        if (dir == null) {
            return;
        }
        try {
            List<Path> files = ComparisonExport.write(session, Path.of(dir));
            MessageDialog.openInformation(getSite().getShell(), Messages.exportButton,
                    NLS.bind(Messages.exportDone, String.valueOf(files.size()), dir));
        } catch (Exception ex) {
            MessageDialog.openError(getSite().getShell(), Messages.exportButton, NLS.bind(Messages.exportFailed, ComparisonSession.message(ex)));
        }
    }

    private void resourcesChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        List<IFile> changed = new ArrayList<>();
        try {
            delta.accept(d -> {
                if (d.getResource() instanceof IFile f && (d.getFlags() & IResourceDelta.CONTENT) != 0 && session.covers(f)) {
                    changed.add(f);
                }
                return d.getResource().getType() != IResource.FILE;
            });
        } catch (CoreException ignored) {
            return;
        }
        if (!changed.isEmpty() && root != null && !root.isDisposed()) {
            root.getDisplay().asyncExec(() -> changed.forEach(session::fileChanged));
        }
    }

    // ---- for tests and the export

    public ComparisonSession session() {
        return session;
    }

    /** The key figures as shown: one row per scenario, cells as on screen. */
    public List<String[]> keyFigureRows() {
        List<String[]> rows = new ArrayList<>();
        for (TableItem item : keyFigures.getItems()) {
            String[] row = new String[keyFigures.getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = item.getText(i);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The heading above the chart and the key figures' column headers, for tests. */
    public String headingShown() {
        return heading.getText();
    }

    /** What a person reads on the charts and under them: titles, axis titles, captions (for tests of the units). */
    public List<String> chartTexts() {
        List<String> texts = new ArrayList<>();
        List<Control> controls = new ArrayList<>(accountControls);
        controls.add(0, netChart);
        controls.add(differenceCaption);
        for (Control c : controls) {
            if (c instanceof Chart chart && !chart.isDisposed()) {
                texts.add(chart.getTitle().getText());
                texts.add(chart.getAxisSet().getXAxis(0).getTitle().getText());
                texts.add(chart.getAxisSet().getYAxis(0).getTitle().getText());
            } else if (c instanceof Label label && !label.isDisposed()) {
                texts.add(label.getText());
            }
        }
        return texts;
    }

    public List<String> keyFigureHeader() {
        return java.util.Arrays.stream(keyFigures.getColumns()).map(TableColumn::getText).toList();
    }

    /** The net emission chart of the overview, for tests. */
    public Chart netChart() {
        return netChart;
    }

    public String statusText() {
        return status.getText();
    }

    public void showTab(int index) {
        tabs.setSelection(index);
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileListener);
        session.close();
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save: the scenarios are saved with their studies
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
