package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.internal.CsvWideImporter;
import org.landcarbon.model.Study;

/** Headers named as papers name the classes (issue 15: "Cultivated land", "Woodland", "Waters", "Unutilized land"). */
class LandClassAliasImportTest {

    @Test
    void englishAndChineseNamesOfPapersFindTheStudysClasses(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("areas.csv");
        Files.writeString(file, "year,Cultivated land [10^4 hm2],Woodland [10^4 hm2],Waters [10^4 hm2],Unutilized land [10^4 hm2],"
                + "Built-up land [10^4 hm2],草地 [10^4 hm2]\n2005,450,790.73,20,5,60,100\n");
        Study study = TestStudies.seedStudy();
        ImportPreview preview = new CsvWideImporter().preview(file, study);
        assertFalse(preview.hasErrors(), preview.problems().toString());
        preview.applyTo(study);
        assertEquals(450, TestStudies.value(study, "area.cropland", 2005).getValue(), 0.0);
        assertEquals(790.73, TestStudies.value(study, "area.forest", 2005).getValue(), 0.0);
        assertEquals(20, TestStudies.value(study, "area.water", 2005).getValue(), 0.0);
        assertEquals(5, TestStudies.value(study, "area.unused", 2005).getValue(), 0.0);
        assertEquals(60, TestStudies.value(study, "area.construction", 2005).getValue(), 0.0);
        assertEquals(100, TestStudies.value(study, "area.grassland", 2005).getValue(), 0.0);
    }

    @Test
    void reportedTablesMayNameTheComponentsAsPapersDo(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("reported.csv");
        Files.writeString(csv, "year,Woodland [10^4 t C],Built-up land [10^4 t C]\n2005,510.11,1200\n");
        ImportPreview p = org.landcarbon.io.ReportedImports.csv("a paper, Table 5", null).preview(csv, TestStudies.seedStudy());
        assertEquals(java.util.List.of(), p.problems());
        assertEquals("forest", p.reported().get(0).component());
        assertEquals("construction", p.reported().get(1).component());
    }

    @Test
    void anAliasOfAClassTheStudyLacksIsStillRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("garden.csv");
        Files.writeString(file, "year,Orchard [10^4 hm2]\n2005,3\n");
        Study study = TestStudies.seedStudy();
        study.getLandClassSystem().getClasses().removeIf(c -> c.getId().equals("garden"));
        ImportPreview preview = new CsvWideImporter().preview(file, study);
        assertTrue(preview.hasErrors());
        assertTrue(preview.errors().get(0).toString().startsWith("garden.csv, row 1, column B"), preview.errors().toString());
    }
}
