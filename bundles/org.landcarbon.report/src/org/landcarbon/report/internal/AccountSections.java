package org.landcarbon.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.accounting.ComponentResult;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.Figure;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.Region;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.YearValue;
import org.landcarbon.report.ReportDocument;
import org.landcarbon.report.ReportDocument.Formula;
import org.landcarbon.report.ReportDocument.Heading;
import org.landcarbon.report.ReportDocument.Paragraph;
import org.landcarbon.report.ReportDocument.Table;

/** Data sources, method (from the account's trails) and the account itself in the seed's Table 5 layout. */
final class AccountSections {

    private final ReportContext c;
    private final Account account;

    AccountSections(ReportContext context, Account account) {
        this.c = context;
        this.account = account;
    }

    void dataSources() {
        Texts t = c.texts;
        c.document.add(new Heading(1, t.get("section.data")));
        Region r = c.study.getRegion();
        String region = r == null ? t.get("region.unnamed")
                : t.chinese() && r.getNameZh() != null && !r.getNameZh().isBlank() ? r.getNameZh() : r.getName();
        StringBuilder p = new StringBuilder(t.get("data.intro", region, c.study.getStartYear(), c.study.getEndYear()));
        if (r != null && r.getTotalArea() != null) {
            p.append(' ').append(t.get("data.area", c.number(r.getTotalArea()), ReportContext.unit(r.getTotalAreaUnit())));
        }
        if (c.study.getDataSource() != null && !c.study.getDataSource().isBlank()) {
            p.append(' ').append(t.get("data.source", c.study.getDataSource().strip(), c.citations.cite(c.study.getDataSource())));
        }
        if (c.study.isSynthetic()) {
            p.append(' ').append(t.get("data.synthetic"));
        }
        c.document.add(new Paragraph(p.toString()));

        List<List<String>> rows = new ArrayList<>();
        for (Series s : c.study.getSeries()) {
            if (s.getValues().isEmpty()) {
                continue;
            }
            TreeSet<Integer> years = new TreeSet<>();
            Map<String, Integer> provenance = new TreeMap<>();
            for (YearValue v : s.getValues()) {
                years.add(v.getYear());
                provenance.merge(t.get("provenance." + v.getProvenance().getName().toLowerCase(java.util.Locale.ROOT)), 1, Integer::sum);
            }
            List<String> kinds = new ArrayList<>();
            provenance.forEach((k, n) -> kinds.add(k + " " + n));
            String note = s.getNote() == null || s.getNote().isBlank() ? Numbers.NONE : s.getNote().strip();
            rows.add(List.of(seriesName(s), ReportContext.unit(s.getUnit()), years.first() + "–" + years.last(), String.join(", ", kinds), note));
        }
        if (!rows.isEmpty()) {
            c.document.add(new Table(c.tableCaption("table.series"),
                    List.of(t.get("col.series"), t.get("col.unit"), t.get("col.years"), t.get("col.values"), t.get("col.note")), rows, ""));
        }
        Map<String, Integer> reported = new LinkedHashMap<>();
        for (ReportedValue v : c.study.getReportedValues()) {
            reported.merge(v.getSource() == null ? "" : v.getSource().strip(), 1, Integer::sum);
        }
        reported.forEach((source, n) -> c.document.add(new Paragraph(t.get("data.reported", n,
                source.isEmpty() ? t.get("source.none") : source, c.citations.cite(source)))));
    }

    private String seriesName(Series s) {
        if (s.getKind() == SeriesKind.LAND_AREA && s.getSubject() != null && c.study.getLandClassSystem() != null) {
            for (LandClass lc : c.study.getLandClassSystem().getClasses()) {
                if (s.getSubject().equals(lc.getId())) {
                    return c.texts.get("series.area", c.component(lc.getId()));
                }
            }
        }
        return s.getLabel() != null && !s.getLabel().isBlank() ? s.getLabel() : s.getId();
    }

    /** Each component's method and formula from its trail, then every coefficient used with its source. */
    void method() {
        Texts t = c.texts;
        c.document.add(new Heading(1, t.get("section.method")));
        c.document.add(new Paragraph(t.get("method.intro", account.coefficientSetDescription())));
        Map<String, CoefficientValue> coefficients = new LinkedHashMap<>();
        for (String component : account.components()) {
            Trail trail = null;
            for (int year : account.years()) {
                ComponentResult r = account.result(year, component);
                if (r.trail() != null) {
                    trail = r.trail();
                    break;
                }
            }
            if (trail == null) {
                continue;
            }
            for (int year : account.years()) {
                Trail y = account.result(year, component).trail();
                if (y != null) {
                    y.coefficients().forEach(cv -> coefficients.putIfAbsent(cv.key() + "|" + cv.origin() + "|" + cv.quantity(), cv));
                }
            }
            String kind = t.get(account.kind(component) == ComponentKind.SINK ? "kind.sink" : "kind.source");
            c.document.add(new Paragraph(t.get("method.component", c.component(component), kind, trail.methodName(), trail.methodId())));
            c.document.add(new Formula(ReportContext.unit(trail.formula())));
        }
        c.document.add(new Paragraph(t.get("method.totals")));
        c.document.add(new Formula(t.get("method.totals.formula")));
        if (!coefficients.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (CoefficientValue cv : coefficients.values()) {
                String source = cv.source() == null || cv.source().isBlank() ? t.get("source.none") : c.citations.cite(cv.source());
                rows.add(List.of(cv.key(), trim(cv.quantity().value()), ReportContext.unit(cv.quantity().unit().symbol()), cv.origin(), source));
            }
            c.document.add(new Table(c.tableCaption("table.coefficients"),
                    List.of(t.get("col.coefficient"), t.get("col.value"), t.get("col.unit"), t.get("col.origin"), t.get("col.source")), rows,
                    t.get("table.coefficients.note")));
        }
    }

