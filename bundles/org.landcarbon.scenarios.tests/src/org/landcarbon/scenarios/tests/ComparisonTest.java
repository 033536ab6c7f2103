package org.landcarbon.scenarios.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landcarbon.scenarios.tests.TestStudies.reported;
import static org.landcarbon.scenarios.tests.TestStudies.rule;
import static org.landcarbon.scenarios.tests.TestStudies.scenario;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.scenarios.AccountPath;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ComparisonSettings;
import org.landcarbon.scenarios.ComparisonTables;
import org.landcarbon.scenarios.ComparisonTables.Table;
import org.landcarbon.scenarios.ProjectionMethods;
import org.landcarbon.scenarios.ScenarioAccounting;
import org.landcarbon.scenarios.ScenarioChanges;
import org.landcarbon.scenarios.ScenarioComparer;
import org.landcarbon.scenarios.ScenarioComparer.ScenarioRef;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.scenarios.ScenarioResult;
import org.landcarbon.scenarios.YearSeries;

/**
 * The comparison's plumbing: paths, differences to the reference, key figures, recomputing one
 * scenario. The account here is the arithmetic of the seed for components given directly
 * (net = construction - forest), so that every expected number can be written out by hand; the
 * real account is the accounting bundle's.
 */
class ComparisonTest {

    /** net = construction source - forest sink, both from the projected component paths. */
    static final ScenarioAccounting SOURCE_MINUS_SINK = projection -> {
        YearSeries sources = projection.components().get("construction");
        YearSeries sinks = projection.components().get("forest");
        YearSeries net = sources.combine(sinks, (a, b) -> a - b);
        Map<String, YearSeries> components = new LinkedHashMap<>();
        components.put("construction", sources);
        components.put("forest", sinks);
        return new AccountPath("10^4 t C", net, sources, sinks, components);
    };

    private static Study study() {
        Study s = TestStudies.study(2018, 2019);
        reported(s, "construction", 2018, 90, 100);
        reported(s, "forest", 2018, 20, 20);
        return s;
    }

    private final ScenarioComparer comparer = new ScenarioComparer(new ScenarioProjector(ProjectionMethods.builtIn()),
            SOURCE_MINUS_SINK);

