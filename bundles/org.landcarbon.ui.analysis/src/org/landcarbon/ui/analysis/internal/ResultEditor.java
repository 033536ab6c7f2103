package org.landcarbon.ui.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Matrix;
import org.landcarbon.analysis.result.ResultItem;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.analysis.result.TextList;
import org.landcarbon.analysis.result.TextMap;
import org.landcarbon.ui.charts.ChartFactory;

/**
 * Shows every item of an analysis result, knowing nothing of the analysis: numbers and words as a form,
 * series, keyed values, tables and matrices as tables, a line chart per group of series (with the input
 * series of the same unit for comparison), a bar chart per set of keyed values. Units are in the column
 * headers and axis titles, each item's provenance is its tooltip. Copy (Ctrl+C or the button) puts the
 * whole result on the clipboard as tab-separated text.
 */
public final class ResultEditor extends EditorPart {

    public static final String ID = "org.landcarbon.ui.editors.analysisResult";

    private ScrolledComposite scroller;
    private Composite body;
    private Font bold;
    /** The table showing each item, by the item's key (a table of series by its first item's key). */
    private final Map<String, org.eclipse.swt.widgets.Table> tables = new LinkedHashMap<>();
    private final List<Chart> charts = new ArrayList<>();
    private final Action copy = new Action(Messages.get("editor.copy")) {
        @Override
        public void run() {
            copyToClipboard();
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ResultEditorInput)) {
            throw new PartInitException("Not an analysis result: " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        site.getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
    }

    public ResultEditorInput input() {
        return (ResultEditorInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        body = new Composite(scroller, SWT.NONE);
        body.setLayout(new GridLayout(2, true));
        body.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        FontData fd = parent.getFont().getFontData()[0];
        bold = new Font(parent.getDisplay(), fd.getName(), fd.getHeight() + 1, SWT.BOLD);

        AnalysisResult result = input().result();
        header(result);
        scalarsAndTexts(result);
        seriesGroups(result);
        for (ResultItem item : result.items()) {
            switch (item) {
                case KeyedValues k -> keyed(k);
                case Table t -> grid(t.key(), screenHeader(t.label(), t.unit()), t.rowName(), t.rows(), t.columns(), t.values(),
                        t.provenance());
                case Matrix m -> grid(m.key(), screenHeader(m.label(), m.unit()), "from \\ to", m.labels(), m.labels(), m.values(),
                        m.provenance());
                case TextList l -> textTable(l.key(), l.label(), List.of(l.label()), l.values().stream().map(v -> new String[] { v }).toList(),
                        l.provenance());
                case TextMap m -> textTable(m.key(), m.label(), List.of("", m.label()),
                        m.values().entrySet().stream().map(e -> new String[] { e.getKey(), e.getValue() }).toList(), m.provenance());
                default -> {
                }
            }
        }
        if (!result.notes().isEmpty()) {
            Label notes = section(Messages.get("editor.notes"));
            notes.setToolTipText(null);
            Label text = new Label(body, SWT.WRAP);
            text.setText(String.join("\n", result.notes()));
            text.setBackground(body.getBackground());
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(text);
        }
        scroller.setContent(body);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> relayout());
        relayout();
    }

    private void relayout() {
        int width = Math.max(scroller.getClientArea().width, 700);
        scroller.setMinSize(body.computeSize(width, SWT.DEFAULT));
        body.layout(true, true);
    }

    private Label section(String title) {
        Label label = new Label(body, SWT.NONE);
        label.setText(title);
        label.setFont(bold);
        label.setBackground(body.getBackground());
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(label);
        return label;
    }

    private void header(AnalysisResult result) {
        ResultEditorInput in = input();
        Label title = new Label(body, SWT.NONE);
        title.setText(Analyses.name(in.descriptor()) + "  (" + in.descriptor().id() + ")");
        title.setFont(bold);
        title.setBackground(body.getBackground());
        GridDataFactory.fillDefaults().span(1, 1).grab(true, false).applyTo(title);
        Button copyButton = new Button(body, SWT.PUSH);
        copyButton.setText(Messages.get("editor.copy"));
        copyButton.addListener(SWT.Selection, e -> copyToClipboard());
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(copyButton);
        Text text = new Text(body, SWT.READ_ONLY | SWT.WRAP);
        text.setText(Messages.get("editor.input") + ": " + result.input() + "\n" + Messages.get("editor.settings") + ": "
                + ResultText.settings(result.settings()));
        text.setBackground(body.getBackground());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(text);
    }

    private org.eclipse.swt.widgets.Table newTable(Composite parent, String... headers) {
        org.eclipse.swt.widgets.Table table = new org.eclipse.swt.widgets.Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        // GTK ignores a later change of the first column's alignment: set it at creation.
        for (int i = 0; i < headers.length; i++) {
            new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT).setText(headers[i]);
        }
        // Provenance per row (item data) or per table, shown as the tooltip of the row under the mouse.
        table.addListener(SWT.MouseHover, e -> {
            TableItem row = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            Object tip = row == null ? null : row.getData("provenance");
            table.setToolTipText(tip instanceof String s ? s : (String) table.getData("provenance"));
        });
        return table;
    }