    /** A coefficient as given (not rounded to the table's decimals). */
    private static String trim(double v) {
        return Trail.number(v).replace('-', '−');
    }

    /** The account as the seed's Table 5: years as rows; sinks, sources, then the three totals as columns. */
    Table accountTable() {
        Texts t = c.texts;
        c.document.add(new Heading(1, t.get("section.account")));
        List<String> columns = new ArrayList<>(account.components());
        columns.addAll(Components.TOTALS);
        List<String> header = new ArrayList<>();
        header.add(t.get("col.year"));
        columns.forEach(id -> header.add(c.component(id)));
        List<List<String>> rows = new ArrayList<>();
        boolean anyReported = false;
        Map<String, String> missing = new LinkedHashMap<>();
        for (int year : account.years()) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(year));
            for (String id : columns) {
                Figure f = account.value(year, id);
                if (!f.isPresent()) {
                    row.add(Numbers.NONE);
                    if (!Components.isTotal(id)) {
                        missing.putIfAbsent(id, account.result(year, id).reason());
                    }
                    continue;
                }
                boolean reported = !Components.isTotal(id) && account.result(year, id).status() == ComponentResult.Status.REPORTED;
                anyReported |= reported;
                row.add(c.number(Account.express(f.value(), c.carbonUnit).value()) + (reported ? "*" : ""));
            }
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        notes.add(t.get("account.note.sinks"));
        if (anyReported) {
            notes.add(t.get("account.note.reported"));
        }
        missing.forEach((id, reason) -> notes.add(t.get("account.note.missing", c.component(id), reason)));
        Table table = new Table(c.tableCaption("table.account", c.studyName(), c.study.getStartYear(), c.study.getEndYear(), c.carbon()),
                header, rows, String.join(" ", notes));
        c.document.add(new Paragraph(t.get("account.intro", c.number(value(account.years().get(0))), account.years().get(0),
                c.number(value(account.years().get(account.years().size() - 1))), account.years().get(account.years().size() - 1), c.carbon())));
        c.document.add(table);
        return table;
    }

    private double value(int year) {
        Figure f = account.value(year, Components.NET);
        return f.isPresent() ? Account.express(f.value(), c.carbonUnit).value() : Double.NaN;
    }

    /** Sources stacked above zero, sinks below, net as a line (the workbench's Sources and Sinks chart). */
    ReportDocument.Figure sourcesAndSinksFigure() {
        int[] years = account.years().stream().mapToInt(Integer::intValue).toArray();
        ChartPainter chart = new ChartPainter(years, c.texts.get("axis.year"), c.texts.get("axis.carbon", c.carbon()));
        for (String id : account.components()) {
            double sign = account.kind(id) == ComponentKind.SINK ? -1 : 1;
            chart.add(new ChartPainter.Series(c.component(id), values(years, id, sign), true, false));
        }
        chart.add(new ChartPainter.Series(c.component(Components.NET), values(years, Components.NET, 1), false, false));
        return figure(chart, "sources-sinks", c.figureCaption("figure.account", c.studyName(), c.carbon()));
    }

    private double[] values(int[] years, String id, double sign) {
        double[] v = new double[years.length];
        for (int i = 0; i < years.length; i++) {
            Figure f = account.value(years[i], id);
            v[i] = f.isPresent() ? sign * Account.express(f.value(), c.carbonUnit).value() : Double.NaN;
        }
        return v;
    }

    /** 16 cm x 9 cm at 300 dpi: a figure that fills a page's text width. */
    static ReportDocument.Figure figure(ChartPainter chart, String name, String caption) {
        double widthPt = 16 / 2.54 * 72;
        double heightPt = 9 / 2.54 * 72;
        int dpi = 300;
        byte[] png = chart.png(widthPt, heightPt, dpi);
        return new ReportDocument.Figure(name, caption, png, (int) Math.round(widthPt * dpi / 72), (int) Math.round(heightPt * dpi / 72), dpi);
    }
}
