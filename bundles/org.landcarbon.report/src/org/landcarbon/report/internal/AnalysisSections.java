package org.landcarbon.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.Figure;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.study.StudyTables;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Text;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.units.Unit;
import org.landcarbon.report.ReportDocument.Heading;
import org.landcarbon.report.ReportDocument.Paragraph;
import org.landcarbon.report.ReportDocument.Table;

/**
 * Land-use structure ({@code landuse.structure}), grey relational degrees with net emission ({@code grey.gra}) and the
 * GM(1,1) forecast ({@code grey.gm11}), each run through the analysis registry as the workbench runs them; an analysis
 * that is not installed or does not suit the study leaves a sentence saying so, never a made-up table.
 */
final class AnalysisSections {

    private final ReportContext c;
    private final Account account;
    private final AnalysisRegistry registry;
    /** Net emission per year in the display unit: the computed account's, else the study's reported figures. */
    private final TreeMap<Integer, Double> net = new TreeMap<>();
    private String netOrigin;

    AnalysisSections(ReportContext context, Account account, AnalysisRegistry registry) {
        this.c = context;
        this.account = account;
        this.registry = registry;
        for (int y : account.years()) {
            Figure f = account.value(y, "net");
            if (f.isPresent()) {
                net.put(y, Account.express(f.value(), c.carbonUnit).value());
            }
        }
        netOrigin = c.texts.get("net.computed");
        if (net.size() < 4) {
            net.clear();
            for (ReportedValue r : c.study.getReportedValues()) {
                if ("net".equals(r.getComponent()) && r.getUnit() != null && Unit.parse(r.getUnit()).isCompatible(c.carbonUnit)) {
                    net.put(r.getYear(), Unit.parse(r.getUnit()).convert(r.getValue(), c.carbonUnit));
                }
            }
            netOrigin = c.texts.get("net.reported");
        }
    }

    private List<String> areaSeries() {
        return StudyTables.available(c.study).stream().filter(a -> !a.reported() && a.name().startsWith("area."))
                .map(StudyTables.Available::name).toList();
    }

    private Analysis<?> analysis(String id) {
        return registry == null ? null : registry.find(id).orElse(null);
    }

    private void unavailable(String key, Object... args) {
        c.document.add(new Paragraph(c.texts.get(key, args)));
    }

    private String cite(Analysis<?> a) {
        return c.citations.cite(a.descriptor().reference());
    }

