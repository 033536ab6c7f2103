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
}
