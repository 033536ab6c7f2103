package org.landcarbon.accounting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.AuditReport;
import org.landcarbon.accounting.AuditReport.Comparison;
import org.landcarbon.accounting.AuditReport.TotalCheck;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Units;

/** The audit: reported figures beside computed ones, and reported totals against their parts. */
class AuditTest {

    private static final String[] TABLE5 = { "year", "garden", "forest", "grassland", "unused", "water", "cropland", "construction",
            "agricultural_land", "sinks_total", "sources_total", "net" };

    private static AccountingService service;

    @BeforeAll
    static void service() throws Exception {
        service = Services.accounting();
    }

    /** A study holding only the published Table 5 of the seed paper as reported values (10^4 t C). */
    static Study table5Study() throws Exception {
        Study s = DemoCounty.F.createStudy();
        s.setName("Guizhou Table 5 only");
        s.setStartYear(2005);
        s.setEndYear(2019);
        for (String[] row : TestData.csvRows("table5-emissions-by-land-type.csv")) {
            int year = Integer.parseInt(row[0]);
            for (int i = 1; i < TABLE5.length; i++) {
                DemoCounty.reported(s, year, TABLE5[i], Double.parseDouble(row[i]), "10^4 t C");
            }
        }
        return s;
    }

    @Test
    void publishedTable5IsInconsistentExactlyIn2014To2018() throws Exception {
        AuditReport report = service.audit(table5Study(), AccountOptions.DEFAULT);
        assertEquals(new TreeSet<>(List.of(2014, 2015, 2016, 2017, 2018)), report.inconsistentYears());
        // the published differences of sources_total against construction + agricultural land (METHOD.md)
        double[] expected = { -87.26, -16.26, 391.03, 399.25, -40.65 };
        for (int i = 0; i < 5; i++) {
            int year = 2014 + i;
            TotalCheck c = report.totalChecks().stream().filter(t -> t.year() == year && t.total().equals("sources_total")).findFirst()
                    .orElseThrow();
            assertFalse(c.consistent());
            assertEquals(-expected[i], c.difference().value(), 0.005, "sources_total " + year);
        }
        // every year checks sinks, sources and net: 15 x 3
        assertEquals(45, report.totalChecks().size());
        // sinks_total agrees with its six parts in every year, within rounding
        assertTrue(report.totalChecks().stream().filter(t -> t.total().equals("sinks_total")).allMatch(TotalCheck::consistent));
    }

    @Test
    void computedBesideReported() throws Exception {
        // demo county reports forest 1.29 and construction 150.0 (10^4 t C) for 2020;
        // computed forest 12 880 t C, construction 1 495 200 t C
        AuditReport report = service.audit(DemoCounty.create(), AccountOptions.DEFAULT);
        Comparison forest = report.comparisons().stream().filter(c -> c.component().equals("forest")).findFirst().orElseThrow();
        assertEquals(12_880 - 12_900, forest.difference().in(Units.T_C), 1e-6);
        assertEquals(-20.0 / 12_900, forest.relativeDifference(), 1e-12);
        Comparison construction = report.comparisons().stream().filter(c -> c.component().equals("construction")).findFirst()
                .orElseThrow();
        assertEquals(-4_800, construction.difference().in(Units.T_C), 1e-6);
        assertEquals(Set.of(), report.inconsistentYears());
    }
}
