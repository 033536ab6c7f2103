package org.landcarbon.ui.analysis.internal;

import java.math.BigDecimal;
import java.math.MathContext;
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

/** Numbers as shown (six significant digits, "-" for not defined) and a result as tab-separated text. */
public final class ResultText {

    private ResultText() {
    }

    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        if (v != 0 && (Math.abs(v) >= 1e9 || Math.abs(v) < 1e-4)) {
            return String.format(java.util.Locale.ROOT, "%.5e", v);
        }
        String s = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    public static String header(String label, String unit) {
        return unit == null || unit.isBlank() ? label : label + " [" + unit + "]";
    }

    /** Every item of the result, one block per item, cells separated by tabs: pastes into Excel or WPS. */
    public static String tsv(String title, AnalysisResult result) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append("input\t").append(result.input()).append('\n');
        result.settings().forEach((k, v) -> out.append("setting ").append(k).append('\t').append(v).append('\n'));
        for (ResultItem item : result.items()) {
            out.append('\n');
            switch (item) {
                case Scalar s -> out.append(s.label()).append('\t').append(number(s.value())).append('\t').append(s.unit()).append('\n');
                case Text t -> out.append(t.label()).append('\t').append(t.text()).append('\n');
                case TextList l -> out.append(l.label()).append('\t').append(String.join("\t", l.values())).append('\n');
                case TextMap m -> {
                    out.append(m.label()).append('\n');
                    m.values().forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
                }
                case Series s -> {
                    out.append(s.indexName()).append('\t').append(header(s.label(), s.unit())).append('\n');
                    for (int i = 0; i < s.index().length; i++) {
                        out.append(s.index()[i]).append('\t').append(number(s.values()[i])).append('\n');
                    }
                }
                case KeyedValues k -> {
                    out.append(k.keyName()).append('\t').append(header(k.label(), k.unit())).append('\n');
                    for (int i = 0; i < k.keys().size(); i++) {
                        out.append(k.keys().get(i)).append('\t').append(number(k.values()[i])).append('\n');
                    }
                }
                case Table t -> grid(out, header(t.label(), t.unit()), t.rows(), t.columns(), t.values());
                case Matrix m -> grid(out, header(m.label(), m.unit()), m.labels(), m.labels(), m.values());
            }
        }
        if (!result.notes().isEmpty()) {
            out.append('\n');
            result.notes().forEach(n -> out.append("note\t").append(n).append('\n'));
        }
        return out.toString();
    }

    private static void grid(StringBuilder out, String title, java.util.List<String> rows, java.util.List<String> columns,
            double[][] values) {
        out.append(title);
        columns.forEach(c -> out.append('\t').append(c));
        out.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            out.append(rows.get(r));
            for (double v : values[r]) {
                out.append('\t').append(number(v));
            }
            out.append('\n');
        }
    }

    static String settings(Map<String, String> settings) {
        StringBuilder s = new StringBuilder();
        settings.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(" = ").append(v.isEmpty() ? "(default)" : v));
        return s.toString();
    }
}
