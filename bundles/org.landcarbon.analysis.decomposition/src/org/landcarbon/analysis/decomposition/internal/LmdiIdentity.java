package org.landcarbon.analysis.decomposition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.InputChecks;

/**
 * The identity being decomposed, read from the settings: factor k of subcategory i in each row,
 * {@code x[row][i][k]}, and the factor names. Every ratio is checked so that a zero denominator or a
 * negative value is reported with its file, row and column.
 */
record LmdiIdentity(List<String> factorNames, List<String> subcategories, double[][][] x, String formula, String unit) {

    static LmdiIdentity of(DataTable t, LmdiSettings s) throws AnalysisException {
        String what = "LMDI";
        if (s.factors.length > 0) {
            if (s.emission.length + s.quantity.length + s.drivers.length > 0) {
                throw new AnalysisException("--factors gives the factor series themselves; do not combine it with --emission, --quantity or --drivers");
            }
            List<Column> f = columns(t, s.factors, what);
            double[][][] x = new double[t.rows()][1][f.size()];
            for (int r = 0; r < t.rows(); r++) {
                for (int k = 0; k < f.size(); k++) {
                    x[r][0][k] = f.get(k).values()[r];
                }
            }
            List<String> names = names(s, Arrays.asList(s.factors));
            return new LmdiIdentity(names, List.of("aggregate"), x, "V = " + String.join(" x ", s.factors),
                    "product of " + String.join(" x ", units(f)));
        }
        String[] emission = s.emission.length > 0 ? s.emission : new String[] {t.columns().get(0).name()};
        List<Column> c = columns(t, emission, what);
        List<Column> l = columns(t, s.quantity, what);
        List<Column> d = columns(t, s.drivers, what);
        if (!l.isEmpty() && l.size() != c.size()) {
            throw new AnalysisException("--quantity names " + l.size() + " columns for " + c.size() + " emission columns; give one per emission column");
        }
        if (l.isEmpty() && d.isEmpty()) {
            throw new AnalysisException("LMDI needs at least two factors: give --drivers (e.g. area,gdp,population), --quantity, or --factors");
        }
        // chain of subcategory i: q = [C_i, L_i?, D1..Dm]; factors q0/q1, ..., q_{Q-2}/q_{Q-1}, q_{Q-1}
        int factors = 1 + (l.isEmpty() ? 0 : 1) + d.size();
        double[][][] x = new double[t.rows()][c.size()][factors];
        for (int i = 0; i < c.size(); i++) {
            List<Column> q = new ArrayList<>();
            q.add(c.get(i));
            if (!l.isEmpty()) {
                q.add(l.get(i));
            }
            q.addAll(d);
            for (int r = 0; r < t.rows(); r++) {
                for (int k = 0; k + 1 < factors; k++) {
                    Column den = q.get(k + 1);
                    if (den.values()[r] == 0) {
                        throw new AnalysisException(t.locate(r, den.name()) + ": LMDI divides " + q.get(k).name() + " by "
                                + den.name() + ", which is 0 here; the ratio is not defined");
                    }
                    x[r][i][k] = q.get(k).values()[r] / den.values()[r];
                }
                x[r][i][factors - 1] = q.get(factors - 1).values()[r];
            }
        }
        List<String> chain = new ArrayList<>();
        chain.add(c.size() == 1 ? c.get(0).name() : "C_i");
        if (!l.isEmpty()) {
            chain.add(l.size() == 1 ? l.get(0).name() : "L_i");
        }
        d.forEach(col -> chain.add(col.name()));
        List<String> defaults = new ArrayList<>();
        for (int k = 0; k + 1 < chain.size(); k++) {
            defaults.add(chain.get(k) + "/" + chain.get(k + 1));
        }
        defaults.add(chain.get(chain.size() - 1));
        List<String> subs = c.stream().map(Column::name).toList();
        String formula = (c.size() == 1 ? c.get(0).name() : "C = sum_i C_i") + " = " + String.join(" x ", defaults)
                + (c.size() == 1 ? "" : ", i over " + String.join(", ", subs));
        return new LmdiIdentity(names(s, defaults), subs, x, formula, c.get(0).unit());
    }

    private static List<String> names(LmdiSettings s, List<String> defaults) throws AnalysisException {
        if (s.names.length == 0) {
            return List.copyOf(defaults);
        }
        if (s.names.length != defaults.size()) {
            throw new AnalysisException("--names gives " + s.names.length + " names for " + defaults.size() + " factors ("
                    + String.join(", ", defaults) + ")");
        }
        return List.of(s.names);
    }

    private static List<Column> columns(DataTable t, String[] names, String what) throws AnalysisException {
        List<Column> out = new ArrayList<>();
        for (String n : names) {
            Column c = t.column(n);
            InputChecks.requireNonNegative(t, c, what + " (logarithms of the factors)");
            out.add(c);
        }
        return out;
    }

    private static List<String> units(List<Column> cs) {
        return cs.stream().map(c -> c.unit().isEmpty() ? "1" : c.unit()).toList();
    }

    /** Factors of every subcategory in one row. */
    double[][] at(int row) {
        return x[row];
    }
}
