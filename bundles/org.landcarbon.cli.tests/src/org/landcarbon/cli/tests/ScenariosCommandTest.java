package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.scenarios.ScenarioTemplate;
import org.landcarbon.scenarios.ScenarioTemplates;

class ScenariosCommandTest {

    static Path studyWithScenarios(Path dir) throws Exception {
        LandCarbonFactory f = LandCarbonFactory.eINSTANCE;
        Study study = f.createStudy();
        study.setName("Test county");
        study.setStartYear(2015);
        study.setEndYear(2019);
        Series forest = f.createSeries();
        forest.setId("area.forest");
        forest.setKind(SeriesKind.LAND_AREA);
        forest.setUnit("10^4 hm2");
        double[] values = { 10, 12, 13, 15, 16 };
        for (int i = 0; i < values.length; i++) {
            YearValue v = f.createYearValue();
            v.setYear(2015 + i);
            v.setValue(values[i]);
            v.setProvenance(ProvenanceKind.ENTERED);
            forest.getValues().add(v);
        }
        study.getSeries().add(forest);
        Scenario growth = f.createScenario();
        growth.setName("Growth");
        growth.setHorizonYear(2030);
        growth.setIllustrative(true);
        growth.setDescription("Forest grows 1.9 %/a.");
        ScenarioTemplates.rule(growth, "area.forest", "growth", "rate", "1.9");
        study.getScenarios().add(growth);
        study.getScenarios().add(ScenarioTemplates.create(ScenarioTemplate.ECOLOGICAL_PROTECTION, study, 2060, 2015, List.of()));
        Path file = dir.resolve("test.landcarbon");
        StudyFiles.save(study, file);
        return file;
    }

    @Test
    void listsEachScenarioWithHorizonAndRules(@TempDir Path dir) throws Exception {
        Result r = CliHarness.run("scenarios", studyWithScenarios(dir).toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Test county (data 2015-2019): 2 scenarios"), r.out());
        assertTrue(r.out().contains("Growth  (to 2030, illustrative)\n  Forest grows 1.9 %/a.\n  area.forest  growth 1.9 %/a\n"), r.out());
        assertTrue(r.out().contains("Ecological protection  (to 2060)"), r.out());
        assertTrue(r.out().contains("area.forest  growth 0.5 %/a"), r.out());
        assertTrue(!r.out().contains("note:") && !r.out().contains("cannot be projected"), r.out());
    }

    @Test
    void saysWhatStopsOrLimitsAScenario(@TempDir Path dir) throws Exception {
        Path file = studyWithScenarios(dir);
        Study study = StudyFiles.load(file);
        Scenario broken = LandCarbonFactory.eINSTANCE.createScenario();
        broken.setName("Broken");
        broken.setHorizonYear(2030);
        ScenarioTemplates.rule(broken, "area.forest", "growth", "rate", "fast");
        study.getScenarios().add(broken);
        Scenario partial = LandCarbonFactory.eINSTANCE.createScenario();
        partial.setName("Partial");
        partial.setHorizonYear(2030);
        ScenarioTemplates.rule(partial, "area.forest", "constant", "until", "2025");
        study.getScenarios().add(partial);
        StudyFiles.save(study, file);
        Result r = CliHarness.run("scenarios", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("  cannot be projected: scenario 'Broken', rule growth for area.forest: parameter 'rate' must be a number, got 'fast'"), r.out());
        assertTrue(r.out().contains("  area.forest  constant at the last known value until 2025\n"
                + "  note: series area.forest is not projected beyond 2025: no rule of scenario 'Partial' covers 2026-2030"), r.out());
    }

    @Test
    void aMissingStudyIsAFailureNamingTheFile(@TempDir Path dir) throws Exception {
        Result r = CliHarness.run("scenarios", dir.resolve("nope.landcarbon").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("nope.landcarbon: no such study file"), r.err());
        Result usage = CliHarness.run("scenarios");
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().contains("a study file is required"), usage.err());
    }

    @Test
    void addTemplateWritesAnEditableScenarioBuiltFromTheTrends(@TempDir Path dir) throws Exception {
        Path file = studyWithScenarios(dir);
        Path out = dir.resolve("with-natural.landcarbon");
        Result r = CliHarness.run("scenarios", file.toString(), "--add-template", "natural", "--horizon", "2040",
                "--output", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("added 'Natural development' (to 2040, 1 rules from the 2015-2019 trends)"), r.out());
        Study study = StudyFiles.load(out);
        assertEquals(3, study.getScenarios().size());
        Scenario natural = study.getScenarios().get(2);
        assertEquals("linear_trend", natural.getRules().get(0).getKind());
        assertEquals(2, StudyFiles.load(file).getScenarios().size(), "the input is untouched when --output is given");
        Result bad = CliHarness.run("scenarios", file.toString(), "--add-template", "green", "--horizon", "2040");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--add-template must be natural, ecological or economic, got 'green'"), bad.err());
        bad = CliHarness.run("scenarios", file.toString(), "--add-template", "natural", "--horizon", "2010");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--horizon 2010 must come after the study's last year 2019"), bad.err());
    }
}
