package org.landcarbon.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.landcarbon.model.study.UncertaintyColumns;

/** Writes the two layouts as workbooks with fastexcel: numbers as numbers, the header row bold and frozen. */
final class XlsxExporters {

    private static final String APPLICATION = "LandCarbon Workbench";
    private static final String VERSION = "0.1";

    private XlsxExporters() {
    }

    static void writeWide(ExportTable table, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, APPLICATION, VERSION);
        Worksheet ws = wb.newWorksheet("wide");
        ws.value(0, 0, "year");
        for (int c = 0; c < table.columns().size(); c++) {
            ws.value(0, c + 1, table.columns().get(c).header());
            ws.width(c + 1, Math.max(12, table.columns().get(c).header().length() + 2));
        }
        ws.range(0, 0, 0, table.columns().size()).style().bold().set();
        ws.freezePane(1, 1);
        for (int r = 0; r < table.years().size(); r++) {
            ws.value(r + 1, 0, table.years().get(r));
            for (int c = 0; c < table.columns().size(); c++) {
                Double v = table.columns().get(c).values()[r];
                if (v != null) {
                    ws.value(r + 1, c + 1, v);
                }
            }
        }
        wb.finish();
    }

    static void writeLong(ExportTable table, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, APPLICATION, VERSION);
        Worksheet ws = wb.newWorksheet("long");
        List<String> header = new ArrayList<>(List.of("year", "series", "value", "unit"));
        if (table.hasRanges()) {
            header.addAll(UncertaintyColumns.NAMES);
        }
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        ws.range(0, 0, 0, header.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
        ws.width(1, 26);
        ws.width(3, 26);
        int r = 1;
        for (ExportTable.Column col : table.columns()) {
            for (int i = 0; i < table.years().size(); i++) {
                ws.value(r, 0, table.years().get(i));
                ws.value(r, 1, col.id());
                if (col.values()[i] != null) {
                    ws.value(r, 2, col.values()[i]);
                }
                ws.value(r, 3, col.unit() == null ? "" : col.unit());
                if (table.hasRanges()) {
                    List<String> range = UncertaintyColumns.cells(col.range());
                    for (int k = 0; k < range.size(); k++) {
                        if (!range.get(k).isEmpty()) {
                            ws.value(r, 4 + k, range.get(k)); // as text, the way the CSV writes it
                        }
                    }
                }
                r++;
            }
        }
        wb.finish();
    }
}