    private void pack(org.eclipse.swt.widgets.Table table, int rows, int span) {
        pack(table, rows, span, 320);
    }

    private void pack(org.eclipse.swt.widgets.Table table, int rows, int span, int maxWidth) {
        for (TableColumn c : table.getColumns()) {
            c.pack();
            c.setWidth(Math.min(Math.max(c.getWidth() + 8, 70), maxWidth));
        }
        GridDataFactory.fillDefaults().span(span, 1).grab(true, false)
                .hint(SWT.DEFAULT, table.getHeaderHeight() + table.getItemHeight() * Math.min(rows, 16) + 6).applyTo(table);
    }

    /** Numbers as a form (item, value, unit); words in their own table, left-aligned and wide. */
    private void scalarsAndTexts(AnalysisResult result) {
        List<Scalar> scalars = result.items().stream().filter(Scalar.class::isInstance).map(Scalar.class::cast).toList();
        List<org.landcarbon.analysis.result.Text> texts = result.items().stream()
                .filter(org.landcarbon.analysis.result.Text.class::isInstance).map(org.landcarbon.analysis.result.Text.class::cast)
                .toList();
        if (!scalars.isEmpty()) {
            section(Messages.get("editor.values"));
            org.eclipse.swt.widgets.Table table = newTable(body, Messages.get("editor.item"), Messages.get("editor.value"),
                    Messages.get("editor.unit"));
            table.getColumn(2).setAlignment(SWT.LEFT);
            for (Scalar i : scalars) {
                TableItem row = new TableItem(table, SWT.NONE);
                row.setText(new String[] { i.label(), ResultText.number(i.value()), org.landcarbon.model.units.UnitText.unicode(i.unit()) });
                row.setData("key", i.key());
                row.setData("provenance", i.provenance());
                tables.put(i.key(), table);
            }
            pack(table, scalars.size(), 2);
        }
        if (!texts.isEmpty()) {
            org.eclipse.swt.widgets.Table table = newTable(body, Messages.get("editor.item"), Messages.get("editor.text"));
            table.getColumn(1).setAlignment(SWT.LEFT);
            for (org.landcarbon.analysis.result.Text i : texts) {
                TableItem row = new TableItem(table, SWT.NONE);
                row.setText(new String[] { i.label(), i.text() });
                row.setData("key", i.key());
                row.setData("provenance", i.provenance());
                tables.put(i.key(), table);
            }
            pack(table, texts.size(), 2, 2000);
        }
    }

