package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.LandClassSystem;
import org.landcarbon.model.MethodChoice;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;

/** The account and audit commands on a small study file written by the test. */
class AccountCommandTest {

    private static final LandCarbonFactory F = LandCarbonFactory.eINSTANCE;

    @TempDir
    static Path dir;
    static String file;

    /** Forest 790.73 and 899.57 x 10^4 hm2 (the seed paper's 2009 and 2010 areas), reported sinks; no sources data. */
    @BeforeAll
    static void writeStudy() throws Exception {
        Study s = F.createStudy();
        s.setName("Forest only");
        s.setStartYear(2009);
        s.setEndYear(2010);
        s.setCoefficientSetId("seed-guizhou");
        LandClassSystem system = F.createLandClassSystem();
        LandClass forest = F.createLandClass();
        forest.setId("forest");
        system.getClasses().add(forest);
        s.setLandClassSystem(system);
        Series area = F.createSeries();
        area.setId("area.forest");
        area.setUnit("10^4 hm2");
        area.getValues().add(value(2009, 790.73));
        area.getValues().add(value(2010, 899.57));
        s.getSeries().add(area);
        reported(s, 2009, "forest", 509.23);
        reported(s, 2009, "sinks_total", 1927.76); // 509.23 + 1418.53
        reported(s, 2010, "forest", 579.32);
        reported(s, 2010, "sinks_total", 600.00);
        MethodChoice c = F.createMethodChoice();
        c.setComponent("cropland");
        c.setMethodId("reported");
        s.getMethodChoices().add(c);
        reported(s, 2009, "cropland", 1418.53);
        file = dir.resolve("forest.landcarbon").toString();
        StudyFiles.save(s, Path.of(file));
    }

    private static YearValue value(int year, double v) {
        YearValue y = F.createYearValue();
        y.setYear(year);
        y.setValue(v);
        y.setProvenance(ProvenanceKind.STATED);
        y.setProvenanceDetail("seed paper, section 3.1.2");
        return y;
    }

    private static void reported(Study s, int year, String component, double v) {
        ReportedValue r = F.createReportedValue();
        r.setYear(year);
        r.setComponent(component);
        r.setValue(v);
        r.setUnit("10^4 t C");
        r.setSource("seed paper, Table 5");
        s.getReportedValues().add(r);
    }

