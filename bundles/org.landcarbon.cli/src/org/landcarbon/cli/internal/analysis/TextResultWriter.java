package org.landcarbon.cli.internal.analysis;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
 * Writes any analysis result for people: the scalars and words first, then each series, keyed list,
 * table and matrix as an aligned text table. Consecutive series on the same index share one table.
 * Numbers are shown to 6 significant digits; undefined values as "-".
 */
public final class TextResultWriter {

    private TextResultWriter() {
    }

    public static void write(AnalysisResult result, PrintStream out) {
        out.println(result.analysisId() + " on " + result.input());
        if (!result.settings().isEmpty()) {
            List<String> s = new ArrayList<>();
            result.settings().forEach((k, v) -> s.add(k + "=" + (v.isEmpty() ? "-" : v)));
            out.println("settings: " + String.join(", ", s));
        }
        out.println();
        List<String[]> scalars = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (ResultItem item : result.items()) {
            switch (item) {
                case Scalar s -> scalars.add(new String[] {s.key(), num(s.value()), s.unit(), s.label()});
                case Text t -> words.add(t.key() + ": " + t.text());
                case TextList l -> words.add(l.key() + ": " + String.join(", ", l.values()));
                default -> {
                }
            }
        }
        if (!scalars.isEmpty()) {
            grid(out, null, scalars);
        }
        if (!words.isEmpty()) {
            out.println();
            words.forEach(w -> out.println("  " + w));
        }
        List<Series> run = new ArrayList<>();
        for (ResultItem item : result.items()) {
            if (item instanceof Series s) {
                if (!run.isEmpty() && !Arrays.equals(run.get(0).index(), s.index())) {
                    seriesTable(out, run);
                    run.clear();
                }
                run.add(s);
                continue;
            }
            if (!run.isEmpty()) {
                seriesTable(out, run);
                run.clear();
            }
            switch (item) {
                case TextMap m -> {
                    List<String[]> rows = new ArrayList<>();
                    for (Map.Entry<String, String> e : m.values().entrySet()) {
                        rows.add(new String[] {e.getKey(), e.getValue()});
                    }
                    section(out, m);
                    grid(out, null, rows);
                }
                case KeyedValues k -> {
                    List<String[]> rows = new ArrayList<>();
                    for (int i = 0; i < k.values().length; i++) {
                        rows.add(new String[] {k.keys().get(i), num(k.values()[i])});
                    }
                    section(out, k);
                    grid(out, new String[] {k.keyName(), "value"}, rows);
                }
                case Table t -> {
                    section(out, t);
                    matrix(out, t.rowName() + " \\ " + t.columnName(), t.rows(), t.columns(), t.values());
                }
                case Matrix m -> {
                    section(out, m);
                    matrix(out, "from \\ to", m.labels(), m.labels(), m.values());
                }
                default -> {
                }
            }
        }
        if (!run.isEmpty()) {
            seriesTable(out, run);
        }
        for (String n : result.notes()) {
            out.println("note: " + n);
        }
    }

    private static void seriesTable(PrintStream out, List<Series> run) {
        List<String> header = new ArrayList<>();
        header.add(run.get(0).indexName());
        for (Series s : run) {
            header.add(s.key() + (s.unit().isEmpty() ? "" : " [" + s.unit() + "]"));
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < run.get(0).index().length; i++) {
            String[] row = new String[run.size() + 1];
            row[0] = Integer.toString(run.get(0).index()[i]);
            for (int c = 0; c < run.size(); c++) {
                row[c + 1] = num(run.get(c).values()[i]);
            }
            rows.add(row);
        }
        out.println();
        grid(out, header.toArray(String[]::new), rows);
    }

    private static void section(PrintStream out, ResultItem item) {
        out.println();
        out.println(item.key() + ": " + item.label() + (item.unit().isEmpty() ? "" : " [" + item.unit() + "]"));
    }

    private static void matrix(PrintStream out, String corner, List<String> rows, List<String> cols, double[][] v) {
        String[] header = new String[cols.size() + 1];
        header[0] = corner;
        for (int c = 0; c < cols.size(); c++) {
            header[c + 1] = cols.get(c);
        }
        List<String[]> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] line = new String[cols.size() + 1];
            line[0] = rows.get(r);
            for (int c = 0; c < cols.size(); c++) {
                line[c + 1] = num(v[r][c]);
            }
            lines.add(line);
        }
        grid(out, header, lines);
    }

    private static void grid(PrintStream out, String[] header, List<String[]> rows) {
        int cols = header != null ? header.length : rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[cols];
        List<String[]> all = new ArrayList<>();
        if (header != null) {
            all.add(header);
        }
        all.addAll(rows);
        for (String[] r : all) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].codePointCount(0, r[c].length()));
            }
        }
        for (int i = 0; i < all.size(); i++) {
            StringBuilder b = new StringBuilder("  ");
            String[] r = all.get(i);
            for (int c = 0; c < r.length; c++) {
                String cell = r[c];
                int pad = width[c] - cell.codePointCount(0, cell.length());
                boolean numeric = c > 0 && looksNumeric(cell);
                if (numeric) {
                    b.append(" ".repeat(pad)).append(cell);
                } else {
                    b.append(cell).append(c == r.length - 1 ? "" : " ".repeat(pad));
                }
                if (c < r.length - 1) {
                    b.append("  ");
                }
            }
            out.println(b.toString().stripTrailing());
            if (i == 0 && header != null) {
                out.println("  " + "-".repeat(Arrays.stream(width).sum() + 2 * (cols - 1)));
            }
        }
    }

    private static boolean looksNumeric(String s) {
        return !s.isEmpty() && (Character.isDigit(s.charAt(s.length() - 1)) || s.equals("-")) && s.chars().noneMatch(Character::isLetter)
                || s.matches("-?[0-9.]+E-?[0-9]+");
    }

    /** Six significant digits, plain notation for ordinary magnitudes. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(6));
        double abs = Math.abs(v);
        if (abs >= 1e9 || abs < 1e-6) {
            return d.stripTrailingZeros().toString();
        }
        return d.stripTrailingZeros().toPlainString();
    }
}