    /** Series on the same index and in the same unit share a table and a line chart. */
    private void seriesGroups(AnalysisResult result) {
        Map<String, List<Series>> groups = new LinkedHashMap<>();
        for (ResultItem i : result.items()) {
            if (i instanceof Series s) {
                groups.computeIfAbsent(s.indexName() + "\u0000" + s.unit(), k -> new ArrayList<>()).add(s);
            }
        }
        DataTable in = input().table();
        for (List<Series> group : groups.values()) {
            String unit = group.get(0).unit();
            List<DataTable.Column> inputs = in.hasNumericIndex() && group.get(0).indexName().equals(in.indexName())
                    ? in.columns().stream().filter(c -> unit.equals(c.unit())).toList()
                    : List.of();
            TreeSet<Integer> index = new TreeSet<>();
            group.forEach(s -> { for (int x : s.index()) { index.add(x); } });
            String title = String.join(", ", group.stream().map(Series::label).toList());
            section(screenHeader(title, unit));
            List<String> headers = new ArrayList<>(List.of(group.get(0).indexName()));
            inputs.forEach(c -> headers.add(screenHeader("input " + c.name(), c.unit())));
            group.forEach(s -> headers.add(screenHeader(s.label(), s.unit())));
            org.eclipse.swt.widgets.Table table = newTable(body, headers.toArray(String[]::new));
            table.setData("provenance", String.join("\n", group.stream().map(s -> s.label() + ": " + s.provenance()).toList()));
            for (int x : index) {
                TableItem row = new TableItem(table, SWT.NONE);
                List<String> cells = new ArrayList<>(List.of(Integer.toString(x)));
                int r = indexOf(in.index(), x);
                inputs.forEach(c -> cells.add(r < 0 ? "" : ResultText.number(c.values()[r])));
                for (Series s : group) {
                    int i = indexOf(s.index(), x);
                    cells.add(i < 0 ? "" : ResultText.number(s.values()[i]));
                }
                row.setText(cells.toArray(String[]::new));
            }
            pack(table, index.size(), 1);
            group.forEach(s -> tables.put(s.key(), table));

            Chart chart = chart(title, group.get(0).indexName(), unit);
            ChartFactory.style(chart, "year".equalsIgnoreCase(group.get(0).indexName()));
            int color = 0;
            for (DataTable.Column c : inputs) {
                line(chart, "input " + c.name(), toDouble(in.index()), c.values(), color++, true);
            }
            for (Series s : group) {
                line(chart, s.label(), toDouble(s.index()), s.values(), color++, false);
            }
            fitRange(chart);
        }
    }

    /** adjustRange() puts the extreme points on the plot's edge (a bar's top is cut): leave 5 % room. */
    private static void fitRange(Chart chart) {
        fitRange(chart, false);
    }

    /** Bars grow from zero, so their axis always shows it (a bar cut at 1.5 would misstate its size). */
    private static void fitRange(Chart chart, boolean withZero) {
        chart.getAxisSet().adjustRange();
        IAxis y = chart.getAxisSet().getYAxis(0);
        org.eclipse.swtchart.Range r = y.getRange();
        double lower = withZero ? Math.min(0, r.lower) : r.lower;
        double upper = withZero ? Math.max(0, r.upper) : r.upper;
        double pad = (upper - lower) * 0.05;
        if (pad > 0) {
            y.setRange(new org.eclipse.swtchart.Range(lower - (withZero && lower == 0 ? 0 : pad), upper + (withZero && upper == 0 ? 0 : pad)));
        }
    }

    /** A header as a person reads it: the unit typeset (10⁴ t C); the copied TSV keeps ASCII (ResultText). */
    private static String screenHeader(String label, String unit) {
        return ResultText.header(label, org.landcarbon.model.units.UnitText.unicode(unit));
    }

