package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.SampleStudies;

/** account --uncertainty and sensitivity on the demo county (synthetic) with a made-up range on the forest sink. */
class UncertaintyCommandsTest {

    private static Path study(Path dir) throws Exception {
        Path file = StudyCommandsTest.sample(SampleStudies.DEMO_FILE, dir);
        Study study = StudyFiles.load(file);
        Uncertainty u = LandCarbonFactory.eINSTANCE.createUncertainty();
        u.setDistribution("interval95pct");
        u.setPercent(30);
        u.setSource("test range, made up");
        study.getCoefficientSets().get(0).getEntries().stream().filter(c -> c.getKey().equals("sink.forest")).findFirst().orElseThrow()
                .setUncertainty(u);
        StudyFiles.save(study, file);
        return file;
    }

    @Test
    void monteCarloJsonIsReproducibleAndPlainAccountUnchanged(@TempDir Path dir) throws Exception {
        String file = study(dir).toString();
        CliHarness.Result a = CliHarness.run("account", file, "--uncertainty", "mc", "--draws", "2000", "--seed", "5", "--format", "json");
        assertEquals(0, a.exitCode(), a.err());
        assertTrue(a.out().contains("\"p97_5\"") && a.out().contains("\"half_width_pct\"") && a.out().contains("\"sink.forest\""), a.out());
        CliHarness.Result b = CliHarness.run("account", file, "--uncertainty", "mc", "--draws", "2000", "--seed", "5", "--format", "json");
        assertEquals(a.out(), b.out());
        CliHarness.Result plain = CliHarness.run("account", file);
        assertEquals(0, plain.exitCode());
        assertFalse(plain.out().contains("p97.5"));
        CliHarness.Result p = CliHarness.run("account", file, "--uncertainty", "propagation", "--format", "csv");
        assertEquals(0, p.exitCode(), p.err());
        assertTrue(p.out().startsWith("year,number,value,mean,sd,p2_5,p50,p97_5,half_width_pct,unit"), p.out());
    }

    @Test
    void sensitivityRanksTheForestSink(@TempDir Path dir) throws Exception {
        String file = study(dir).toString();
        CliHarness.Result r = CliHarness.run("sensitivity", file, "--target", "net:2015", "--method", "sobol", "--draws", "512");
        assertEquals(0, r.exitCode(), r.err());
        String[] row = r.out().lines().skip(2).findFirst().orElse("").split("\t");
        assertEquals("sink.forest", row[0], r.out());
        // the only uncertain input explains all the variance: S_1 and S_T about 1
        assertEquals(1, Double.parseDouble(row[1]), 0.1, r.out());
        assertEquals(1, Double.parseDouble(row[2]), 0.1, r.out());
        CliHarness.Result oat = CliHarness.run("sensitivity", file, "--method", "oat");
        assertEquals(0, oat.exitCode(), oat.err());
    }

