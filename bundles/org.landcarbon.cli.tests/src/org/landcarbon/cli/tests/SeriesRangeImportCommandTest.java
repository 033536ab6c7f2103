package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.SampleStudies;

/** landcarbon import of a long CSV with a +-5 % range on area.forest: the Monte Carlo account then has sink sd. */
class SeriesRangeImportCommandTest {

    @Test
    void aForestAreaRangeImportedFromCsvGivesTheSinksAnSd(@TempDir Path dir) throws Exception {
        Path studyFile = StudyCommandsTest.sample(SampleStudies.DEMO_FILE, dir);
        String file = studyFile.toString();
        double before = sinkSd(file);
        assertEquals(0, before, 0.0, "no range in the demo study: the sinks are exact");

        Study study = StudyFiles.load(studyFile);
        Series forest = study.getSeries().stream().filter(s -> s.getId().equals("area.forest")).findFirst().orElseThrow();
        StringBuilder csv = new StringBuilder("year,series,value,unit,distribution,percent,uncertainty_source\n");
        for (YearValue v : forest.getValues()) {
            // the range on the first row only: a series' range is given once or repeated equal
            String range = v == forest.getValues().get(0) ? "interval95pct,5,classification accuracy (test)" : ",,";
            csv.append(v.getYear()).append(",area.forest,").append(v.getValue()).append(',').append(forest.getUnit())
                    .append(',').append(range).append('\n');
        }
        Path input = Files.writeString(dir.resolve("forest.csv"), csv);
        CliHarness.Result r = CliHarness.run("import", "--into", file, input.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("range of area.forest: +-5 % (95 %) (classification accuracy (test))"), r.out());

        double after = sinkSd(file);
        assertTrue(after > 0, "the sinks get an sd from the forest area's range: " + after);
    }

    @Test
    void aNegativeSdIsRefusedWithFileRowAndColumn(@TempDir Path dir) throws Exception {
        Path studyFile = StudyCommandsTest.sample(SampleStudies.DEMO_FILE, dir);
        String before = Files.readString(studyFile);
        Path input = Files.writeString(dir.resolve("bad.csv"),
                "year,series,value,unit,distribution,sd,uncertainty_source\n2010,area.forest,100,10^4 hm2,normal,-3,survey\n");
        CliHarness.Result r = CliHarness.run("import", "--into", studyFile.toString(), input.toString());
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.err().contains("bad.csv, row 2, column F (sd): the normal distribution needs a positive sd, not -3.0 %"), r.err());
        assertEquals(before, Files.readString(studyFile), "nothing imported");
    }

    /** The sum of the Monte Carlo sd of the sink outputs over all years. */
    @SuppressWarnings("unchecked")
    private static double sinkSd(String study) throws Exception {
        CliHarness.Result mc = CliHarness.run("account", study, "--uncertainty", "mc", "--draws", "2000", "--seed", "3", "--format", "json");
        assertEquals(0, mc.exitCode(), mc.err());
        double sum = 0;
        int sinks = 0;
        for (Object y : (List<Object>) Json.object(mc.out()).get("years")) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) y).entrySet()) {
                if (e.getKey().startsWith("sink") && e.getValue() instanceof Map<?, ?> m && m.get("sd") instanceof Number sd) {
                    sum += sd.doubleValue();
                    sinks++;
                }
            }
        }
        assertTrue(sinks > 0, "the account has sink outputs: " + mc.out());
        return sum;
    }
}
