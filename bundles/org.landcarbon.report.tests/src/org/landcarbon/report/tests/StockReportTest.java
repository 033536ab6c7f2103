package org.landcarbon.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.accounting.stock.StudyDensities;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.SampleStudies;
import org.landcarbon.report.ReportDocument;
import org.landcarbon.report.ReportFormat;
import org.landcarbon.report.ReportOptions;
import org.landcarbon.report.ReportService;

/**
 * The stocks section: present only when the study has densities; its stock table holds area x density (made-up test
 * densities on the Guizhou sample's areas, not literature values), in DOCX, LaTeX and Markdown alike.
 */
class StockReportTest {

    static final String DENSITIES = """
            class,above,below,soil,dead,unit,source
            forest,40,10,150,2,t C / hm2,test densities (made up)
            grassland,5,15,40,0,t C / hm2,test densities (made up)
            garden,20,10,50,0,t C / hm2,test densities (made up)
            water,0,0,5,0,t C / hm2,test densities (made up)
            unused,1,1,8,0,t C / hm2,test densities (made up)
            """;

    private static Study sample(Path dir) throws Exception {
        Path file = dir.resolve(SampleStudies.GUIZHOU_FILE);
        Files.write(file, ReportTest.shipped("samples/" + SampleStudies.GUIZHOU_FILE));
        return StudyFiles.load(file);
    }

    private static double area(Study s, String id, int year) {
        Series a = s.getSeries().stream().filter(x -> x.getId().equals("area." + id)).findFirst().orElseThrow();
        return a.getValues().stream().filter(v -> v.getYear() == year).findFirst().orElseThrow().getValue();
    }

    @Test
    void aStudyWithDensitiesGetsAStocksSectionOfAreaTimesDensity(@TempDir Path dir) throws Exception {
        ReportService reports = Services.get(ReportService.class);
        Study study = sample(dir);
        assertTrue(reports.build(study, ReportOptions.defaults()).tables().stream().noneMatch(t -> t.caption().contains("Carbon stocks")),
                "no densities, no stocks section");

        study.getCarbonDensities().addAll(StudyDensities.read(study, DENSITIES, "densities.csv"));
        ReportDocument doc = reports.build(study, ReportOptions.defaults());
        ReportDocument.Table stocks = doc.tables().stream().filter(t -> t.caption().contains("Carbon stocks of")).findFirst().orElseThrow();
        assertTrue(stocks.caption().endsWith("(unit: 10⁴ t C)"), stocks.caption());
        int forest = stocks.header().indexOf("Forest land");
        assertTrue(forest > 0, stocks.header().toString());
        List<String> first = stocks.rows().get(0);
        int year = Integer.parseInt(first.get(0));
        int decimals = study.getDisplayUnits() == null ? 2 : study.getDisplayUnits().getDecimals();
        // by hand: 10^4 hm2 x (40 + 10 + 150 + 2) t C / hm2 = area x 202 10^4 t C
        String expected = new BigDecimal(area(study, "forest", year) * 202).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        assertEquals(expected, first.get(forest));
        ReportDocument.Table densities = doc.tables().stream().filter(t -> t.caption().contains("Carbon densities of")).findFirst().orElseThrow();
        assertEquals(5, densities.rows().size());
        assertTrue(densities.rows().get(0).get(densities.header().size() - 1).startsWith("test densities (made up) ["),
                densities.rows().get(0).toString());

        for (ReportFormat format : ReportFormat.values()) {
            Path out = dir.resolve("stocks." + format.name().toLowerCase(java.util.Locale.ROOT));
            reports.write(doc, format, out);
            assertTrue(Files.size(out) > 0, format.name());
            if (format != ReportFormat.DOCX) {
                String text = Files.readString(out, StandardCharsets.UTF_8);
                assertTrue(text.contains("Carbon stocks"), format.name());
                assertTrue(text.contains(expected), format + " holds the forest stock " + expected);
            }
        }
    }
}
