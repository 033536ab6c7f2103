package org.landcarbon.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Region;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.samples.SampleStudies;
import org.landcarbon.model.study.Studies;
import org.landcarbon.model.tests.samples.SampleFiles;
import org.landcarbon.model.validation.StudyValidator;

class StudyValidatorTest {

    private static final LandCarbonFactory F = LandCarbonFactory.eINSTANCE;

    static List<Diagnostic> ours(Study study) {
        // no registration call: the validator must be found by the plain Diagnostician
        Diagnostic root = Diagnostician.INSTANCE.validate(study);
        return root.getChildren().stream().filter(d -> StudyValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList();
    }

    static List<Diagnostic> withCode(Study study, int code) {
        return ours(study).stream().filter(d -> d.getCode() == code).toList();
    }

    private static Study study() {
        Study s = F.createStudy();
        s.setName("Test county");
        s.setStartYear(2005);
        s.setEndYear(2007);
        return s;
    }

    @Test
    void guizhouTable5IsFlaggedExactlyIn2014To2018(@TempDir Path dir) throws Exception {
        Study s = SampleFiles.load(SampleStudies.GUIZHOU_FILE, dir);
        List<Diagnostic> flagged = withCode(s, StudyValidator.REPORTED_TOTAL_INCONSISTENT);
        Set<Integer> years = new TreeSet<>();
        for (Diagnostic d : flagged) {
            ReportedValue total = (ReportedValue) d.getData().get(0);
            years.add(total.getYear());
            assertEquals(Diagnostic.WARNING, d.getSeverity());
        }
        assertEquals(Set.of(2014, 2015, 2016, 2017, 2018), years);
        // both sources_total vs its components and net vs sources_total - sinks_total break in those rows
        assertEquals(10, flagged.size(), flagged.toString());
        Diagnostic d2014 = flagged.stream().filter(d -> d.getMessage().contains("year 2014: sources_total")).findFirst().orElseThrow();
        assertEquals("Study 'Guizhou 2005-2019', reported values, year 2014: sources_total 6509.11 10^4 t C differs from "
                + "construction + agricultural_land = 6421.85 by 87.26 (more than rounding, 0.015)", d2014.getMessage());
        // and nothing else is an error in the sample
        assertEquals(List.of(), ours(s).stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).toList());
    }

    @Test
    void guizhouReportsItsEmptySeriesAsMissing(@TempDir Path dir) throws Exception {
        Study s = SampleFiles.load(SampleStudies.GUIZHOU_FILE, dir);
        List<String> missing = withCode(s, StudyValidator.YEAR_MISSING).stream().map(Diagnostic::getMessage).toList();
        assertTrue(missing.contains("Study 'Guizhou 2005-2019', series area.cropland: no value for years 2005-2019 (15 of 15 study years missing)"
                + " (not published by the seed paper)"), missing.toString());
        assertEquals(2 + 5 + 1 + 3 + 9 + 1, missing.size(), missing.toString());
    }