    void landUse() throws Exception {
        Texts t = c.texts;
        c.document.add(new Heading(1, t.get("section.landuse")));
        List<String> areas = areaSeries();
        Analysis<?> structure = analysis("landuse.structure");
        if (areas.size() < 2) {
            unavailable("landuse.none");
            return;
        }
        DataTable table = StudyTables.of(c.study, c.studyName(), areas);
        int[] years = table.index();
        String unit = table.columns().get(0).unit();
        AnalysisResult result = null;
        String periods = null;
        if (structure == null) {
            unavailable("analysis.missing", "landuse.structure");
        } else {
            int first = years[0];
            int last = years[years.length - 1];
            int mid = first + (last - first) / 2;
            // the seed's Table 4 periods: the two halves and the whole span (as the workbench's Land-Use Structure view)
            periods = mid > first && mid < last ? first + "-" + mid + "," + mid + "-" + last + "," + first + "-" + last : first + "-" + last;
            result = AnalysisRunner.run(structure, table, Map.of("periods", periods));
        }
        List<String> header = new ArrayList<>();
        header.add(t.get("col.year"));
        areas.forEach(a -> header.add(c.component(a.substring("area.".length()))));
        Series diversity = result == null ? null : result.get("diversity", Series.class);
        if (diversity != null) {
            header.add(t.get("col.diversity"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < years.length; i++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(years[i]));
            for (DataTable.Column col : table.columns()) {
                row.add(c.number(col.values()[i]));
            }
            if (diversity != null) {
                row.add(Numbers.fixed(diversity.values()[i], 4));
            }
            rows.add(row);
        }
        String note = diversity == null ? "" : t.get("landuse.diversity.note", cite(structure));
        c.document.add(new Table(c.tableCaption("table.areas", c.studyName(), ReportContext.unit(unit)), header, rows, note));
        if (result == null) {
            return;
        }
        org.landcarbon.analysis.result.Table dynamic = result.get("dynamic_degree", org.landcarbon.analysis.result.Table.class);
        List<String> dh = new ArrayList<>();
        dh.add(t.get("col.class"));
        dynamic.columns().forEach(p -> dh.add(p.replace('-', '–')));
        List<List<String>> drows = new ArrayList<>();
        for (int i = 0; i < dynamic.rows().size(); i++) {
            List<String> row = new ArrayList<>();
            String id = dynamic.rows().get(i);
            row.add(c.component(id.startsWith("area.") ? id.substring(5) : id));
            for (int p = 0; p < dynamic.columns().size(); p++) {
                row.add(Numbers.fixed(dynamic.values()[i][p], 2));
            }
            drows.add(row);
        }
        c.document.add(new Table(c.tableCaption("table.dynamic", ReportContext.unit(dynamic.unit())), dh, drows,
                t.get("landuse.dynamic.note")));
    }

    void gra() throws Exception {
        Texts t = c.texts;
        c.document.add(new Heading(1, t.get("section.gra")));
        Analysis<?> gra = analysis("grey.gra");
        List<String> areas = areaSeries();
        if (gra == null) {
            unavailable("analysis.missing", "grey.gra");
            return;
        }
        if (areas.isEmpty() || net.size() < 3) {
            unavailable("gra.none");
            return;
        }
        // the years that net emission and every area series share
        DataTable all = StudyTables.of(c.study, c.studyName(), areas);
        List<Integer> years = new ArrayList<>();
        for (int y : all.index()) {
            if (net.containsKey(y)) {
                years.add(y);
            }
        }
        if (years.size() < 3) {
            unavailable("gra.none");
            return;
        }
        int[] index = years.stream().mapToInt(Integer::intValue).toArray();
        List<DataTable.Column> columns = new ArrayList<>();
        columns.add(new DataTable.Column("net", c.carbonUnit.symbol(), years.stream().mapToDouble(net::get).toArray(), netOrigin));
        for (DataTable.Column col : all.columns()) {
            double[] v = new double[index.length];
            for (int i = 0; i < index.length; i++) {
                v[i] = col.values()[Arrays.binarySearch(all.index(), index[i])];
            }
            columns.add(new DataTable.Column(col.name(), col.unit(), v, col.origin()));
        }
        DataTable input = DataTable.ofNumericIndex(c.studyName(), "year", all.indexKind(), index, null, columns);
        AnalysisResult result = AnalysisRunner.run(gra, input, Map.of("reference", "net"));
        KeyedValues degrees = result.get("degrees", KeyedValues.class);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < degrees.keys().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -degrees.values()[i]));
        Map<Integer, Integer> rank = new LinkedHashMap<>();
        for (int k = 0; k < order.size(); k++) {
            rank.put(order.get(k), k + 1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < degrees.keys().size(); i++) {
            String key = degrees.keys().get(i);
            rows.add(List.of(c.component(key.startsWith("area.") ? key.substring(5) : key), Numbers.fixed(degrees.values()[i], 4),
                    Integer.toString(rank.get(i))));
        }
        String normalize = result.item("normalize").map(i -> ((Text) i).text()).orElse("?");
        double rho = result.item("rho").map(i -> ((Scalar) i).value()).orElse(Double.NaN);
        c.document.add(new Paragraph(t.get("gra.intro", netOrigin, index[0], index[index.length - 1], cite(gra))));
        c.document.add(new Table(c.tableCaption("table.gra", c.studyName()), List.of(t.get("col.class"), t.get("col.degree"), t.get("col.rank")),
                rows, t.get("gra.note", normalize, Numbers.fixed(rho, 2))));
    }

