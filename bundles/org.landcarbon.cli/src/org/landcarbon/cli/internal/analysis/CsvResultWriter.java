package org.landcarbon.cli.internal.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Matrix;
import org.landcarbon.analysis.result.ResultItem;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.analysis.result.Text;
import org.landcarbon.analysis.result.TextList;
import org.landcarbon.analysis.result.TextMap;

/**
 * Writes any analysis result as one "long" CSV table, {@code key,row,column,value,unit}: one line per
 * value, so that heterogeneous results (scalars, series, tables) fit one rectangle that a spreadsheet or
 * R/pandas can filter by key. Undefined values are empty.
 */
public final class CsvResultWriter {

    private CsvResultWriter() {
    }

    public static void write(AnalysisResult result, Appendable out) throws IOException {
        CSVPrinter p = printer(out);
        p.printRecord("key", "row", "column", "value", "unit");
        writeRows(result, new Prefixed(p, null));
        p.flush();
    }

    /** The printer of this format, for a panel writing the rows of many results under one header. */
    public static CSVPrinter printer(Appendable out) throws IOException {
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
    }

    /** The rows of {@code result}, each after a first {@code region} column unless region is null. */
    public static void writeRows(AnalysisResult result, String region, CSVPrinter printer) throws IOException {
        writeRows(result, new Prefixed(printer, region));
    }

    /** A printer that puts the region (if any) before every record. */
    private record Prefixed(CSVPrinter printer, String region) {
        void printRecord(Object... values) throws IOException {
            if (region == null) {
                printer.printRecord(values);
            } else {
                Object[] all = new Object[values.length + 1];
                all[0] = region;
                System.arraycopy(values, 0, all, 1, values.length);
                printer.printRecord(all);
            }
        }
    }

    private static void writeRows(AnalysisResult result, Prefixed p) throws IOException {
        for (ResultItem item : result.items()) {
            String u = item.unit();
            switch (item) {
                case Scalar s -> p.printRecord(s.key(), "", "", num(s.value()), u);
                case Text t -> p.printRecord(t.key(), "", "", t.text(), "");
                case TextList l -> {
                    for (int i = 0; i < l.values().size(); i++) {
                        p.printRecord(l.key(), i + 1, "", l.values().get(i), "");
                    }
                }
                case TextMap m -> {
                    for (Map.Entry<String, String> e : m.values().entrySet()) {
                        p.printRecord(m.key(), e.getKey(), "", e.getValue(), "");
                    }
                }
                case Series s -> {
                    for (int i = 0; i < s.values().length; i++) {
                        p.printRecord(s.key(), s.index()[i], "", num(s.values()[i]), u);
                    }
                }
                case KeyedValues k -> {
                    for (int i = 0; i < k.values().length; i++) {
                        p.printRecord(k.key(), k.keys().get(i), "", num(k.values()[i]), u);
                    }
                }
                case Table t -> grid(p, t.key(), t.rows(), t.columns(), t.values(), u);
                case Matrix m -> grid(p, m.key(), m.labels(), m.labels(), m.values(), u);
            }
        }
    }

    private static void grid(Prefixed p, String key, List<String> rows, List<String> cols, double[][] v, String unit)
            throws IOException {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols.size(); c++) {
                p.printRecord(key, rows.get(r), cols.get(c), num(v[r][c]), unit);
            }
        }
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