    @Test
    void badOptionsAndNoRangesAreRefused(@TempDir Path dir) throws Exception {
        String file = study(dir).toString();
        assertEquals(2, CliHarness.run("account", file, "--uncertainty", "mc", "--draws", "1").exitCode());
        assertEquals(2, CliHarness.run("account", file, "--uncertainty", "bootstrap").exitCode());
        assertEquals(2, CliHarness.run("account", file, "--seed", "3").exitCode());
        assertEquals(2, CliHarness.run("sensitivity", file, "--target", "net:1900").exitCode());
        Path guizhou = StudyCommandsTest.sample(SampleStudies.GUIZHOU_FILE, dir);
        CliHarness.Result none = CliHarness.run("sensitivity", guizhou.toString());
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("No input of this account has a range"), none.err());
    }

    @Test
    void gm11IntervalsByBootstrapAndMonteCarlo(@TempDir Path dir) throws Exception {
        String file = study(dir).toString();
        CliHarness.Result plain = CliHarness.run("gm11", "--input", file, "--series", "area.forest", "--horizon", "3");
        assertEquals(0, plain.exitCode(), plain.err());
        assertFalse(plain.out().contains("p97_5"));
        CliHarness.Result b = CliHarness.run("gm11", "--input", file, "--series", "area.forest", "--horizon", "3", "--uncertainty",
                "bootstrap", "--draws", "500", "--format", "csv");
        assertEquals(0, b.exitCode(), b.err());
        String[] lines = b.out().strip().split("\n");
        assertEquals("year,forecast,mean,sd,p2_5,p50,p97_5,unit", lines[0]);
        assertEquals(4, lines.length, b.out());
        String[] step = lines[1].split(",");
        assertTrue(Double.parseDouble(step[4]) < Double.parseDouble(step[1]) && Double.parseDouble(step[1]) < Double.parseDouble(step[6]),
                b.out());
        CliHarness.Result mc = CliHarness.run("gm11", "--input", file, "--series", "sinks_total", "--uncertainty", "mc", "--draws", "1000",
                "--format", "json");
        assertEquals(0, mc.exitCode(), mc.err());
        assertTrue(mc.out().contains("\"uncertainty\" : \"mc\"") && mc.out().contains("\"p97_5\""), mc.out());
        assertEquals(2, CliHarness.run("gm11", "--input", file, "--series", "area.forest", "--uncertainty", "mc").exitCode());
        assertEquals(2, CliHarness.run("gm11", "--input", file, "--series", "nothing", "--uncertainty", "mc").exitCode());
        assertEquals(2, CliHarness.run("gm11", "--input", file, "--series", "area.forest", "--uncertainty", "propagation").exitCode());
    }

    @Test
    void compareGivesThePeakYearDistribution(@TempDir Path dir) throws Exception {
        String file = study(dir).toString();
        CliHarness.Result r = CliHarness.run("compare", file, "--uncertainty", "mc", "--draws", "500", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"p_by_year\"") && r.out().contains("\"peak_by\" : 2030"), r.out());
        CliHarness.Result t = CliHarness.run("scenarios", file, "--uncertainty", "mc", "--draws", "500", "--peak-by", "2035");
        assertEquals(0, t.exitCode(), t.err());
        assertTrue(t.out().contains("P(peak by 2035)"), t.out());
        assertEquals(2, CliHarness.run("compare", file, "--uncertainty", "mc", "--threshold", "0").exitCode());
        assertEquals(2, CliHarness.run("compare", file, "--uncertainty", "propagation").exitCode());
    }

    @Test
    void runGm11TakesTheSameIntervalsAsGm11(@TempDir Path dir) throws Exception {
        String file = study(dir).toString();
        CliHarness.Result shortcut = CliHarness.run("gm11", "--input", file, "--series", "sinks_total", "--uncertainty", "mc", "--draws", "800",
                "--seed", "7", "--horizon", "4", "--format", "csv");
        assertEquals(0, shortcut.exitCode(), shortcut.err());
        CliHarness.Result run = CliHarness.run("run", "grey.gm11", "--input", file, "--series", "sinks_total", "--uncertainty", "mc", "--draws",
                "800", "--seed", "7", "--horizon", "4", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(shortcut.out(), run.out());
        assertEquals(5, run.out().strip().split("\n").length, run.out());
        CliHarness.Result other = CliHarness.run("run", "grey.gm11", "--input", file, "--series", "sinks_total", "--uncertainty", "mc", "--draws",
                "800", "--seed", "8", "--horizon", "4", "--format", "csv");
        assertFalse(other.out().equals(run.out()), "another seed, other draws");
        CliHarness.Result boot = CliHarness.run("run", "grey.gm11", "--input", file, "--series", "area.forest", "--uncertainty", "bootstrap",
                "--draws", "300", "--format", "json");
        assertEquals(0, boot.exitCode(), boot.err());
        assertTrue(boot.out().contains("\"uncertainty\" : \"bootstrap\""), boot.out());
        CliHarness.Result verhulst = CliHarness.run("run", "grey.verhulst", "--input", file, "--series", "area.forest", "--uncertainty", "mc");
        assertEquals(2, verhulst.exitCode());
        assertTrue(verhulst.err().contains("grey.gm11 only"), verhulst.err());
    }

    /** The sd of net emission in the last year of {@code account --uncertainty propagation --format csv}. */
    private static double netSd(String csv, String year) {
        for (String line : csv.split("\n")) {
            if (line.startsWith(year + ",net,")) {
                return Double.parseDouble(line.split(",")[4]);
            }
        }
        throw new AssertionError("no net " + year + " in " + csv);
    }

    @Test
    void rangesOfACoefficientCsvAreDrawnAndImpossibleOnesRefused(@TempDir Path dir) throws Exception {
        Path study = StudyCommandsTest.sample(SampleStudies.GUIZHOU_FILE, dir);
        Path set = dir.resolve("ranged.csv");
        java.nio.file.Files.writeString(set, """
                # id: ranged
                # base: seed-guizhou
                key,value,unit,source,note,distribution,percent,uncertainty_source
                sink.forest,-0.644,t C / (hm2 a),Wei and Jian 2022 Table 2,,interval95pct,30,test range made up
                """);
        CliHarness.Result plain = CliHarness.run("account", study.toString(), "--uncertainty", "propagation", "--format", "csv");
        assertEquals(0, plain.exitCode(), plain.err());
        assertEquals(0, netSd(plain.out(), "2019"), "the seed set gives no range");
        CliHarness.Result ranged = CliHarness.run("account", study.toString(), "--coefficients", set.toString(), "--uncertainty",
                "propagation", "--format", "csv");
        assertEquals(0, ranged.exitCode(), ranged.err());
        assertTrue(netSd(ranged.out(), "2019") > 0, ranged.out());
        CliHarness.Result imported = CliHarness.run("coefficients", "import", set.toString(), "--into", study.toString(), "--use");
        assertEquals(0, imported.exitCode(), imported.err());
        CliHarness.Result stored = CliHarness.run("account", study.toString(), "--uncertainty", "propagation", "--format", "csv");
        assertEquals(netSd(ranged.out(), "2019"), netSd(stored.out(), "2019"), 1e-12, "the range was saved with the set");

        Path bad = dir.resolve("ranged-bad.csv");
        java.nio.file.Files.writeString(bad, """
                # id: ranged-bad
                # base: seed-guizhou
                key,value,unit,source,note,distribution,sd,uncertainty_source
                sink.forest,-0.644,t C / (hm2 a),Wei and Jian 2022 Table 2,,normal,-0.1,test range made up
                """);
        CliHarness.Result refused = CliHarness.run("coefficients", "import", bad.toString(), "--into", study.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("ranged-bad.csv, row 4, column sd: the normal distribution needs a positive sd, not -0.1"),
                refused.err());
    }
}
