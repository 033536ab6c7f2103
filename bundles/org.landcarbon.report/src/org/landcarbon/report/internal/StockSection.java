package org.landcarbon.report.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.stock.CarbonDensities;
import org.landcarbon.accounting.stock.CarbonPool;
import org.landcarbon.accounting.stock.StockAccount;
import org.landcarbon.accounting.stock.StockAccounting;
import org.landcarbon.accounting.stock.StockValue;
import org.landcarbon.accounting.stock.StudyDensities;
import org.landcarbon.model.CarbonDensity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.report.ReportDocument.Formula;
import org.landcarbon.report.ReportDocument.Heading;
import org.landcarbon.report.ReportDocument.Paragraph;
import org.landcarbon.report.ReportDocument.Table;

/**
 * The carbon stocks of a study with densities (area x density, {@link StockAccounting}): the densities with their
 * sources, the stocks per year and class, and the change from the first to the last year as an emission equivalent.
 * Nothing when the study has no densities.
 */
final class StockSection {

    private final ReportContext c;

    StockSection(ReportContext context) {
        this.c = context;
    }

    void write() {
        if (!StudyDensities.has(c.study)) {
            return;
        }
        Texts t = c.texts;
        c.document.add(new Heading(1, t.get("section.stocks")));
        CarbonDensities densities;
        try {
            densities = StudyDensities.of(c.study);
        } catch (IOException e) {
            c.document.add(new Paragraph(t.get("stocks.invalid", e.getMessage())));
            return;
        }
        StockAccount a = StockAccounting.compute(c.study, densities, Set.of(), c.carbonUnit);
        String pools = String.join(", ", a.pools().stream().map(CarbonPool::description).toList());
        c.document.add(new Paragraph(t.get("stocks.intro", pools)));
        c.document.add(new Formula(t.get("stocks.formula")));

        List<List<String>> rows = new ArrayList<>();
        for (CarbonDensity d : c.study.getCarbonDensities()) {
            List<String> row = new ArrayList<>();
            row.add(c.component(d.getLandClass()));
            for (CarbonPool p : CarbonPool.values()) {
                Double v = StudyDensities.get(d, p);
                row.add(v == null ? Numbers.NONE : Numbers.fixed(v, 2));
            }
            row.add(ReportContext.unit(d.getUnit()));
            row.add(d.getSource().strip() + " " + c.citations.cite(d.getSource()));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(t.get("col.class")));
        for (CarbonPool p : CarbonPool.values()) {
            header.add(t.get("col.pool." + p.id()));
        }
        header.add(t.get("col.unit"));
        header.add(t.get("col.source"));
        c.document.add(new Table(c.tableCaption("table.densities", c.studyName()), header, rows, t.get("densities.note")));

        List<String> stockHeader = new ArrayList<>(List.of(t.get("col.year")));
        a.classes().forEach(x -> stockHeader.add(c.component(x)));
        stockHeader.add(t.get("col.total"));
        List<List<String>> stockRows = new ArrayList<>();
        for (int year : a.years()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(year)));
            a.classes().forEach(x -> row.add(amount(a.stock(year, x), c.carbonUnit)));
            row.add(amount(a.total(year), c.carbonUnit));
            stockRows.add(row);
        }
        String note = String.join(" ", a.notes());
        c.document.add(new Table(c.tableCaption("table.stocks", c.studyName(), c.carbon()), stockHeader, stockRows, note));

        int first = a.years().get(0);
        int last = a.years().get(a.years().size() - 1);
        if (first != last) {
            Unit co2 = Unit.parse(c.carbonUnit.symbol().replaceAll(" C$", " CO2"));
            StockValue change = a.change(first, last, "total");
            StockValue emission = a.emission(first, last, "total");
            c.document.add(new Paragraph(change.isPresent()
                    ? t.get("stocks.change", first, last, amount(change, c.carbonUnit), c.carbon(), amount(emission, co2),
                            ReportContext.unit(co2.symbol()))
                    : t.get("stocks.change.missing", first, last, change.reason())));
        }
    }

    private String amount(StockValue v, Unit unit) {
        return v.isPresent() ? c.number(Account.express(v.value(), unit).value()) : Numbers.NONE;
    }
}
