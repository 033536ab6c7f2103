package org.landcarbon.analysis.decomposition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.InputChecks;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.Periods;
import org.landcarbon.analysis.Periods.Period;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.decomposition.Lmdi;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.analysis.result.Text;
import org.osgi.service.component.annotations.Component;

/**
 * {@code decomposition.lmdi}: additive and multiplicative LMDI-I of an emission identity the user chooses,
 * for each period. The additive effects of a period add up to its total change, the multiplicative ones
 * multiply to its ratio; both checks are reported beside the effects.
 */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=decomposition.lmdi")
public final class LmdiAnalysis implements Analysis<LmdiSettings> {

    static final String CATEGORY = "Decomposition";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("decomposition.lmdi",
            "LMDI decomposition", "LMDI因素分解", CATEGORY, InputKind.SERIES_SET,
            "Splits the change of an emission aggregate between periods into the effects of its factors (e.g. "
                    + "intensity C_i/L_i, land-use structure L_i/A, scale A; or structure x intensity x economy x population), "
                    + "additively (effects in emission units that add up to the change) and multiplicatively (ratios whose "
                    + "product is the ratio of the end to the start value). Zero values per Ang and Liu (2007).",
            "Ang B.W. (2005) The LMDI approach to decomposition analysis: a practical guide, Energy Policy 33:867-871; "
                    + "Ang B.W., Liu N. (2007) Handling zero values in the LMDI decomposition approach, Energy Policy 35:238-246");

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<LmdiSettings> settingsType() {
        return LmdiSettings.class;
    }

    @Override
    public AnalysisResult run(DataTable input, LmdiSettings settings) throws AnalysisException {
        InputChecks.requireNumericIndex(input, "LMDI");
        InputChecks.requireRows(input, 2, "LMDI");
        LmdiIdentity id = LmdiIdentity.of(input, settings);
        List<Period> fallback = new ArrayList<>(Periods.consecutive(input));
        if (input.rows() > 2) {
            fallback.addAll(Periods.firstToLast(input));
        }
        List<Period> periods = Periods.parse(settings.periods, input, "periods", fallback);

        List<String> names = id.factorNames();
        int m = names.size();
        List<String> rows = periods.stream().map(Period::label).toList();
        double[][] add = new double[periods.size()][m + 2];
        double[][] mul = new double[periods.size()][m + 2];
        double[][] share = new double[periods.size()][m];
        Set<String> zeroNotes = new TreeSet<>();
        for (int p = 0; p < periods.size(); p++) {
            Period per = periods.get(p);
            double[][] x0 = id.at(per.startRow());
            double[][] xT = id.at(per.endRow());
            double v0 = total(x0);
            double vT = total(xT);
            double[] effects = Lmdi.additive(x0, xT);
            double[] ratios = Lmdi.multiplicative(effects, v0, vT);
            double sum = 0;
            double prod = 1;
            for (int k = 0; k < m; k++) {
                add[p][k] = effects[k];
                mul[p][k] = ratios[k];
                sum += effects[k];
                prod *= ratios[k];
                share[p][k] = vT == v0 ? Double.NaN : effects[k] / (vT - v0) * 100;
            }
            add[p][m] = sum;
            add[p][m + 1] = vT - v0;
            mul[p][m] = prod;
            mul[p][m + 1] = v0 > 0 && vT > 0 ? vT / v0 : Double.NaN;
            for (int i = 0; i < x0.length; i++) {
                if (Lmdi.product(x0[i]) == 0 || Lmdi.product(xT[i]) == 0) {
                    zeroNotes.add(id.subcategories().get(i) + " in " + per.label());
                }
            }
        }
        // the effects are computed; the items (tables with labels, formulas) and notes are built when read
        return AnalysisResult.builder(DESCRIPTOR.id()).input(input.describe())
                .frozenSettings(SettingsModel.of(LmdiSettings.class).describe(settings)).defer(r -> {
            List<String> addCols = new ArrayList<>(names);
            addCols.add("sum of effects");
            addCols.add("total change");
            List<String> mulCols = new ArrayList<>(names);
            mulCols.add("product of effects");
            mulCols.add("total ratio");

            r.add(new Text("identity", "identity decomposed", id.formula(), "from the settings; factors in this order: " + String.join(", ", names)));
            r.add(new Table("additive", "additive effects", "period", rows, "factor", addCols, add, id.unit(),
                    "dV_k = sum_i L(V_i^T, V_i^0) ln(x_ik^T / x_ik^0), L the logarithmic mean (Ang 2005, LMDI-I additive); "
                            + "'total change' = V^T - V^0 from the input"));
            r.add(new Table("multiplicative", "multiplicative effects", "period", rows, "factor", mulCols, mul, "ratio",
                    "D_k = exp(dV_k / L(V^T, V^0)) (Ang 2005, LMDI-I multiplicative); 'total ratio' = V^T / V^0 from the input"));
            r.add(new Table("contribution_pct", "contribution to the change", "period", rows, "factor", names, share, "%",
                    "dV_k / (V^T - V^0) * 100; not defined when the aggregate did not change"));
            if (!zeroNotes.isEmpty()) {
                r.note("Zero values (Ang and Liu 2007 limits: the change of a subcategory that appears or disappears goes to its zero factor): "
                        + String.join("; ", zeroNotes) + ".");
            }
            if (periods.stream().anyMatch(per -> !(total(id.at(per.startRow())) > 0 && total(id.at(per.endRow())) > 0))) {
                r.note("The multiplicative form needs a positive aggregate at both ends; periods without one show '-'.");
            }
            r.note(String.format(Locale.ROOT, "The effects add up to the total change within %.1e (largest |sum - change| over the periods).",
                    maxGap(add, m)));
        }).build();
    }

    private static double total(double[][] x) {
        double v = 0;
        for (double[] sub : x) {
            v += Lmdi.product(sub);
        }
        return v;
    }

    private static double maxGap(double[][] add, int m) {
        double g = 0;
        for (double[] row : add) {
            g = Math.max(g, Math.abs(row[m] - row[m + 1]));
        }
        return g;
    }
}
