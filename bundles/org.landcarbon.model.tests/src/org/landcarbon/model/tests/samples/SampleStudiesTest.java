package org.landcarbon.model.tests.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.SampleStudies;
import org.landcarbon.model.study.Studies;
import org.landcarbon.model.study.StudyConventions;
import org.landcarbon.model.units.Quantity;

class SampleStudiesTest {

    @Test
    void committedGuizhouFileIsWhatTheGeneratorBuildsFromTheSourceTables(@TempDir Path dir) throws Exception {
        String expected = text(StudyFiles.toBytes(SampleStudies.guizhou(SampleFiles.sources())));
        // The shipped file also carries the scenarios org.landcarbon.scenarios adds through the generator's
        // Extension hook; that bundle's GuizhouScenariosTest checks them and the whole file byte for byte.
        Study shipped = SampleFiles.load(SampleStudies.GUIZHOU_FILE, dir);
        shipped.getScenarios().clear();
        assertEquals(expected, text(StudyFiles.toBytes(shipped)),
                "samples/guizhou-2005-2019.landcarbon is stale: rerun SampleScenarios (see samples/source/SOURCES.md)");
    }

    @Test
    void committedDemoFileIsWhatTheGeneratorBuilds(@TempDir Path dir) throws Exception {
        String expected = text(StudyFiles.toBytes(SampleStudies.demoCounty()));
        // as for Guizhou: the shipped file also carries the scenarios org.landcarbon.scenarios adds, which that
        // bundle's DemoScenariosTest checks with the whole file byte for byte
        Study shipped = SampleFiles.load(SampleStudies.DEMO_FILE, dir);
        shipped.getScenarios().clear();
        assertEquals(expected, text(StudyFiles.toBytes(shipped)),
                "samples/demo-county.landcarbon is stale: rerun SampleScenarios (see docs/study-files.md)");
        assertEquals(expected, text(StudyFiles.toBytes(SampleStudies.demoCounty())), "the generator is deterministic");
    }

    @Test
    void guizhouHoldsTable5AsReportedValues(@TempDir Path dir) throws Exception {
        Study s = SampleFiles.load(SampleStudies.GUIZHOU_FILE, dir);
        assertEquals(15 * 11, s.getReportedValues().size());
        assertEquals(4379.78, Studies.reported(s, 2014, "net").orElseThrow().getValue());
        assertEquals(163.69, Studies.reported(s, 2014, "agricultural_land").orElseThrow().getValue());
        assertEquals(1418.75, Studies.reported(s, 2005, "cropland").orElseThrow().getValue());
        s.getReportedValues().forEach(r -> {
            assertEquals("10^4 t C", r.getUnit());
            assertTrue(r.getSource().contains("Table 5"));
        });
        assertFalse(s.isSynthetic());
        assertEquals(17.61 * 1e6, Quantity.of(s.getRegion().getTotalArea(), s.getRegion().getTotalAreaUnit()).in("hm2"), 1e-6);
    }

    @Test
    void guizhouSinkAreasAreDerivedFromTable5ExceptWhereTheTextStatesThem(@TempDir Path dir) throws Exception {
        Study s = SampleFiles.load(SampleStudies.GUIZHOU_FILE, dir);
        // garden 2005: 7.74 10^4 t C / 0.644 t C/(hm2 a) = 12.01863... -> 12.0186 10^4 hm2
        YearValue garden = Studies.yearValue(Studies.series(s, "area.garden").orElseThrow(), 2005).orElseThrow();
        assertEquals(12.0186, garden.getValue(), 1e-9);
        assertEquals(ProvenanceKind.DERIVED, garden.getProvenance());
        assertTrue(garden.getProvenanceDetail().startsWith("area = sink / (|rate| x 1 a) = 7.74 10^4 t C / (0.644"), garden.getProvenanceDetail());
        // water 2011: 6.05 / 0.218 = 27.75229... -> 27.7523
        assertEquals(27.7523, Studies.value(s, "area.water", 2011).orElseThrow().value(), 1e-9);
        // unused 2010: 1.10 / 0.005 = 220
        assertEquals(220, Studies.value(s, "area.unused", 2010).orElseThrow().value(), 1e-9);

        Set<String> stated = new TreeSet<>();
        for (String cls : List.of("garden", "forest", "grassland", "water", "unused")) {
            Series series = Studies.series(s, "area." + cls).orElseThrow();
            assertEquals(15, series.getValues().size(), cls);
            for (YearValue v : series.getValues()) {
                if (v.getProvenance() == ProvenanceKind.STATED) {
                    stated.add(cls + " " + v.getYear() + " " + v.getValue());
                    assertTrue(v.getProvenanceDetail().contains("seed paper, section"), v.getProvenanceDetail());
                } else {
                    assertEquals(ProvenanceKind.DERIVED, v.getProvenance());
                }
            }
        }
        assertEquals(new TreeSet<>(List.of("forest 2009 790.73", "forest 2010 899.57", "grassland 2005 160.64", "grassland 2009 159.75",
                "grassland 2010 7.41", "grassland 2012 7.32", "grassland 2019 7.21")), stated);
    }