    void gm11() throws Exception {
        Texts t = c.texts;
        c.document.add(new Heading(1, t.get("section.gm11")));
        Analysis<?> gm11 = analysis("grey.gm11");
        if (gm11 == null) {
            unavailable("analysis.missing", "grey.gm11");
            return;
        }
        if (net.size() < 4) {
            unavailable("gm11.none");
            return;
        }
        int[] years = net.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] values = net.values().stream().mapToDouble(Double::doubleValue).toArray();
        int last = years[years.length - 1];
        int horizon = Math.max(1, 2030 - last);
        AnalysisResult result = AnalysisRunner.run(gm11, DataTable.yearly(c.studyName(), years, "net", c.carbonUnit.symbol(), values),
                Map.of("horizon", Integer.toString(horizon)));
        String grade = result.item("grade").map(i -> ((Text) i).text()).orElse("?");
        c.document.add(new Paragraph(t.get("gm11.intro", netOrigin, years[0], last, cite(gm11))));
        c.document.add(new Table(c.tableCaption("table.gm11.parameters"), List.of(t.get("col.parameter"), t.get("col.value")),
                List.of(List.of("a", Numbers.fixed(result.scalar("a"), 6)),
                        List.of("b", Numbers.fixed(result.scalar("b"), c.decimals)),
                        List.of(t.get("gm11.c"), Numbers.fixed(result.scalar("C"), 4)),
                        List.of(t.get("gm11.p"), Numbers.fixed(result.scalar("P"), 4)),
                        List.of(t.get("gm11.grade"), grade),
                        List.of(t.get("gm11.mape"), Numbers.fixed(result.scalar("mape_pct"), 2))),
                t.get("gm11.parameters.note")));
        Series fitted = result.get("fitted", Series.class);
        Series residuals = result.get("residuals", Series.class);
        Series relative = result.get("relative_errors_pct", Series.class);
        Series forecast = result.get("forecast", Series.class);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < years.length; i++) {
            rows.add(List.of(Integer.toString(years[i]), c.number(values[i]), c.number(fitted.values()[i]), c.number(residuals.values()[i]),
                    Numbers.fixed(relative.values()[i], 2)));
        }
        for (int i = 0; i < forecast.index().length; i++) {
            rows.add(List.of(Integer.toString(forecast.index()[i]), Numbers.NONE, c.number(forecast.values()[i]), Numbers.NONE, Numbers.NONE));
        }
        c.document.add(new Table(c.tableCaption("table.gm11", c.studyName(), c.carbon()),
                List.of(t.get("col.year"), t.get("col.actual"), t.get("col.fitted"), t.get("col.residual"), t.get("col.relative")), rows,
                t.get("gm11.note", forecast.index()[0], forecast.index()[forecast.index().length - 1])));

        int lastForecast = forecast.index()[forecast.index().length - 1];
        int[] axis = new int[lastForecast - years[0] + 1];
        for (int i = 0; i < axis.length; i++) {
            axis[i] = years[0] + i;
        }
        double[] actual = place(axis, years, values);
        double[] fit = place(axis, fitted.index(), fitted.values());
        double[] ahead = place(axis, forecast.index(), forecast.values());
        ahead[last - years[0]] = fit[last - years[0]]; // the forecast continues the fitted line
        ChartPainter chart = new ChartPainter(axis, t.get("axis.year"), t.get("axis.net", c.carbon()))
                .add(new ChartPainter.Series(t.get("series.actual"), actual, false, false))
                .add(new ChartPainter.Series(t.get("series.fitted"), fit, false, true))
                .add(new ChartPainter.Series(t.get("series.forecast", last + 1, lastForecast), ahead, false, true));
        c.document.add(AccountSections.figure(chart, "gm11", c.figureCaption("figure.gm11", c.studyName(), grade)));
    }

    static double[] place(int[] axis, int[] index, double[] values) {
        double[] out = new double[axis.length];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < index.length; i++) {
            int at = index[i] - axis[0];
            if (at >= 0 && at < out.length) {
                out[at] = values[i];
            }
        }
        return out;
    }
}
