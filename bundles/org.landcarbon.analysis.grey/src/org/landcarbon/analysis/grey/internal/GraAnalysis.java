package org.landcarbon.analysis.grey.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.InputChecks;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.SettingInfo;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.grey.GreyRelational;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.analysis.result.Text;
import org.landcarbon.analysis.result.TextList;
import org.osgi.service.component.annotations.Component;

/**
 * {@code grey.gra}: Deng's grey relational degree of each column with a reference column, the ranking,
 * and the absolute, relative and synthetic degrees. The transform and rho are part of the result.
 */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=grey.gra")
public final class GraAnalysis implements Analysis<GraSettings> {

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("grey.gra", "Grey relational analysis",
            "灰色关联分析", "Grey models", InputKind.SERIES_SET,
            "Deng's grey relational degree of each comparison series with a reference series after an explicit "
                    + "dimensionless transform, with the ranking; also the absolute, relative and synthetic degrees of incidence.",
            "Deng Julong (1982); Liu Sifeng et al., Grey Systems: Theory and Applications (absolute, relative, synthetic degrees)");

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<GraSettings> settingsType() {
        return GraSettings.class;
    }

    @Override
    public AnalysisResult run(DataTable input, GraSettings settings) throws AnalysisException {
        if (input.columns().size() < 2) {
            throw new AnalysisException(input.source() + ": grey relational analysis needs a reference and at least one "
                    + "comparison column, the input has " + String.join(", ", input.columnNames()));
        }
        InputChecks.requireRows(input, 3, "grey relational analysis");
        String refName = settings.reference == null || settings.reference.isBlank() ? input.columnNames().get(0) : settings.reference;
        // one pass over the columns, no map: a panel's tables are thousands of small objects apart in memory
        Column ref = null;
        List<Column> cmp = new ArrayList<>(input.columns().size());
        for (Column c : input.columns()) {
            if (ref == null && c.name().equals(refName)) {
                ref = c;
            } else {
                cmp.add(c);
            }
        }
        if (ref == null) {
            ref = input.column(refName); // throws, naming the columns
        }
        int n = input.rows();
        double[] weights = settings.weights.length == 0 ? null : settings.weights;
        if (weights != null) {
            if (weights.length != n) {
                throw new AnalysisException("--weights: " + weights.length + " weights for " + n + " points");
            }
            if (java.util.Arrays.stream(weights).sum() <= 0) {
                throw new AnalysisException("--weights: the weights must not all be 0");
            }
        }
        // The finite check rides on the kernels' own passes: a missing or infinite value in any column makes every
        // transform non-finite there, so dmax and then every degree NaN. Only then are the columns scanned, in order,
        // for the message naming the first bad cell; the transform's own errors scan them first too (same precedence).
        double[] x0 = transform(input, ref, settings);
        double[][] xs = new double[cmp.size()][];
        for (int i = 0; i < cmp.size(); i++) {
            xs[i] = transform(input, cmp.get(i), settings);
        }
        double[][] xi = GreyRelational.coefficients(x0, xs, settings.rho);
        double[] r = GreyRelational.degrees(xi, weights);
        for (double d : r) {
            if (!Double.isFinite(d)) {
                requireFinite(input);
            }
        }

        double[] absolute = new double[cmp.size()];
        double[] relative = new double[cmp.size()];
        double[] synthetic = new double[cmp.size()];
        boolean refStartsAtZero = ref.values()[0] == 0;
        for (int i = 0; i < cmp.size(); i++) {
            double[] raw = cmp.get(i).values();
            absolute[i] = GreyRelational.absoluteDegree(ref.values(), raw);
            relative[i] = refStartsAtZero || raw[0] == 0 ? Double.NaN : GreyRelational.relativeDegree(ref.values(), raw);
            synthetic[i] = GreyRelational.syntheticDegree(absolute[i], relative[i], settings.theta);
        }

        // the items (names, texts, rankings, tables) are built when read; they use copies of the settings' values
        GreyRelational.Normalization normalization = settings.normalize;
        double rho = settings.rho;
        double theta = settings.theta;
        boolean weighted = weights != null;
        AnalysisResult.Builder out = AnalysisResult.builder(DESCRIPTOR.id()).input(input.describe())
                .frozenSettings(SettingsModel.of(GraSettings.class).describe(settings));
        if (normalization == GreyRelational.Normalization.NONE) {
            out.note("No transform: Deng's degree then depends on the units of the series; use it only when they share one.");
        }
        return out.defer(o -> {
            String how = SettingInfo.token(normalization);
            List<String> names = cmp.stream().map(Column::name).toList();
            String dengHow = "xi_i(k) = (min_i min_k delta + rho max_i max_k delta) / (delta_i(k) + rho "
                    + "max_i max_k delta), delta_i(k) = |x0(k) - x_i(k)| after the " + how + " transform (" + normalization.formula()
                    + "), rho = " + fmt(rho) + "; r_i = " + (weighted ? "the weighted" : "the")
                    + " mean of xi_i(k); reference " + refName + "; input: " + input.source();
            o.add(new Text("reference", "reference series", refName, "setting reference"));
            o.add(new Text("normalize", "dimensionless transform", how, normalization.formula()));
            o.add(new Scalar("rho", "resolution coefficient", rho, "1", "setting rho"));
            o.add(new KeyedValues("degrees", "Deng's grey relational degree", "column", names, r, "1", dengHow));
            o.add(new TextList("ranking", "ranking by Deng's degree, best first", rank(names, r), "descending degree; ties keep column order"));
            o.add(new Table("coefficients", "relational coefficients xi_i(k)", "column", names, input.indexName(), input.keys(), xi, "1", dengHow));
            o.add(new KeyedValues("absolute_degrees", "grey absolute degree of incidence", "column", names, absolute, "1",
                    "eps = (1 + |s0| + |si|) / (1 + |s0| + |si| + |si - s0|) on the zero-start images of the raw series"));
            o.add(new KeyedValues("relative_degrees", "grey relative degree of incidence", "column", names, relative, "1",
                    "absolute degree of the initial-value images (undefined, null, when a first value is 0)"));
            o.add(new KeyedValues("synthetic_degrees", "grey synthetic degree of incidence", "column", names, synthetic, "1",
                    "theta * absolute + (1 - theta) * relative, theta = " + fmt(theta)));
            o.add(new TextList("synthetic_ranking", "ranking by the synthetic degree, best first", rank(names, synthetic),
                    "descending synthetic degree"));
        }).build();
    }

    private static double[] transform(DataTable t, Column c, GraSettings s) throws AnalysisException {
        double[] v = GreyRelational.normalize(c.values(), s.normalize);
        if (v == null) {
            requireFinite(t);
            String why = switch (s.normalize) {
                case INITIAL -> "its first value is 0";
                case MEAN -> "its mean is 0";
                default -> "it is constant";
            };
            throw new AnalysisException(t.locate(-1, c.name()) + ": the " + SettingInfo.token(s.normalize)
                    + " transform is undefined because " + why + "; choose another --normalize");
        }
        return v;
    }

    private static void requireFinite(DataTable t) throws AnalysisException {
        for (Column c : t.columns()) {
            InputChecks.requireFinite(t, c);
        }
    }

    private static List<String> rank(List<String> names, double[] values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> Double.isNaN(values[i]) ? Double.POSITIVE_INFINITY : -values[i]));
        return order.stream().map(names::get).toList();
    }

    private static String fmt(double v) {
        return String.valueOf(v); // what "%s" gave, without the Formatter
    }
}