    @Test
    void demoCountyHasNoFindings(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), ours(SampleFiles.load(SampleStudies.DEMO_FILE, dir)).stream().map(Diagnostic::getMessage).toList());
    }

    @Test
    void duplicateYearIsAnErrorNamingStudySeriesYearAndValues() {
        Study s = study();
        Series pop = Studies.ensureSeries(s, "population", "10^4 persons");
        Studies.setValue(pop, 2005, 61.5, ProvenanceKind.ENTERED, null);
        Studies.setValue(pop, 2006, 61.4, ProvenanceKind.ENTERED, null);
        Studies.setValue(pop, 2007, 61.3, ProvenanceKind.ENTERED, null);
        YearValue dup = F.createYearValue();
        dup.setYear(2006);
        dup.setValue(64.0);
        pop.getValues().add(dup);
        Diagnostic d = withCode(s, StudyValidator.YEAR_DUPLICATE).get(0);
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        assertEquals("Study 'Test county', series population, year 2006: the year is there twice (values 61.4 and 64); keep one", d.getMessage());
        assertSame(dup, d.getData().get(0));
        assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(s).getSeverity());
    }

    @Test
    void missingYearsAreListed() {
        Study s = study();
        s.setEndYear(2012);
        Series pop = Studies.ensureSeries(s, "population", "10^4 persons");
        for (int y : new int[] { 2005, 2007, 2008, 2012 }) {
            Studies.setValue(pop, y, 60, ProvenanceKind.ENTERED, null);
        }
        Diagnostic d = withCode(s, StudyValidator.YEAR_MISSING).get(0);
        assertEquals(Diagnostic.WARNING, d.getSeverity());
        assertEquals("Study 'Test county', series population: no value for years 2006, 2009-2011 (4 of 8 study years missing)", d.getMessage());
        assertSame(pop, d.getData().get(0));
    }

    @Test
    void negativeAndNonNumericValuesAreErrors() {
        Study s = study();
        Series fert = Studies.ensureSeries(s, "activity.fertilizer", "t");
        YearValue negative = Studies.setValue(fert, 2005, -12.5, ProvenanceKind.ENTERED, null);
        YearValue nan = Studies.setValue(fert, 2006, Double.NaN, ProvenanceKind.ENTERED, null);
        YearValue inf = Studies.setValue(fert, 2007, Double.POSITIVE_INFINITY, ProvenanceKind.ENTERED, null);
        Diagnostic neg = withCode(s, StudyValidator.VALUE_NEGATIVE).get(0);
        assertEquals("Study 'Test county', series activity.fertilizer, year 2005: the value -12.5 t is negative; "
                + "a AGRICULTURAL_ACTIVITY value cannot be", neg.getMessage());
        assertSame(negative, neg.getData().get(0));
        List<Diagnostic> notFinite = withCode(s, StudyValidator.VALUE_NOT_FINITE);
        assertEquals(2, notFinite.size());
        assertEquals("Study 'Test county', series activity.fertilizer, year 2006: the value NaN is not a number", notFinite.get(0).getMessage());
        assertSame(nan, notFinite.get(0).getData().get(0));
        assertSame(inf, notFinite.get(1).getData().get(0));
    }

    @Test
    void areasAboveTheRegionsTotalAreErrors() {
        Study s = study();
        Region r = F.createRegion();
        r.setName("Tiny");
        r.setTotalArea(100.0);
        r.setTotalAreaUnit("km2"); // = 10 000 hm2 = 1 10^4 hm2
        s.setRegion(r);
        Series forest = Studies.ensureSeries(s, "area.forest", "10^4 hm2");
        Series crop = Studies.ensureSeries(s, "area.cropland", "hm2");
        for (int y = 2005; y <= 2007; y++) {
            Studies.setValue(forest, y, 0.6, ProvenanceKind.ENTERED, null);
            Studies.setValue(crop, y, 3000, ProvenanceKind.ENTERED, null); // 0.3 10^4 hm2: 0.9 in all, fits
        }
        Studies.setValue(crop, 2006, 5000, ProvenanceKind.ENTERED, null); // 0.6 + 0.5 = 1.1 > 1
        YearValue big = Studies.setValue(forest, 2007, 1.2, ProvenanceKind.ENTERED, null); // alone above 100 km2
        List<Diagnostic> ds = withCode(s, StudyValidator.AREA_EXCEEDS_REGION);
        List<String> messages = ds.stream().map(Diagnostic::getMessage).toList();
        assertEquals(List.of(
                "Study 'Test county', series area.forest, year 2007: the area 1.2 10^4 hm2 exceeds the region's total area 100 km2",
                "Study 'Test county', land areas, year 2006: the classes' areas add up to 110 km2, more than the region's total area 100 km2",
                "Study 'Test county', land areas, year 2007: the classes' areas add up to 150 km2, more than the region's total area 100 km2"),
                messages);
        assertSame(big, ds.get(0).getData().get(0));
    }

    @Test
    void unitsThatDoNotFitTheSeriesAreErrors() {
        Study s = study();
        Series area = Studies.ensureSeries(s, "area.forest", "10^4 t C");
        Series gdp = Studies.ensureSeries(s, "gdp.secondary", "10^8 yaun");
        for (int y = 2005; y <= 2007; y++) {
            Studies.setValue(area, y, 1, ProvenanceKind.ENTERED, null);
            Studies.setValue(gdp, y, 1, ProvenanceKind.ENTERED, null);
        }
        assertEquals("Study 'Test county', series area.forest: the unit 10^4 t C (carbon) does not fit a LAND_AREA series, which needs area, "
                + "e.g. 10^4 hm2", withCode(s, StudyValidator.UNIT_INCOMPATIBLE).get(0).getMessage());
        assertTrue(withCode(s, StudyValidator.UNIT_INVALID).get(0).getMessage()
                .startsWith("Study 'Test county', series gdp.secondary: unit \"10^8 yaun\": unknown unit 'yaun'"));
    }

    @Test
    void coefficientsNeedASourceAndAFittingUnit() {
        Study s = study();
        CoefficientSet set = F.createCoefficientSet();
        set.setId("mine");
        Coefficient noSource = coefficient("sink.forest", -0.644, "t C / (hm2 a)", " ");
        Coefficient wrongUnit = coefficient("agri.sown_area", 16.47, "kg C / km2 / a", "some paper");
        set.getEntries().add(noSource);
        set.getEntries().add(wrongUnit);
        s.getCoefficientSets().add(set);
        s.setCoefficientSetId("mine");
        Diagnostic d = withCode(s, StudyValidator.COEFFICIENT_WITHOUT_SOURCE).get(0);
        assertEquals("Study 'Test county', coefficient sink.forest (set mine) = -0.644 t C / (hm2 a): no source; cite where the value comes from",
                d.getMessage());
        assertSame(noSource, d.getData().get(0));
        Diagnostic u = withCode(s, StudyValidator.UNIT_INCOMPATIBLE).get(0);
        assertEquals("Study 'Test county', coefficient agri.sown_area (set mine): the unit kg C / (km2 a) (carbon / (area time)) does not fit "
                + "this coefficient, which needs carbon / area", u.getMessage());
    }

    @Test
    void areaSeriesOfAClassOutsideTheSystemAndOverridesOfUnknownSeriesAreWarnings() {
        Study s = study();
        s.setLandClassSystem(org.landcarbon.model.study.LandClassSystems.clcd());
        Series garden = Studies.ensureSeries(s, "area.garden", "10^4 hm2");
        org.landcarbon.model.Scenario scenario = F.createScenario();
        scenario.setName("Eco");
        org.landcarbon.model.SeriesOverride o = F.createSeriesOverride();
        o.setSeriesId("area.wetland");
        scenario.getSeriesOverrides().add(o);
        s.getScenarios().add(scenario);
        Diagnostic unknownClass = withCode(s, StudyValidator.UNKNOWN_CLASS).get(0);
        assertEquals("Study 'Test county', series area.garden: the land-class system clcd has no class 'garden'", unknownClass.getMessage());
        assertSame(garden, unknownClass.getData().get(0));
        assertEquals("Study 'Test county', scenario Eco: it overrides the series area.wetland, which the study does not have",
                withCode(s, StudyValidator.UNKNOWN_SERIES).get(0).getMessage());
    }

    @Test
    void overridesOfReportedKnownComponentsAreAcceptedAndUnknownComponentsFlagged() {
        Study s = study();
        org.landcarbon.model.Scenario scenario = F.createScenario();
        scenario.setName("Eco");
        for (String id : List.of("reported.construction", "reported.agricultural_land", "reported.net", "reported.wetland")) {
            org.landcarbon.model.SeriesOverride o = F.createSeriesOverride();
            o.setSeriesId(id);
            scenario.getSeriesOverrides().add(o);
        }
        s.getScenarios().add(scenario);
        assertEquals(List.of("Study 'Test county', scenario Eco: it overrides the series reported.wetland, which the study does not have"),
                withCode(s, StudyValidator.UNKNOWN_SERIES).stream().map(Diagnostic::getMessage).toList());
    }

    @Test
    void displayUnitsAndTheRegionsAreaMustMakeSense() {
        Study s = study();
        org.landcarbon.model.DisplayUnits units = F.createDisplayUnits(); // defaults 10^4 hm2 and 10^4 t C are fine
        s.setDisplayUnits(units);
        Region r = F.createRegion();
        r.setName("R");
        r.setTotalArea(-5.0);
        r.setTotalAreaUnit("km2");
        s.setRegion(r);
        assertEquals(List.of("Study 'Test county', region R: the total area -5 km2 is not a positive number"),
                ours(s).stream().map(Diagnostic::getMessage).toList());
        r.setTotalArea(5.0);
        units.setArea("t");
        units.setCarbon("Mt CO2");
        assertEquals(List.of("Study 'Test county', display units: the area unit t is not an area unit"),
                ours(s).stream().map(Diagnostic::getMessage).toList());
    }

    @Test
    void reportedTotalsWithinRoundingAreAccepted() {
        Study s = study();
        // 2005 of Table 5: sinks differ from their sum by 0.01, within 7 x 0.005
        double[] sinks = { 7.74, 510.11, 3.37, 0.89, 4.49, 1418.75 };
        String[] ids = { "garden", "forest", "grassland", "unused", "water", "cropland" };
        for (int i = 0; i < ids.length; i++) {
            s.getReportedValues().add(reported(2005, ids[i], sinks[i]));
        }
        s.getReportedValues().add(reported(2005, "sinks_total", 1945.36));
        assertEquals(List.of(), withCode(s, StudyValidator.REPORTED_TOTAL_INCONSISTENT));
        s.getReportedValues().get(6).setValue(1945.42); // 0.07 off: more than rounding
        assertEquals(1, withCode(s, StudyValidator.REPORTED_TOTAL_INCONSISTENT).size());
    }

    private static ReportedValue reported(int year, String component, double value) {
        ReportedValue r = F.createReportedValue();
        r.setYear(year);
        r.setComponent(component);
        r.setValue(value);
        r.setUnit("10^4 t C");
        r.setSource("test");
        return r;
    }

    private static Coefficient coefficient(String key, double value, String unit, String source) {
        Coefficient c = F.createCoefficient();
        c.setKey(key);
        c.setValue(value);
        c.setUnit(unit);
        c.setSource(source);
        return c;
    }
}