    @Test
    void tablePrintsTable5Layout() throws Exception {
        Result r = CliHarness.run("account", file);
        assertEquals(0, r.exitCode(), r.err());
        // 790.73 x 0.644 = 509.23 (509.23012); 899.57 x 0.644 = 579.32 (579.32308)
        assertTrue(r.out().contains("509.23"), r.out());
        assertTrue(r.out().contains("579.32"), r.out());
        assertTrue(r.out().contains("cropland"), r.out());
        assertTrue(r.out().contains("1418.53 r"), r.out());
        assertTrue(r.out().contains("r = taken from the study's reported values"), r.out());
        // no source data: sources_total and net are n/a with the reason in the notes
        assertTrue(r.out().contains("n/a construction 2009-2010: the study has no series energy_intensity"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void unitsAndCo2() throws Exception {
        Result r = CliHarness.run("account", file, "--unit", "t", "--co2", "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        // 7 907 300 hm2 x 0.644 = 5 092 301.2 t C x 44/12 = 18 671 771.07 t CO2
        assertTrue(r.out().contains("18671771.07"), r.out());
        assertTrue(r.out().contains(",t CO2,"), r.out());
    }

    @Test
    void jsonCarriesStatusAndReasons() throws Exception {
        Result r = CliHarness.run("account", file, "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"status\" : \"reported\""), r.out());
        assertTrue(r.out().contains("\"status\" : \"missing\""), r.out());
        assertTrue(r.out().contains("\"unit\" : \"10^4 t C\""), r.out());
    }

    @Test
    void trailExplainsOneNumber() throws Exception {
        Result r = CliHarness.run("account", file, "--trail", "2009", "forest");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("forest 2009 = 509.23 10^4 t C"), r.out());
        assertTrue(r.out().contains("area.forest 2009 = 790.73 10^4 hm2 [STATED: seed paper, section 3.1.2]"), r.out());
        assertTrue(r.out().contains("sink.forest = -0.644 t C / (hm2 a) (set seed-guizhou; source: Wei & Jian, Table 2"), r.out());
        // 790.73 x 10^4 hm2 x 0.644 t C / (hm2 a) = 5 092 301.2 t C = 509.23012 x 10^4 t C, each step also in the display unit
        assertTrue(r.out().contains("    area.forest 790.73 10^4 hm2 x sink.forest -0.644 t C / (hm2 a) = -5092301 t C = -509.23 10^4 t C"
                + " (negative = absorption)\n"), r.out());
        assertTrue(r.out().contains("    forest absorbs 5092301 t C = 509.23 10^4 t C; method sink.area (default: the only automatic method for forest)"),
                r.out());
        assertFalse(r.out().contains("= ="), r.out());
    }

    @Test
    void trailOfNetNamesTheMissingPartsOnce() throws Exception {
        Result r = CliHarness.run("account", file, "--trail", "2009", "net");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("net 2009 = n/a (missing: construction, agricultural_land)\n"), r.out());
        assertTrue(r.out().contains("the study has no series energy_intensity"), r.out());
        // sinks: forest 509.23012 + cropland 1418.53 (reported) = 1927.76012
        assertTrue(r.out().matches("(?s).*\n  sinks_total +1927\\.76\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\n  sources_total +n/a\n.*"), r.out());
        r = CliHarness.run("account", file, "--trail", "2009", "construction");
        assertTrue(r.out().startsWith("construction 2009 = n/a\n  status: missing - the study has no series energy_intensity\n"), r.out());
    }

    @Test
    void auditListsInconsistentYears() throws Exception {
        Result r = CliHarness.run("audit", file);
        assertEquals(0, r.exitCode(), r.err());
        // 2010: sinks_total 600.00 reported, parts forest 579.32 only
        assertTrue(r.out().contains("Inconsistent years: 2010"), r.out());
        assertFalse(r.out().contains("Inconsistent years: 2009"), r.out());
    }

    @Test
    void badUsageAndMissingFile() throws Exception {
        assertEquals(2, CliHarness.run("account").exitCode());
        assertEquals(2, CliHarness.run("account", file, "--unit", "pounds").exitCode());
        assertEquals(2, CliHarness.run("account", file, "--trail", "1999", "forest").exitCode());
        Result r = CliHarness.run("account", dir.resolve("nope.landcarbon").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no such file"), r.err());
        r = CliHarness.run("account", file, "--coefficients", "nope");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no coefficient set nope"), r.err());
        r = CliHarness.run("account", file, "--scenario", "high");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no scenario 'high'"), r.err());
    }

    @Test
    void coefficientsListShowAndDiff() throws Exception {
        Result r = CliHarness.run("coefficients");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("seed-guizhou  "), r.out());
        r = CliHarness.run("coefficients", "show", "seed-guizhou");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("construction.coal_factor"), r.out());
        assertTrue(r.out().contains("0.7476"), r.out());
        r = CliHarness.run("coefficients", "diff", "seed-guizhou", "seed-guizhou+fuel-heliyon-2023");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("8 coefficient(s) differ"), r.out());
        assertTrue(r.out().contains("fuel.raw_coal.factor"), r.out());
        assertEquals(1, CliHarness.run("coefficients", "show", "nope").exitCode());
        assertEquals(2, CliHarness.run("coefficients", "frob").exitCode());
    }

    @Test
    void switchingTheSetSaysWhatChanges() throws Exception {
        Result r = CliHarness.run("account", file, "--coefficients", "seed-guizhou+fuel-heliyon-2023");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("instead of the study's seed-guizhou: 8 coefficient(s) differ: fuel."), r.out());
        // forest does not use the fuel factors: unchanged
        assertTrue(r.out().contains("509.23"), r.out());
    }
}