    private Chart chart(String title, String xTitle, String unit) {
        Chart chart = new Chart(body, SWT.NONE);
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).getTitle().setText(xTitle);
        chart.getAxisSet().getYAxis(0).getTitle().setText(unit == null || unit.isBlank() ? "value" : org.landcarbon.model.units.UnitText.unicode(unit));
        GridDataFactory.fillDefaults().grab(true, false).hint(420, 280).applyTo(chart);
        charts.add(chart);
        return chart;
    }

    private void line(Chart chart, String id, double[] x, double[] y, int color, boolean input) {
        // NaN means "not defined": such points are left out of the line.
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(y[i]) && !Double.isInfinite(y[i])) {
                points.add(new double[] { x[i], y[i] });
            }
        }
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        line.setXSeries(points.stream().mapToDouble(p -> p[0]).toArray());
        line.setYSeries(points.stream().mapToDouble(p -> p[1]).toArray());
        Color c = ChartFactory.lineColor(color);
        line.setLineColor(c);
        line.setSymbolColor(c);
        line.setSymbolType(input ? ILineSeries.PlotSymbolType.CIRCLE : ILineSeries.PlotSymbolType.SQUARE);
        line.setSymbolSize(3);
        line.setLineWidth(input ? 1 : 2);
    }

    private void keyed(KeyedValues k) {
        section(screenHeader(k.label(), k.unit()));
        org.eclipse.swt.widgets.Table table = newTable(body, k.keyName(), screenHeader(k.label(), k.unit()));
        table.setData("provenance", k.provenance());
        for (int i = 0; i < k.keys().size(); i++) {
            new TableItem(table, SWT.NONE).setText(new String[] { k.keys().get(i), ResultText.number(k.values()[i]) });
        }
        pack(table, k.keys().size(), 1);
        tables.put(k.key(), table);
        Chart chart = chart(k.label(), k.keyName(), k.unit());
        ChartFactory.style(chart, false);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(k.keys().toArray(String[]::new));
        IBarSeries<?> bar = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, k.key());
        double[] values = k.values().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.isFinite(values[i]) ? values[i] : 0; // not defined: no bar (the table shows "-")
        }
        bar.setYSeries(values);
        bar.setBarColor(ChartFactory.barColor());
        chart.getLegend().setVisible(false);
        if (k.keys().size() > 6) {
            x.getTick().setTickLabelAngle(45); // period labels such as 2005-2006 would overlap
        }
        fitRange(chart, true);
    }

    private void grid(String key, String title, String rowName, List<String> rows, List<String> columns, double[][] values,
            String provenance) {
        section(title);
        List<String> headers = new ArrayList<>(List.of(rowName));
        headers.addAll(columns);
        org.eclipse.swt.widgets.Table table = newTable(body, headers.toArray(String[]::new));
        table.setData("provenance", provenance);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(List.of(rows.get(r)));
            for (double v : values[r]) {
                cells.add(ResultText.number(v));
            }
            new TableItem(table, SWT.NONE).setText(cells.toArray(String[]::new));
        }
        pack(table, rows.size(), 2);
        tables.put(key, table);
    }

    private void textTable(String key, String title, List<String> headers, List<String[]> rows, String provenance) {
        section(title);
        org.eclipse.swt.widgets.Table table = newTable(body, headers.toArray(String[]::new));
        for (TableColumn c : table.getColumns()) {
            c.setAlignment(SWT.LEFT);
        }
        table.setData("provenance", provenance);
        rows.forEach(r -> new TableItem(table, SWT.NONE).setText(r));
        pack(table, rows.size(), 2);
        tables.put(key, table);
    }

    private static int indexOf(int[] index, int x) {
        for (int i = 0; i < index.length; i++) {
            if (index[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static double[] toDouble(int[] index) {
        double[] d = new double[index.length];
        for (int i = 0; i < index.length; i++) {
            d[i] = index[i];
        }
        return d;
    }

    public String tsv() {
        return ResultText.tsv(getPartName(), input().result());
    }

    private void copyToClipboard() {
        Clipboard clipboard = new Clipboard(body.getDisplay());
        try {
            clipboard.setContents(new Object[] { tsv() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** The table that shows an item (tests read the shown numbers from it). */
    public org.eclipse.swt.widgets.Table tableOf(String key) {
        return tables.get(key);
    }

    public List<Chart> charts() {
        return charts;
    }

    public Control control() {
        return scroller;
    }

    @Override
    public void dispose() {
        if (bold != null) {
            bold.dispose();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        scroller.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
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