    @Test
    void pathsDifferencesAndKeyFigures() throws Exception {
        Study s = study();
        Scenario flat = scenario(s, "Flat", 2022);
        rule(flat, "reported.construction", "constant");
        rule(flat, "reported.forest", "constant");
        Scenario peak = scenario(s, "Peak", 2022);
        rule(peak, "reported.construction", "growth", "rate", "10", "until", "2020");
        rule(peak, "reported.construction", "growth", "rate", "-10");
        rule(peak, "reported.forest", "constant");
        ComparisonSettings settings = new ComparisonSettings(2020, 2022, 75, List.of(2020, 2022), 5);
        Comparison c = comparer.compare(List.of(new ScenarioRef(s, flat), new ScenarioRef(s, peak)), null, settings);

        // Flat: 70, 80, then 80 each year. Peak: construction 110 (2020), 99 (2021), 89.1 (2022): net 90, 79, 69.1
        ScenarioResult f = c.results().get(0);
        ScenarioResult p = c.results().get(1);
        assertSame(f, c.reference());
        assertEquals(YearSeries.consecutive(2018, 70, 80, 80, 80, 80), f.account().net());
        assertEquals(90, p.account().net().value(2020), 1e-9);
        assertEquals(79, p.account().net().value(2021), 1e-9);
        assertEquals(69.1, p.account().net().value(2022), 1e-9);
        // differences Peak - Flat: 0, 0, 10, -1, -10.9
        YearSeries d = c.netDifference(p);
        assertEquals(0, d.value(2019), 1e-9);
        assertEquals(10, d.value(2020), 1e-9);
        assertEquals(-10.9, d.value(2022), 1e-9);
        assertEquals(-10.9, c.componentDifference(p, "construction").value(2022), 1e-9);
        // Flat: maximum 80 first in 2019 and held: a plateau from 2019, peak 2019
        assertTrue(f.figures().peak().reached());
        assertEquals(2019, f.figures().peak().year());
        // Peak: 90 in 2020; cumulative 2020-2022 = 90 + 79 + 69.1 = 238.1; below 75 from 2022
        assertEquals(2020, p.figures().peak().year());
        assertEquals(238.1, p.figures().cumulative(), 1e-9);
        assertEquals(2022, p.figures().belowYear().getAsInt());
        assertEquals(240, f.figures().cumulative(), 1e-9);
        assertFalse(f.figures().belowYear().isPresent());

        // the same numbers as tables and CSV
        Table keys = ComparisonTables.keyFigures(c);
        assertEquals(List.of("scenario", "illustrative", "peak_reached", "peak_year", "peak_value", "cumulative_2020_2022",
                "net_2020", "net_2022", "below_threshold_from"), keys.header());
        double net2020 = p.account().net().value(2020);
        assertEquals(Arrays.asList("Peak", false, true, 2020, net2020, p.figures().cumulative(), net2020,
                p.account().net().value(2022), 2022), keys.rows().get(1));
        Table years = ComparisonTables.netByYear(c);
        assertEquals(List.of("year", "Flat", "Peak", "Peak - Flat"), years.header());
        assertEquals(List.of(2020, 80.0, net2020, net2020 - 80), years.rows().get(2));
        StringBuilder csv = new StringBuilder();
        ComparisonTables.writeCsv(keys, csv);
        assertEquals("Flat,false,true,2019,80.0,240.0,80.0,80.0,", csv.toString().split("\n")[1]);
        Table account = ComparisonTables.account(p);
        assertEquals(List.of("year", "construction", "forest", "sinks_total", "sources_total", "net"), account.header());
        double construction2020 = p.account().components().get("construction").value(2020);
        assertEquals(110, construction2020, 1e-9);
        assertEquals(List.of(2020, construction2020, 20.0, 20.0, construction2020, net2020), account.rows().get(2));
    }

    @Test
    void aChosenReferenceAndRecomputingOneScenario() throws Exception {
        Study s = study();
        Scenario a = scenario(s, "A", 2021);
        rule(a, "reported.construction", "constant");
        rule(a, "reported.forest", "constant");
        Scenario b = scenario(s, "B", 2021);
        rule(b, "reported.construction", "growth", "rate", "10");
        rule(b, "reported.forest", "constant");
        Comparison c = comparer.compare(List.of(new ScenarioRef(s, a), new ScenarioRef(s, b)), "B",
                ComparisonSettings.defaults());
        assertEquals("B", c.reference().label());
        // A - B in 2021: (100 - 20) - (121 - 20) = -21
        assertEquals(-21, c.netDifference(c.results().get(0)).value(2021), 1e-9);
        // B rises to the horizon: no peak before it
        assertFalse(c.result("B").orElseThrow().figures().peak().reached());

        b.getRules().get(0).getParameters().get(0).setValue("-10");
        Comparison updated = comparer.recompute(c, b);
        // B now: 90, 81 => net 70, 61; A untouched (same result object)
        assertEquals(61, updated.result("B").orElseThrow().account().net().value(2021), 1e-9);
        assertSame(c.results().get(0), updated.results().get(0));
        assertEquals("B", updated.reference().label());
        assertThrows(IllegalArgumentException.class, () -> comparer.compare(List.of(new ScenarioRef(s, a)), "C",
                ComparisonSettings.defaults()));
    }

    @Test
    void aWatchedScenarioReportsEditsDeepInsideUntilClosed() throws Exception {
        Study s = study();
        Scenario a = scenario(s, "A", 2021);
        rule(a, "reported.construction", "growth", "rate", "10");
        List<Scenario> seen = new java.util.ArrayList<>();
        AutoCloseable handle = ScenarioChanges.watch(a, seen::add);
        a.getRules().get(0).getParameters().get(0).setValue("5");
        rule(a, "reported.forest", "constant");
        a.getRules().get(1).setKind("linear_trend");
        assertEquals(3, seen.size());
        handle.close();
        a.setHorizonYear(2030);
        assertEquals(3, seen.size());
    }
}
