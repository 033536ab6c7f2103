package org.landcarbon.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.landcarbon.report.ReportDocument;
import org.landcarbon.report.ReportDocument.Block;
import org.landcarbon.report.ReportDocument.Figure;
import org.landcarbon.report.ReportDocument.Formula;
import org.landcarbon.report.ReportDocument.Heading;
import org.landcarbon.report.ReportDocument.Paragraph;
import org.landcarbon.report.ReportDocument.References;
import org.landcarbon.report.ReportDocument.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * Word (DOCX) through Apache POI: three-line tables (a heavy rule above and below, a light one under the
 * header, no vertical rules), captions above tables and below figures, figures embedded at their size.
 */
final class DocxWriter {

    static {
        PoiLogging.install();
    }

    private static final String LATIN = "Times New Roman";
    private static final String CHINESE = "SimSun";

    List<Path> write(ReportDocument doc, Path file) throws IOException {
        // XMLBeans finds the schema types of other namespaces (xml:space) through the context class loader; under
        // OSGi that must be XMLBeans' own, which holds them.
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(org.apache.xmlbeans.XmlBeans.class.getClassLoader());
        try {
            return writeDocx(doc, file);
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    private List<Path> writeDocx(ReportDocument doc, Path file) throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            text(d.createParagraph(), doc.title(), 16, true, ParagraphAlignment.CENTER);
            for (Block b : doc.blocks()) {
                switch (b) {
                    case Heading h -> text(d.createParagraph(), h.text(), h.level() == 1 ? 14 : 12, true, ParagraphAlignment.LEFT);
                    case Paragraph p -> text(d.createParagraph(), p.text(), 11, false, ParagraphAlignment.BOTH);
                    case Formula f -> {
                        XWPFRun r = text(d.createParagraph(), f.text(), 11, false, ParagraphAlignment.CENTER);
                        r.setItalic(true);
                    }
                    case Table t -> table(d, t);
                    case Figure f -> figure(d, f);
                    case References r -> {
                        text(d.createParagraph(), r.title(), 14, true, ParagraphAlignment.LEFT);
                        for (int i = 0; i < r.entries().size(); i++) {
                            text(d.createParagraph(), "[" + (i + 1) + "] " + r.entries().get(i), 10, false, ParagraphAlignment.LEFT);
                        }
                    }
                }
            }
            Files.atomic(file, d::write);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return List.of(file);
    }

    private static XWPFRun text(XWPFParagraph p, String text, int size, boolean bold, ParagraphAlignment align) {
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily(LATIN, FontCharRange.ascii);
        r.setFontFamily(LATIN, FontCharRange.hAnsi);
        r.setFontFamily(CHINESE, FontCharRange.eastAsia);
        return r;
    }

    private static void table(XWPFDocument d, Table t) {
        XWPFParagraph caption = d.createParagraph();
        text(caption, t.caption(), 10, true, ParagraphAlignment.CENTER);
        caption.setKeepNext(true); // after the alignment: POI's setKeepNext needs the paragraph properties it creates
        XWPFTable table = d.createTable(t.rows().size() + 1, t.header().size());
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        table.setTopBorder(XWPFBorderType.SINGLE, 12, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 12, 0, "000000");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        fill(table.getRow(0), t.header(), true);
        for (XWPFTableCell cell : table.getRow(0).getTableCells()) {
            CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTcBorders borders = pr.isSetTcBorders() ? pr.getTcBorders() : pr.addNewTcBorders();
            CTBorder bottom = borders.addNewBottom();
            bottom.setVal(STBorder.SINGLE);
            bottom.setSz(BigInteger.valueOf(6));
            bottom.setColor("000000");
        }
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < t.rows().size(); i++) {
            fill(table.getRow(i + 1), t.rows().get(i), false);
        }
        if (!t.note().isBlank()) {
            text(d.createParagraph(), t.note(), 9, false, ParagraphAlignment.LEFT);
        } else {
            d.createParagraph();
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            text(p, cells.get(c), 9, header, c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
        }
    }

    private static void figure(XWPFDocument d, Figure f) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        double widthPt = f.widthPx() * 72.0 / f.dpi();
        double heightPt = f.heightPx() * 72.0 / f.dpi();
        p.createRun().addPicture(new ByteArrayInputStream(f.png()), Document.PICTURE_TYPE_PNG, f.name() + ".png", Units.toEMU(widthPt),
                Units.toEMU(heightPt));
        text(d.createParagraph(), f.caption(), 10, false, ParagraphAlignment.CENTER);
    }
}
