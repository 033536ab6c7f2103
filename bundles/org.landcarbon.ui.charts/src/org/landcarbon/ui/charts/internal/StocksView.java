package org.landcarbon.ui.charts.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.landcarbon.accounting.stock.StockValue;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.UnitText;
import org.landcarbon.ui.UiPreferences;
import org.landcarbon.ui.charts.ChartFactory;
import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.ui.internal.pools.PoolNames;

/**
 * Carbon stocks of the study in the active editor, beside its emission account: stocks per year and land class
 * (area x density from the study's densities) with the total, the stock change between two chosen years and its
 * emission equivalent in CO2, the chart of stocks per class, and the trail of the selected figure. Recomputed
 * after every edit.
 */
public final class StocksView extends StudyChartView<StocksModel> {

    public static final String ID = "org.landcarbon.ui.charts.views.stocks";
    /** The row keys of the change and its emission equivalent (the other rows are years). */
    public static final String CHANGE = "change";
    public static final String EMISSION = "emission";

    private Combo unit;
    private Combo from;
    private Combo to;
    private Label status;
    private Table table;
    private Chart chart;
    private Text trail;
    private StocksModel shown;
    private ChartModel chartModel;
    private volatile String unitShown = StocksModel.UNITS.get(0);

    public StocksView() {
        super(StockMessages.jobName);
    }

    @Override
    Control createCharts(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(7, false));
        new Label(root, SWT.NONE).setText(StockMessages.unit);
        unit = new Combo(root, SWT.READ_ONLY);
        unit.setItems(StocksModel.UNITS.stream().map(UnitText::unicode).toArray(String[]::new));
        unit.select(Math.max(0, StocksModel.UNITS.indexOf(UiPreferences.carbonUnit())));
        unitShown = StocksModel.UNITS.get(unit.getSelectionIndex());
        unit.addListener(SWT.Selection, e -> {
            unitShown = StocksModel.UNITS.get(Math.max(0, unit.getSelectionIndex()));
            recompute(); // the trail is written in the unit shown
        });
        new Label(root, SWT.NONE).setText(StockMessages.change);
        from = new Combo(root, SWT.READ_ONLY);
        new Label(root, SWT.NONE).setText(StockMessages.to);
        to = new Combo(root, SWT.READ_ONLY);
        from.addListener(SWT.Selection, e -> fill());
        to.addListener(SWT.Selection, e -> fill());
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        // the table and the chart side by side (both keep their height), the trail of the selected figure below
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
        SashForm figures = new SashForm(sash, SWT.HORIZONTAL);
        table = new Table(figures, SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.MouseDown, e -> cellAt(new Point(e.x, e.y)));
        chart = ChartFactory.create(figures, new ChartModel("", null, "", "", new String[0], List.of()));
        figures.setWeights(55, 45);
        trail = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        trail.setText(StockMessages.trailHint);
        sash.setWeights(78, 22);

