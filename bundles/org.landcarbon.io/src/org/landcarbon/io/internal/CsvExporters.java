package org.landcarbon.io.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.landcarbon.model.study.UncertaintyColumns;

/**
 * Writes the CSV layouts: UTF-8 with a byte-order mark and CRLF line ends, so that Excel (also a
 * Chinese Excel) opens it with the right characters; the importers read it back unchanged.
 */
final class CsvExporters {

    private CsvExporters() {
    }

    static void writeWide(ExportTable table, java.io.OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL)) {
            List<String> header = new ArrayList<>();
            header.add("year");
            table.columns().forEach(c -> header.add(c.header()));
            p.printRecord(header);
            for (int i = 0; i < table.years().size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(table.years().get(i)));
                for (ExportTable.Column c : table.columns()) {
                    row.add(c.values()[i] == null ? "" : Cells.format(c.values()[i]));
                }
                p.printRecord(row);
            }
        }
    }

    static void writeLong(ExportTable table, java.io.OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL)) {
            List<String> header = new ArrayList<>(List.of("year", "series", "value", "unit"));
            if (table.hasRanges()) {
                header.addAll(UncertaintyColumns.NAMES);
            }
            p.printRecord(header);
            for (ExportTable.Column c : table.columns()) {
                for (int i = 0; i < table.years().size(); i++) {
                    List<String> row = new ArrayList<>(List.of(Integer.toString(table.years().get(i)), c.id(),
                            c.values()[i] == null ? "" : Cells.format(c.values()[i]), c.unit() == null ? "" : c.unit()));
                    if (table.hasRanges()) {
                        row.addAll(UncertaintyColumns.cells(c.range())); // on every row: any one row can be read alone
                    }
                    p.printRecord(row);
                }
            }
        }
    }
}
