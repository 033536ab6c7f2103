package org.landcarbon.ui.charts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.stock.StockAccount;
import org.landcarbon.accounting.stock.StockAccounting;
import org.landcarbon.accounting.stock.StockValue;
import org.landcarbon.accounting.stock.StudyDensities;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;
import org.landcarbon.ui.ModelLabels;
import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.ui.charts.ChartSeries;

/**
 * The carbon stocks of a study with densities (area x density per class and year, {@link StockAccounting}) as the
 * Carbon Stocks view shows them: figures in a carbon unit, the change between two years and its emission equivalent
 * in the CO2 unit of the same size, and the chart of stocks per class stacked over the years.
 */
public final class StocksModel {

    /** The carbon units offered; the emission equivalent is shown in the CO2 unit of the same size. */
    public static final List<String> UNITS = List.of("10^4 t C", "t C", "Mt C", "Tg C");
    public static final String TOTAL = "total";

    private final Study study;
    private final StockAccount account;

    private StocksModel(Study study, StockAccount account) {
        this.study = study;
        this.account = account;
    }

    /**
     * The stocks of the study (a copy; no editor state) with every pool its densities give; null when the study
     * has no densities or no area series.
     *
     * @throws java.io.IOException when a density row breaks a rule, naming the row and column
     */
    public static StocksModel compute(Study study, String unit) throws java.io.IOException {
        if (!StudyDensities.has(study)) {
            return null;
        }
        StockAccount a = StockAccounting.compute(study, StudyDensities.of(study), Set.of(), Unit.parse(unit));
        return a.years().isEmpty() || a.classes().isEmpty() ? null : new StocksModel(study, a);
    }

    public StockAccount account() {
        return account;
    }

    public Study study() {
        return study;
    }

    /** The columns: every class with areas, then the total. */
    public List<String> columns() {
        List<String> c = new ArrayList<>(account.classes());
        c.add(TOTAL);
        return c;
    }

    public String label(String column) {
        if (TOTAL.equals(column)) {
            return StockMessages.total;
        }
        LandClass c = ModelLabels.findClass(study, column);
        return c == null ? column : ModelLabels.landClass(c);
    }

    public StockValue stock(int year, String column) {
        return TOTAL.equals(column) ? account.total(year) : account.stock(year, column);
    }

    /** The CO2 unit of the same size as a carbon unit (10^4 t C: 10^4 t CO2). */
    public static String co2(String carbonUnit) {
        return carbonUnit.endsWith(" C") ? carbonUnit.substring(0, carbonUnit.length() - 2) + " CO2" : carbonUnit;
    }

    /** A stock or change in {@code unit}, or the emission equivalent (already negated) in a CO2 unit; NaN when missing. */
    public static double in(StockValue v, String unit) {
        return v.isPresent() ? Account.express(v.value(), Unit.parse(unit)).value() : Double.NaN;
    }

    public static String format(double v, int decimals) {
        return Double.isNaN(v) ? "\u2013" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** The chart: one stacked bar per class and year, the total as a line. */
    public ChartModel chart(String unit) {
        List<Integer> years = account.years();
        String[] categories = years.stream().map(String::valueOf).toArray(String[]::new);
        List<ChartSeries> series = new ArrayList<>();
        for (String c : account.classes()) {
            double[] v = new double[years.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = in(account.stock(years.get(i), c), unit);
            }
            series.add(new ChartSeries(label(c), v, ChartSeries.Style.STACKED_UP, c));
        }
        double[] total = new double[years.size()];
        for (int i = 0; i < total.length; i++) {
            total[i] = in(account.total(years.get(i)), unit);
        }
        series.add(new ChartSeries(StockMessages.total, total, ChartSeries.Style.LINE, TOTAL));
        return new ChartModel(NLS.bind(StockMessages.chartTitle, ModelLabels.study(study)), StockMessages.chartCaption,
                Messages.axisYear, NLS.bind(Messages.axisCarbon, unit), categories, series);
    }

    /**
     * The table as text, full precision: a header, a line per year of stocks in {@code unit}, then the change
     * {@code from}-{@code to} in {@code unit} and its emission equivalent in the CO2 unit of the same size.
     */
    public String tableText(char separator, String unit, int from, int to) {
        String sep = String.valueOf(separator);
        StringBuilder b = new StringBuilder(StockMessages.row);
        for (String c : columns()) {
            b.append(sep).append(quote(label(c) + " [" + unit + "]", separator));
        }
        b.append('\n');
        for (int y : account.years()) {
            b.append(y);
            for (String c : columns()) {
                b.append(sep).append(plain(in(stock(y, c), unit)));
            }
            b.append('\n');
        }
        b.append(quote(NLS.bind(StockMessages.changeRow, from + "-" + to) + " [" + unit + "]", separator));
        for (String c : columns()) {
            b.append(sep).append(plain(in(account.change(from, to, c), unit)));
        }
        b.append('\n');
        b.append(quote(NLS.bind(StockMessages.emissionRow, from + "-" + to) + " [" + co2(unit) + "]", separator));
        for (String c : columns()) {
            b.append(sep).append(plain(in(account.emission(from, to, c), co2(unit))));
        }
        b.append('\n');
        return b.toString();
    }

    private static String plain(double v) {
        return Double.isNaN(v) ? "" : String.valueOf(v);
    }

    private static String quote(String s, char separator) {
        return separator == ',' && (s.contains(",") || s.contains("\"")) ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
