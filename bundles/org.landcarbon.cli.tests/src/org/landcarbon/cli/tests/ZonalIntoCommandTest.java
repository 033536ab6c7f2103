package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.SampleStudies;
import org.landcarbon.model.study.Regions;

/** {@code landcarbon zonal --into STUDY}: the sample's county areas written into the Guizhou study's subregions. */
@SuppressWarnings("unchecked")
class ZonalIntoCommandTest {

    @TempDir
    Path dir;

    private Path sample(String name) throws IOException {
        return SpatialSamples.copy(name, dir);
    }

    private String[] zonal(String... more) throws IOException {
        List<String> a = new ArrayList<>(List.of("zonal", "--raster", sample("landcover-2000.tif").toString(), "--raster",
                sample("landcover-2020.tif").toString(), "--regions", sample("counties.geojson").toString(), "--id-field", "code",
                "--name-field", "name"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static double printed(Map<String, Object> json, String region, String year, String landClass) {
        for (Map<String, Object> r : (List<Map<String, Object>>) json.get("regions")) {
            if (r.get("id").equals(region)) {
                return ((Number) ((Map<String, Object>) ((Map<String, Object>) r.get("areas")).get(year)).get(landClass)).doubleValue();
            }
        }
        throw new AssertionError(region);
    }

    private static YearValue value(Study s, String region, String series, int year) {
        Region r = Regions.find(s, region).orElseThrow(() -> new AssertionError("no region " + region));
        Series x = r.getSeries().stream().filter(v -> v.getId().equals(series)).findFirst().orElseThrow(() -> new AssertionError(series));
        return x.getValues().stream().filter(v -> v.getYear() == year).findFirst().orElseThrow(() -> new AssertionError(series + " " + year));
    }

    @Test
    void writesTheAreasIntoNewSubregionsWithTheRasterAsSource() throws Exception {
        Path studyFile = StudyCommandsTest.sample(SampleStudies.GUIZHOU_FILE, dir);
        byte[] before = Files.readAllBytes(studyFile);

        CliHarness.Result refused = CliHarness.run(zonal("--classes", "seed", "--into", studyFile.toString()));
        assertEquals(1, refused.exitCode(), refused.out());
        assertTrue(refused.err().contains("landcover-2000.tif: region 520002: ") && refused.err().contains("--allow-partial"), refused.err());
        assertTrue(refused.err().contains("region 520003"), "C crosses the raster's edge too: " + refused.err());
        assertArrayEquals(before, Files.readAllBytes(studyFile), "nothing written");

        CliHarness.Result printedJson = CliHarness.run(zonal("--classes", "seed", "--unit", "10^4hm2", "--format", "json"));
        assertEquals(0, printedJson.exitCode(), printedJson.err());
        Map<String, Object> json = Json.object(printedJson.out());

        CliHarness.Result r = CliHarness.run(zonal("--classes", "seed", "--into", studyFile.toString(), "--allow-partial"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Imported 48 values into 4 regions") && r.out().contains("new region 520001 甲县 (synthetic A) under 520000"),
                r.out()); // 4 regions x 2 years x 6 classes
        Study s = StudyFiles.load(studyFile);
        assertEquals("甲县 (synthetic A)", Regions.find(s, "520001").orElseThrow().getNameZh());
        for (String region : List.of("520001", "520002", "520004")) {
            for (String c : List.of("forest", "cropland", "construction")) {
                for (int year : List.of(2000, 2020)) {
                    YearValue v = value(s, region, "area." + c, year);
                    // the study's area series are in 10^4 hm2: the printed areas in that unit
                    assertEquals(printed(json, region, Integer.toString(year), c), v.getValue(), 1e-12, region + " " + c + " " + year);
                    assertEquals(ProvenanceKind.IMPORTED, v.getProvenance());
                    assertTrue(v.getProvenanceDetail().startsWith("landcover-" + year + ".tif (zonal, pixel-centre rule, region " + region
                            + " of counties.geojson, "), v.getProvenanceDetail());
                }
            }
        }
        assertTrue(value(s, "520002", "area.forest", 2000).getProvenanceDetail().contains("; partial: "), "B is marked partial");
        assertTrue(value(s, "520001", "area.forest", 2000).getProvenanceDetail().contains("codes 2+3: "), "forest = CLCD forest + shrub");
        assertEquals(0, r.err().lines().filter(l -> !l.startsWith("warning:")).count(), r.err());
    }

    @Test
    void refusesClassesTheStudyLacksAndUsage() throws Exception {
        Path studyFile = StudyCommandsTest.sample(SampleStudies.GUIZHOU_FILE, dir);
        byte[] before = Files.readAllBytes(studyFile);
        CliHarness.Result clcd = CliHarness.run(zonal("--classes", "clcd", "--into", studyFile.toString(), "--allow-partial"));
        assertEquals(1, clcd.exitCode());
        assertTrue(clcd.err().contains("landcover-2000.tif: class 'shrub' is not a land class of the study"), clcd.err());
        assertArrayEquals(before, Files.readAllBytes(studyFile));

        CliHarness.Result dry = CliHarness.run(zonal("--classes", "seed", "--into", studyFile.toString(), "--allow-partial", "--dry-run"));
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("Would import 48 values") && dry.out().contains("Dry run:"), dry.out());
        assertArrayEquals(before, Files.readAllBytes(studyFile));

        assertEquals(2, CliHarness.run(zonal("--dry-run")).exitCode());
        assertEquals(2, CliHarness.run(zonal("--into", studyFile.toString(), "--transfer")).exitCode());
        assertEquals(1, CliHarness.run(zonal("--classes", "seed", "--into", dir.resolve("none.landcarbon").toString())).exitCode());
    }

    @Test
    void anAccuracyGivesTheAreasARangeThatTheMonteCarloCarriesToTheSinks() throws Exception {
        Path studyFile = StudyCommandsTest.sample(SampleStudies.GUIZHOU_FILE, dir);
        String source = "CLCD overall accuracy 95 % (test)";
        // labelled as years of the study, so that its account has them
        CliHarness.Result r = CliHarness.run(zonal("--classes", "seed", "--years", "2005,2019", "--into", studyFile.toString(),
                "--allow-partial", "--accuracy", "95", "--accuracy-source", source));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("range of area.forest in 520001: +-5 % (95 %) (" + source + ")"), r.out());
        Study s = StudyFiles.load(studyFile);
        Series forest = Regions.find(s, "520001").orElseThrow().getSeries().stream().filter(x -> x.getId().equals("area.forest"))
                .findFirst().orElseThrow();
        assertEquals("interval95pct", forest.getUncertainty().getDistribution());
        assertEquals(5, forest.getUncertainty().getPercent(), 0);
        assertEquals(source, forest.getUncertainty().getSource());

        CliHarness.Result mc = CliHarness.run("account", studyFile.toString(), "--region", "520001", "--uncertainty", "mc", "--draws",
                "2000", "--seed", "3", "--format", "json");
        assertEquals(0, mc.exitCode(), mc.err());
        int sinks = 0;
        for (Object y : (List<Object>) Json.object(mc.out()).get("years")) {
            // the county has no garden, so sinks_total has no value; each land-class sink has
            for (String c : List.of("forest", "grassland", "water", "unused")) {
                if (((Map<String, Object>) y).get(c) instanceof Map<?, ?> sink && sink.get("sd") instanceof Number sd) {
                    assertTrue(sd.doubleValue() > 0, c + " " + sink);
                    // sink = area x rate, exact rate: its 95 % half-width is the area's 5 %, within sampling error (2,000 draws)
                    double half = ((Number) sink.get("half_width_pct")).doubleValue();
                    assertEquals(5, half, 0.5, c + " " + sink);
                    sinks++;
                }
            }
        }
        assertEquals(8, sinks, "4 sinks in 2005 and 2019: " + mc.out());
    }

    @Test
    void anAccuracyIsRefusedWithoutItsSourceOrOutOfRangeAndATableNamesRowAndColumn() throws Exception {
        Path studyFile = StudyCommandsTest.sample(SampleStudies.GUIZHOU_FILE, dir);
        byte[] before = Files.readAllBytes(studyFile);
        String study = studyFile.toString();
        CliHarness.Result noSource = CliHarness.run(zonal("--classes", "seed", "--into", study, "--allow-partial", "--accuracy", "95"));
        assertEquals(2, noSource.exitCode());
        assertTrue(noSource.err().contains("--accuracy 95: an accuracy must cite its source"), noSource.err());
        assertEquals(2, CliHarness.run(zonal("--classes", "seed", "--into", study, "--accuracy", "100", "--accuracy-source", "x")).exitCode());
        assertEquals(2, CliHarness.run(zonal("--accuracy", "95", "--accuracy-source", "x")).exitCode(), "goes with --into");

        Path table = Files.writeString(dir.resolve("accuracy.csv"), "class,user_accuracy_pct,source\nforest,86.5,Table 4\nwater,0,Table 4\n");
        CliHarness.Result bad = CliHarness.run(zonal("--classes", "seed", "--into", study, "--allow-partial", "--accuracy", table.toString()));
        assertEquals(1, bad.exitCode(), bad.out());
        assertTrue(bad.err().contains("accuracy.csv, row 3, column B (user_accuracy_pct): an accuracy is a percentage above 0 and below 100"),
                bad.err());
        Files.writeString(table, "class,user_accuracy_pct,source\nforest,86.5,Table 4\n");
        CliHarness.Result missing = CliHarness.run(zonal("--classes", "seed", "--into", study, "--allow-partial", "--accuracy",
                table.toString()));
        assertEquals(1, missing.exitCode(), missing.out());
        assertTrue(missing.err().contains("no accuracy for area.cropland"), missing.err());
        assertArrayEquals(before, Files.readAllBytes(studyFile), "nothing written");
    }
}
