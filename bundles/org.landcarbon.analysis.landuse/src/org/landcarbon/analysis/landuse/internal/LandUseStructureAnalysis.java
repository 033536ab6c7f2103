package org.landcarbon.analysis.landuse.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.InputChecks;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.Periods;
import org.landcarbon.analysis.Periods.Period;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.landuse.LandUseIndices;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Series.Form;
import org.landcarbon.analysis.result.Table;
import org.osgi.service.component.annotations.Component;

/**
 * {@code landuse.structure}: from yearly areas by class (one column per class, e.g. {@code area.forest}
 * or {@code forest}), the Gibbs-Martin diversity per year, the single and comprehensive dynamic degrees
 * and the average annual growth rates of classes and major categories for any periods.
 */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=landuse.structure")
public final class LandUseStructureAnalysis implements Analysis<LandUseSettings> {

    static final String CATEGORY = "Land-use structure";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("landuse.structure", "Land-use structure",
            "土地利用结构", CATEGORY, InputKind.SERIES_SET,
            "From yearly areas of land classes: area shares and Gibbs-Martin diversity per year; single dynamic degree of each class and the "
                    + "comprehensive dynamic degree per period; average annual growth rates of classes and major categories.",
            "Gibbs and Martin (1962); Wang Xiulan and Bao Yuhai, Study on the methods of land use dynamic change research (1999)");

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<LandUseSettings> settingsType() {
        return LandUseSettings.class;
    }

    @Override
    public AnalysisResult run(DataTable input, LandUseSettings settings) throws AnalysisException {
        InputChecks.requireNumericIndex(input, "land-use structure");
        InputChecks.requireRows(input, 2, "land-use structure");
        for (Column c : input.columns()) {
            InputChecks.requireNonNegative(input, c, "an area");
        }
        List<Period> periods = Periods.parse(settings.periods, input, "periods", Periods.firstToLast(input));
        List<Column> columns = input.columns();
        int m = columns.size();
        if (m == 0) {
            throw new AnalysisException(input.source() + ": land-use structure needs at least one column of class areas");
        }
        int n = input.rows();
        String[] names = new String[m];
        double[][] x = new double[m][];
        // rows allocated one by one below: C2 allocates those inline, new double[m][n] is a call into the VM
        double[][] shares = new double[m][];
        for (int i = 0; i < m; i++) {
            Column c = columns.get(i);
            names[i] = className(c.name());
            x[i] = c.values();
            shares[i] = new double[n];
        }
        List<String> classes = List.of(names);
        double[] diversity = new double[n];
        double[] areas = new double[m];
        for (int k = 0; k < n; k++) {
            double total = 0;
            for (int i = 0; i < m; i++) {
                areas[i] = x[i][k];
                total += areas[i];
            }
            diversity[k] = LandUseIndices.gibbsMartin(areas);
            for (int i = 0; i < m; i++) {
                shares[i][k] = total > 0 ? areas[i] / total * 100 : Double.NaN;
            }
        }

        double[][] single = rows(m, periods.size());
        double[][] growth = rows(m, periods.size());
        double[] comprehensive = new double[periods.size()];
        boolean undefined = false;
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            double[] a = new double[m];
            double[] b = new double[m];
            for (int i = 0; i < m; i++) {
                double[] v = x[i];
                a[i] = v[period.startRow()];
                b[i] = v[period.endRow()];
                single[i][p] = LandUseIndices.singleDynamicDegree(a[i], b[i], period.years());
                growth[i][p] = LandUseIndices.averageAnnualGrowthRate(a[i], b[i], period.years());
                undefined |= Double.isNaN(single[i][p]);
            }
            comprehensive[p] = LandUseIndices.comprehensiveDynamicDegree(a, b, period.years());
        }

        if (CATEGORIES.size() > 256) {
            CATEGORIES.clear();
        }
        Categories groups = CATEGORIES.computeIfAbsent(new CategoryKey(settings.categories, classes), Categories::of);
        if (groups.error() != null) {
            throw new AnalysisException(groups.error().getMessage());
        }
        List<String> groupNames = groups.names();
        double[][] groupGrowth = rows(groupNames.size(), periods.size());
        for (int g = 0; g < groupNames.size(); g++) {
            for (int p = 0; p < periods.size(); p++) {
                double a = 0, b = 0;
                for (int i : groups.indices()[g]) {
                    double[] v = x[i];
                    a += v[periods.get(p).startRow()];
                    b += v[periods.get(p).endRow()];
                }
                groupGrowth[g][p] = LandUseIndices.averageAnnualGrowthRate(a, b, periods.get(p).years());
            }
        }

