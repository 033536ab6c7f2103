package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.StudyTemplates;
import org.landcarbon.io.internal.CsvWideExporter;
import org.landcarbon.io.internal.CsvWideImporter;
import org.landcarbon.io.internal.XlsxImporter;
import org.landcarbon.io.internal.XlsxWideExporter;
import org.landcarbon.model.Study;

class TemplateTest {

    @Test
    void csvTemplateHasTheClassesAndStandardSeriesWithUnitsAndOneEmptyRowPerYear(@TempDir Path dir) throws Exception {
        Study template = StudyTemplates.template(StudyTemplates.classSystem("seed").orElseThrow(), 2005, 2019);
        Path file = dir.resolve("template.csv");
        new CsvWideExporter().export(template, file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(1 + 15, lines.size(), "header and 2005-2019");
        String header = lines.get(0);
        assertTrue(header.startsWith("\uFEFFyear,area.cropland [10^4 hm2],area.garden [10^4 hm2],area.forest [10^4 hm2],"
                + "area.grassland [10^4 hm2],area.water [10^4 hm2],area.unused [10^4 hm2],area.construction [10^4 hm2],"
                + "activity.fertilizer [t],activity.sown_area [hm2],activity.machinery_power [kW],"
                + "activity.irrigated_area [hm2],activity.plastic_film [kg],"
                + "energy_intensity [t standard coal / 10^4 yuan],gdp.primary [10^8 yuan]"), header);
        assertTrue(header.contains(",energy.natural_gas [10^8 m3],"), header);
        assertTrue(header.contains(",yield.rice [t],"), header);
        int columns = header.split(",").length;
        assertEquals("2005" + ",".repeat(columns - 1), lines.get(1));
        assertEquals("2019" + ",".repeat(columns - 1), lines.get(15));
    }

    @Test
    void clcdTemplateHasSixClassesAndReadsBackWithNoValues(@TempDir Path dir) throws Exception {
        Study template = StudyTemplates.template(StudyTemplates.classSystem("clcd").orElseThrow(), 2000, 2002);
        assertEquals(6, template.getLandClassSystem().getClasses().size());
        Path file = dir.resolve("template.xlsx");
        new XlsxWideExporter().export(template, file);
        ImportPreview preview = new XlsxImporter().preview(file, template);
        assertEquals(List.of("template.xlsx: no values: every data cell is empty"),
                preview.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aFilledTemplateImports(@TempDir Path dir) throws Exception {
        Study template = StudyTemplates.template(StudyTemplates.classSystem("seed").orElseThrow(), 2005, 2006);
        Path file = dir.resolve("filled.csv");
        new CsvWideExporter().export(template, file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replaceFirst("^2005,,,", "2005,450.5,12,"));
        Files.write(file, lines, StandardCharsets.UTF_8);
        Study study = TestStudies.seedStudy();
        ImportPreview preview = new CsvWideImporter().preview(file, study);
        assertEquals(List.of(), preview.problems());
        assertEquals(List.of("area.cropland 2005 450.5", "area.garden 2005 12.0"),
                preview.changes().stream().map(c -> c.seriesId() + " " + c.year() + " " + c.value()).toList());
    }
}