        Action copy = new Action(StockMessages.copy) {
            @Override
            public void run() {
                if (shown == null) {
                    return;
                }
                org.eclipse.swt.dnd.Clipboard cb = new org.eclipse.swt.dnd.Clipboard(table.getDisplay());
                try {
                    cb.setContents(new Object[] { tableText('\t') }, new org.eclipse.swt.dnd.Transfer[] { org.eclipse.swt.dnd.TextTransfer.getInstance() });
                } finally {
                    cb.dispose();
                }
            }
        };
        Action csv = new Action(StockMessages.exportCsv) {
            @Override
            public void run() {
                exportCsv();
            }
        };
        getViewSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.COPY.getId(), copy);
        getViewSite().getActionBars().getMenuManager().add(copy);
        getViewSite().getActionBars().getMenuManager().add(csv);
        addExports(this::exportChart);
        return root;
    }

    @Override
    String noStudy() {
        return StockMessages.noStudy;
    }

    @Override
    String noResult() {
        return StockMessages.noDensities;
    }

    @Override
    StocksModel compute(Study copy) throws Exception {
        return StocksModel.compute(copy, unitShown);
    }

    @Override
    boolean draw(StocksModel next) {
        shown = next;
        List<String> years = next.account().years().stream().map(String::valueOf).toList();
        String f = from.getText();
        String t = to.getText();
        from.setItems(years.toArray(String[]::new));
        to.setItems(years.toArray(String[]::new));
        from.select(years.contains(f) ? years.indexOf(f) : 0);
        to.select(years.contains(t) ? years.indexOf(t) : years.size() - 1);
        String pools = String.join(", ", next.account().pools().stream().map(PoolNames::of).toList());
        status.setText(NLS.bind(StockMessages.status, pools, String.join(" ", next.account().notes())));
        chartModel = next.chart(unitShown);
        ChartFactory.show(chart, chartModel);
        fill();
        status.getParent().layout(true);
        return true;
    }

    @Override
    void cleared() {
        shown = null;
        chartModel = null;
    }

    /** The table of the shown stocks with the change and emission rows of the chosen years. */
    private void fill() {
        if (shown == null) {
            return;
        }
        table.setRedraw(false);
        try {
            table.removeAll();
            while (table.getColumnCount() > 0) {
                table.getColumn(0).dispose();
            }
            String u = UnitText.unicode(unitShown);
            new TableColumn(table, SWT.LEFT).setText(StockMessages.row);
            for (String c : shown.columns()) {
                TableColumn col = new TableColumn(table, SWT.RIGHT);
                col.setText(shown.label(c));
                col.setToolTipText(shown.label(c) + " [" + u + "]");
            }
            int decimals = UiPreferences.decimals();
            for (int y : shown.account().years()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(y);
                item.setText(0, String.valueOf(y));
                for (int i = 0; i < shown.columns().size(); i++) {
                    item.setText(i + 1, StocksModel.format(StocksModel.in(shown.stock(y, shown.columns().get(i)), unitShown), decimals));
                }
            }
            for (String key : List.of(CHANGE, EMISSION)) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(key);
                String years = fromYear() + "\u2013" + toYear();
                item.setText(0, CHANGE.equals(key) ? NLS.bind(StockMessages.changeRow, years) + " [" + u + "]"
                        : NLS.bind(StockMessages.emissionRow, years) + " [" + UnitText.unicode(StocksModel.co2(unitShown)) + "]");
                for (int i = 0; i < shown.columns().size(); i++) {
                    item.setText(i + 1, StocksModel.format(StocksModel.in(value(key, shown.columns().get(i)), CHANGE.equals(key) ? unitShown
                            : StocksModel.co2(unitShown)), decimals));
                }
            }
            for (TableColumn c : table.getColumns()) {
                c.pack();
                c.setWidth(c.getWidth() + 16);
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private int fromYear() {
        return Integer.parseInt(from.getText());
    }

    private int toYear() {
        return Integer.parseInt(to.getText());
    }

    /** A figure of the table: a year's stock, or the change or emission equivalent of the chosen years. */
    private StockValue value(Object row, String column) {
        if (row instanceof Integer year) {
            return shown.stock(year, column);
        }
        return CHANGE.equals(row) ? shown.account().change(fromYear(), toYear(), column) : shown.account().emission(fromYear(), toYear(), column);
    }

    private void cellAt(Point p) {
        TableItem item = table.getItem(p);
        if (item == null || shown == null) {
            return;
        }
        for (int i = 1; i < table.getColumnCount(); i++) {
            if (item.getBounds(i).contains(p)) {
                showTrail(item.getData(), shown.columns().get(i - 1));
                return;
            }
        }
    }

    private void showTrail(Object row, String column) {
        StockValue v = value(row, column);
        List<String> lines = new ArrayList<>();
        if (StocksModel.TOTAL.equals(column) && row instanceof Integer year) {
            for (String c : shown.account().classes()) {
                lines.addAll(shown.account().stock(year, c).trail()); // every class's area x density, then the sum
            }
        }
        lines.addAll(v.trail());
        if (!v.isPresent()) {
            lines.add(StockMessages.missing + ": " + v.reason());
        }
        trail.setText(UnitText.unicode(String.join("\n", lines)));
    }

    /** Selects a figure and shows its trail (tests): a year, or {@link #CHANGE} / {@link #EMISSION}; a class id or "total". */
    public void select(Object row, String column) {
        showTrail(row, column);
    }

    /** Chooses the years of the change (tests). */
    public void changeBetween(int a, int b) {
        from.select(from.indexOf(String.valueOf(a)));
        to.select(to.indexOf(String.valueOf(b)));
        fill();
    }

    public void setUnit(String u) {
        unit.select(Math.max(0, StocksModel.UNITS.indexOf(u)));
        unitShown = StocksModel.UNITS.get(unit.getSelectionIndex());
        recompute();
    }

    /** What is shown, for tests; null while nothing. */
    public StocksModel shown() {
        return shown;
    }

    public Table table() {
        return table;
    }

    public String trailText() {
        return trail.getText();
    }

    public ChartModel chartModel() {
        return chartModel;
    }

    /** The table as shown (unit, chosen years) at full precision, separated by tabs or commas. */
    public String tableText(char separator) {
        return shown == null ? "" : shown.tableText(separator, unitShown, fromYear(), toYear());
    }

    private void exportCsv() {
        if (shown == null) {
            return;
        }
        org.eclipse.swt.widgets.FileDialog d = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.csv" });
        d.setFileName("stocks.csv");
        d.setOverwrite(true);
        String chosen = d.open();
        if (chosen != null) {
            try {
                // UTF-8 with a byte order mark, so that Excel shows Chinese headers correctly (as the Account view).
                java.nio.file.Files.writeString(java.nio.file.Path.of(chosen), "\ufeff" + tableText(','), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), StockMessages.exportCsv, e.getMessage());
            }
        }
    }

    private void exportChart(boolean png) {
        ChartModel model = chartModel;
        if (model != null) {
            ChartFiles.export(getSite().getShell(), png, "carbon-stocks", (file, size) -> ChartFiles.write(model, file, png, size));
        }
    }
}