        boolean anyUndefined = undefined;
        // the numbers are computed; the items (tables with labels, provenance sentences) and notes when read
        return AnalysisResult.builder(DESCRIPTOR.id()).input(input.describe())
                .frozenSettings(SettingsModel.of(LandUseSettings.class).describe(settings)).defer(r -> {
            List<String> labels = periods.stream().map(Period::label).toList();
            String from = "areas from " + input.source();
            r.add(new Series("diversity", "Gibbs-Martin diversity index", input.indexName(), input.index(), diversity, "1", Form.BY_INDEX,
                    "G = 1 - sum x_i^2 / (sum x_i)^2 over the " + m + " classes (" + String.join(", ", classes) + "); " + from));
            List<String> yearLabels = input.keys(); // the years as text
            r.add(new Table("area_share", "area share of each class", "class", classes, input.indexName(), yearLabels, shares, "%",
                    "share_i = x_i / sum of the " + m + " classes' areas * 100 (of the classes given, not of the region); " + from));
            r.add(new Table("dynamic_degree", "single land-use dynamic degree", "class", classes, "period", labels, single, "%/a",
                    "K = (Ub - Ua) / Ua / T * 100; " + from));
            r.add(new KeyedValues("comprehensive_dynamic_degree", "comprehensive land-use dynamic degree", "period", labels, comprehensive,
                    "%/a", "LC = sum_i |Ub,i - Ua,i| / (2 sum_i Ua,i) / T * 100 (net change per class; a transfer matrix gives the gross change); " + from));
            r.add(new Table("growth_rate", "average annual growth rate of classes", "class", classes, "period", labels, growth, "%/a",
                    "((Ub / Ua)^(1/T) - 1) * 100; " + from));
            r.add(new Table("category_growth_rate", "average annual growth rate of major categories", "category", groupNames, "period",
                    labels, groupGrowth, "%/a", "((Ub / Ua)^(1/T) - 1) * 100 on category sums: " + groups.description()));
            if (anyUndefined) {
                r.note("A class with no area at the start of a period has no dynamic degree or growth rate there (null).");
            }
            List<String> left = new ArrayList<>(classes);
            groups.members().forEach(ix -> ix.forEach(i -> left.remove(classes.get(i))));
            if (!left.isEmpty()) {
                r.note("Classes in no major category: " + String.join(", ", left) + " (see --categories).");
            }
        }).build();
    }

    private static double[][] rows(int m, int n) {
        double[][] out = new double[m][];
        for (int i = 0; i < m; i++) {
            out[i] = new double[n];
        }
        return out;
    }

    private record CategoryKey(String text, List<String> classes) {
    }

    /** The parsed --categories for a list of classes; parsed once, since a panel repeats both for every region. */
    private record Categories(List<String> names, List<List<Integer>> members, int[][] indices, String description, AnalysisException error) {
        static Categories of(CategoryKey k) {
            try {
                Map<String, List<Integer>> m = categories(k.text(), k.classes());
                List<List<Integer>> members = List.copyOf(m.values());
                int[][] indices = members.stream().map(ix -> ix.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
                return new Categories(List.copyOf(m.keySet()), members, indices, describe(m, k.classes()), null);
            } catch (AnalysisException e) {
                return new Categories(List.of(), List.of(), new int[0][], "", e);
            }
        }
    }

    /** Few distinct keys in practice (one per class list and setting); bounded all the same. */
    private static final Map<CategoryKey, Categories> CATEGORIES = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code area.forest} -> {@code forest}: study series ids carry the prefix of docs/study-conventions.md. */
    static String className(String column) {
        return column.startsWith("area.") ? column.substring(5) : column;
    }

    private static Map<String, List<Integer>> categories(String text, List<String> classes) throws AnalysisException {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new AnalysisException("--categories: '" + part.strip() + "' is not NAME=class+class");
            }
            List<Integer> members = new ArrayList<>();
            for (String c : kv[1].split("\\+")) {
                int i = classes.indexOf(c.strip());
                if (i >= 0) {
                    members.add(i);
                }
            }
            if (!members.isEmpty()) {
                out.put(kv[0].strip(), members);
            }
        }
        return out;
    }

    private static String describe(Map<String, List<Integer>> groups, List<String> classes) {
        List<String> parts = new ArrayList<>();
        groups.forEach((k, v) -> parts.add(k + " = " + String.join(" + ", v.stream().map(classes::get).toList())));
        return parts.isEmpty() ? "no categories" : String.join("; ", parts);
    }
}