    @Test
    void guizhouTakesTheComponentsWithoutPublishedInputsAsReported(@TempDir Path dir) throws Exception {
        Study s = SampleFiles.load(SampleStudies.GUIZHOU_FILE, dir);
        assertEquals(List.of("cropland=reported", "construction=reported", "agricultural_land=reported"),
                s.getMethodChoices().stream().map(c -> c.getComponent() + "=" + c.getMethodId()).toList());
        assertTrue(s.getNotes().contains("chooses the method \"reported\" for cropland, construction and agricultural_land"), s.getNotes());
        assertTrue(s.getNotes().contains("but not the crop yields, energy intensity, GDP or farm inputs"), s.getNotes());
        assertTrue(SampleFiles.load(SampleStudies.DEMO_FILE, dir).getMethodChoices().isEmpty(), "the demo county computes everything");
    }

    @Test
    void guizhouLeavesUnpublishedSeriesEmpty(@TempDir Path dir) throws Exception {
        Study s = SampleFiles.load(SampleStudies.GUIZHOU_FILE, dir);
        for (String id : List.of("area.cropland", "area.construction", "activity.fertilizer", "activity.sown_area", "activity.machinery_power",
                "activity.irrigated_area", "activity.plastic_film", "energy_intensity", "gdp.primary", "gdp.secondary", "gdp.tertiary",
                "yield.rice", "yield.tobacco", "population")) {
            Series series = Studies.series(s, id).orElseThrow(() -> new AssertionError("no series " + id));
            assertTrue(series.getValues().isEmpty(), id);
            assertEquals(15, Studies.missingYears(s, series).size(), id);
            assertTrue(series.getNote().contains("not published"), id);
        }
    }

    @Test
    void guizhouCarriesTheSeedCoefficientSetWithSources(@TempDir Path dir) throws Exception {
        Study s = SampleFiles.load(SampleStudies.GUIZHOU_FILE, dir);
        List<Coefficient> entries = Studies.coefficientSet(s).orElseThrow().getEntries();
        assertEquals(29, entries.size(), "every row of coefficients.csv");
        entries.forEach(c -> assertFalse(c.getSource() == null || c.getSource().isBlank(), c.getKey()));
        assertEquals(895.6, Studies.coefficient(s, "agri.fertilizer").orElseThrow().getValue());
        assertEquals("kg C / t", Studies.coefficient(s, "agri.fertilizer").orElseThrow().getUnit());
        assertEquals(0.7476, Studies.coefficient(s, "construction.coal_factor").orElseThrow().getValue());
        assertEquals(-0.021, Studies.coefficient(s, "sink.grassland").orElseThrow().getValue());
        assertEquals(0.34, Studies.coefficient(s, "crop.economic_coefficient.soybean").orElseThrow().getValue());
        assertEquals(0.4853, Studies.coefficient(s, "crop.carbon_rate.wheat").orElseThrow().getValue());
        assertEquals("1", Studies.coefficient(s, "crop.carbon_rate.wheat").orElseThrow().getUnit());
        assertTrue(Studies.coefficient(s, "sink.forest").orElseThrow().getSource().contains("Table 2"));
    }

    @Test
    void demoCountyIsSyntheticAndComplete(@TempDir Path dir) throws Exception {
        Study s = SampleFiles.load(SampleStudies.DEMO_FILE, dir);
        assertTrue(s.isSynthetic());
        assertTrue(s.getNotes().startsWith("SYNTHETIC DATA"));
        assertTrue(s.getDataSource().startsWith("SYNTHETIC"));
        List<String> expected = new java.util.ArrayList<>();
        List.of("cropland", "garden", "forest", "grassland", "water", "unused", "construction").forEach(c -> expected.add("area." + c));
        StudyConventions.ACTIVITIES.forEach(a -> expected.add("activity." + a));
        expected.add("energy_intensity");
        StudyConventions.GDP_SECTORS.forEach(g -> expected.add("gdp." + g));
        List.of("raw_coal", "coke", "crude_oil", "gasoline", "kerosene", "diesel", "fuel_oil", "natural_gas").forEach(f -> expected.add("energy." + f));
        StudyConventions.CROPS.forEach(c -> expected.add("yield." + c));
        expected.add("population");
        for (String id : expected) {
            Series series = Studies.series(s, id).orElseThrow(() -> new AssertionError("no series " + id));
            assertTrue(Studies.missingYears(s, series).isEmpty(), id);
            series.getValues().forEach(v -> assertTrue(v.getValue() > 0 && v.getProvenanceDetail().startsWith("synthetic"), id));
        }
        // the classes fill the county's 2400 km2 = 24 10^4 hm2 exactly
        for (int year = 2005; year <= 2020; year++) {
            double sum = 0;
            for (String id : expected.subList(0, 7)) {
                sum += Studies.value(s, id, year).orElseThrow().in("10^4 hm2");
            }
            assertEquals(24.0, sum, 1e-9, "year " + year);
        }
        // fuel factor of raw coal: 20.908 GJ/t x 25.8 kg C/GJ = 539.4 kg C/t
        assertEquals(0.5394, Studies.coefficient(s, "fuel.raw_coal.factor").orElseThrow().getValue(), 1e-12);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
