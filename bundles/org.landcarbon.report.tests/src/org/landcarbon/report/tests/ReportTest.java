package org.landcarbon.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.Figure;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.SampleStudies;
import org.landcarbon.model.units.Unit;
import org.landcarbon.report.ReportDocument;
import org.landcarbon.report.ReportFormat;
import org.landcarbon.report.ReportOptions;
import org.landcarbon.report.ReportService;
import org.osgi.framework.FrameworkUtil;

/** The Guizhou sample's report: its DOCX tables read back with POI against the account service's numbers. */
class ReportTest {

    private static Study study;
    private static Account account;
    private static ReportService reports;

    static byte[] shipped(String entry) throws IOException {
        URL url = FrameworkUtil.getBundle(SampleStudies.class).getEntry(entry);
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SampleStudies.GUIZHOU_FILE);
        Files.write(file, shipped("samples/" + SampleStudies.GUIZHOU_FILE));
        study = StudyFiles.load(file);
        account = Services.get(AccountingService.class).account(study, AccountOptions.DEFAULT);
        reports = Services.get(ReportService.class);
    }

    private static List<List<String>> cells(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(c -> c.getText()).toList());
        }
        return rows;
    }

    private static double number(String cell) {
        return Double.parseDouble(cell.replace('−', '-').replace("*", ""));
    }

    @Test
    void theDocxAccountTableHoldsTheAccountServicesNumbersInTheSeedsTable5Layout(@TempDir Path dir) throws Exception {
        ReportDocument doc = reports.build(study, ReportOptions.defaults());
        Path docx = dir.resolve("guizhou.docx");
        assertEquals(List.of(docx), reports.write(doc, ReportFormat.DOCX, docx));
        // reading with POI under OSGi needs XMLBeans' class loader as the context loader (as DocxWriter sets it)
        Thread.currentThread().setContextClassLoader(org.apache.xmlbeans.XmlBeans.class.getClassLoader());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            assertEquals(doc.tables().size(), word.getTables().size(), "every table of the document is in the DOCX");
            XWPFTable table = word.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Year")
                    && t.getRow(0).getTableCells().size() == account.components().size() + 4).findFirst().orElseThrow();
            List<List<String>> rows = cells(table);
            // the seed's Table 5: year, the sinks and sources in its order, then sinks, sources, net
            List<String> header = rows.get(0);
            assertEquals(List.of("Year", "Garden land", "Forest land", "Grassland", "Unused land", "Water", "Cropland", "Construction land",
                    "Agricultural land", "Carbon sinks", "Carbon sources", "Net emission"), header);
            assertEquals(account.years().size() + 1, rows.size(), "one row per year");
            Unit unit = Unit.parse("10^4 t C");
            List<String> ids = new ArrayList<>(account.components());
            ids.addAll(Components.TOTALS);
            int checked = 0;
            for (int r = 1; r < rows.size(); r++) {
                int year = Integer.parseInt(rows.get(r).get(0));
                assertEquals(account.years().get(r - 1), year);
                for (int col = 0; col < ids.size(); col++) {
                    Figure f = account.value(year, ids.get(col));
                    String cell = rows.get(r).get(col + 1);
                    if (!f.isPresent()) {
                        assertEquals("–", cell, year + " " + ids.get(col));
                        continue;
                    }
                    double expected = Account.express(f.value(), unit).value();
                    // two decimals (the study's), so the cell is within half a unit of the last place
                    assertEquals(expected, number(cell), 0.005 + 1e-9, year + " " + ids.get(col));
                    assertEquals(2, cell.replace("*", "").length() - cell.indexOf('.') - 1, "two decimals: " + cell);
                    checked++;
                }
            }
            assertTrue(checked >= 15 * 11, "checked " + checked + " cells");
            // 2005 net, by hand from the seed's Table 5: 4021.65 - 1945.36 = 2076.29
            assertEquals("2076.29", rows.get(1).get(11));
            assertEquals(doc.figures().size(), word.getAllPictures().size(), "every figure is embedded");
        }
    }

    @Test
    void theDocxHasTheGm11AndGraTablesOfTheAnalyses(@TempDir Path dir) throws Exception {
        ReportDocument doc = reports.build(study, ReportOptions.defaults());
        ReportDocument.Table params = doc.tables().stream().filter(t -> t.caption().contains("GM(1,1) parameters")).findFirst().orElseThrow();
        List<String> names = params.rows().stream().map(r -> r.get(0)).toList();
        assertTrue(names.containsAll(List.of("a", "b", "Posterior variance ratio C", "Small-error probability P", "Accuracy grade")), names.toString());
        ReportDocument.Table gra = doc.tables().stream().filter(t -> t.caption().contains("Grey relational degree")).findFirst().orElseThrow();
        assertEquals(List.of("Land class", "Relational degree", "Rank"), gra.header());
        for (List<String> row : gra.rows()) {
            double degree = number(row.get(1));
            assertTrue(degree > 0 && degree <= 1, "a grey relational degree lies in (0, 1]: " + row);
        }
        ReportDocument.Table forecast = doc.tables().stream().filter(t -> t.caption().contains("GM(1,1) fit")).findFirst().orElseThrow();
        assertEquals("2030", forecast.rows().get(forecast.rows().size() - 1).get(0), "forecast to 2030");
        assertTrue(doc.tables().stream().anyMatch(t -> t.caption().contains("Key figures of the scenarios")), "the sample's scenarios");
    }

    @Test
    void latexUsesBooktabsAndTypesetUnitsAndWritesTheFiguresBesideIt(@TempDir Path dir) throws Exception {
        ReportDocument doc = reports.build(study, ReportOptions.defaults());
        Path tex = dir.resolve("report.tex");
        List<Path> written = reports.write(doc, ReportFormat.TEX, tex);
        assertEquals(1 + doc.figures().size(), written.size());
        String text = Files.readString(tex, StandardCharsets.UTF_8);
        assertTrue(text.contains("\\usepackage{booktabs}"));
        assertEquals(doc.tables().size(), count(text, "\\toprule"));
        assertEquals(doc.tables().size(), count(text, "\\bottomrule"));
        assertTrue(text.contains("10\\textsuperscript{4} t C"), "10⁴ t C typeset");
        assertTrue(text.contains("hm\\textsuperscript{2}"), "hm² typeset");
        assertTrue(!text.contains("10^4"), "no ASCII powers left");
        assertTrue(text.contains("\\includegraphics[width=\\textwidth]{report-sources-sinks.png}"));
        for (Path png : written.subList(1, written.size())) {
            assertTrue(Files.size(png) > 10_000, png + " is a real picture");
            assertEquals(300, dpi(png), png + " at 300 dpi");
        }
    }

    @Test
    void markdownHasPipeTablesAndNumberedReferences(@TempDir Path dir) throws Exception {
        ReportDocument doc = reports.build(study, ReportOptions.defaults());
        Path md = dir.resolve("report.md");
        reports.write(doc, ReportFormat.MD, md);
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(text.contains("| Year | Garden land |"), "account header");
        assertTrue(text.contains("| 2005 | 7.74 |") || text.contains("| 2005 |"), "a year row");
        assertTrue(text.contains("## References"));
        assertTrue(text.contains("[1] "), "numbered references");
        assertTrue(text.contains("10⁴ t C"), "units typeset");
        assertTrue(text.contains("Peng Wenfu"), "the sink coefficients' source is cited");
    }

    @Test
    void chineseReportHasChineseHeadersAndTheSameNumbers() throws Exception {
        ReportDocument en = reports.build(study, ReportOptions.defaults());
        ReportDocument zh = reports.build(study, new ReportOptions(List.of(), "zh"));
        ReportDocument.Table a = zh.tables().stream().filter(t -> t.header().contains("净碳排放量")).findFirst().orElseThrow();
        ReportDocument.Table b = en.tables().stream().filter(t -> t.header().contains("Net emission")).findFirst().orElseThrow();
        assertEquals(b.rows(), a.rows());
        assertTrue(a.caption().startsWith("表 "), a.caption());
        assertTrue(zh.tables().stream().noneMatch(t -> t.caption().contains("情景关键指标")), "no scenarios asked for");
    }

    @Test
    void anUnknownScenarioIsNamedWithTheOnesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> reports.build(study, new ReportOptions(List.of("nonesuch"), "en")));
        assertTrue(e.getMessage().contains("nonesuch") && e.getMessage().contains("it has:"), e.getMessage());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** The dpi a PNG's pHYs chunk states. */
    private static int dpi(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            return (int) Math.round(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254);
        }
    }
}
