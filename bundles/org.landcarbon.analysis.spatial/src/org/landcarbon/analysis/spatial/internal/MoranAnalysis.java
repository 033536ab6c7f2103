package org.landcarbon.analysis.spatial.internal;

import java.nio.file.Path;
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
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.analysis.result.TextMap;
import org.landcarbon.analysis.spatial.Moran;
import org.landcarbon.analysis.spatial.SpatialWeights;
import org.landcarbon.analysis.spatial.WeightsCsv;
import org.osgi.service.component.annotations.Component;

/** {@code spatial.moran}: global Moran's I with a permutation p value, and LISA clusters HH/LL/HL/LH. */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=spatial.moran")
public final class MoranAnalysis implements Analysis<MoranSettings> {

    /** Refused before any work: the local permutations cost regions x permutations x neighbours. */
    static final int MAX_REGIONS = 20000;

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("spatial.moran",
            "Moran's I and LISA", "Moran's I与LISA", "Spatial", InputKind.SINGLE_SERIES,
            "Global spatial autocorrelation of one value per region (Moran's I, its expectation and variance under "
                    + "randomisation, a seeded permutation p value) and local Moran (LISA): each region's I_i, pseudo p value "
                    + "and cluster (HH hot spot, LL cold spot, HL and LH outliers). Regions are the input's rows; the "
                    + "neighbours come from a weights CSV.",
            "Moran P.A.P. (1950); Cliff A.D., Ord J.K. (1981) Spatial Processes; Anselin L. (1995) Local indicators of spatial "
                    + "association - LISA, Geographical Analysis 27:93-115; as in R spdep moran.test / moran.mc / localmoran_perm");

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<MoranSettings> settingsType() {
        return MoranSettings.class;
    }

    @Override
    public AnalysisResult run(DataTable input, MoranSettings s) throws AnalysisException {
        if (input.columns().size() != 1) {
            throw new AnalysisException(input.source() + ": Moran's I takes one value per region, the input has "
                    + input.columns().size() + " columns (" + String.join(", ", input.columnNames()) + "); choose one");
        }
        Column c = input.columns().get(0);
        InputChecks.requireRows(input, 4, "Moran's I");
        if (input.rows() > MAX_REGIONS) {
            throw new AnalysisException(input.source() + ": " + input.rows() + " regions; Moran's I here handles at most " + MAX_REGIONS);
        }
        InputChecks.requireFinite(input, c);
        double[] x = c.values();
        if (java.util.Arrays.stream(x).distinct().count() == 1) {
            throw new AnalysisException(input.source() + " column " + c.name() + ": every region has the same value; Moran's I is not defined");
        }
        SpatialWeights file = WeightsCsv.read(Path.of(s.weights));
        SpatialWeights w;
        try {
            w = file.alignedTo(input.keys());
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(s.weights + ": " + e.getMessage() + " (the data " + input.source() + " have "
                    + input.rows() + " regions in column " + input.indexName() + ")");
        }
        if (w.sum() == 0) {
            throw new AnalysisException(s.weights + ": no region of " + input.source() + " has a neighbour");
        }
        w = s.style == MoranSettings.Style.ROW ? w.rowStandardised() : w;
        String wText = (s.style == MoranSettings.Style.ROW ? "row-standardised " : "") + "weights from " + s.weights;
        Moran.Global g = Moran.global(x, w, s.permutations, s.seed);
        Moran.Local l = Moran.local(x, w, s.permutations, s.seed);

        // the statistics are computed; the items (local table, quadrants, clusters, texts) are built when read, from copies
        // of the settings' values
        int permutations = s.permutations;
        long seed = s.seed;
        double alpha = s.alpha;
        SpatialWeights weights = w;
        return AnalysisResult.builder(DESCRIPTOR.id()).input(input.describe())
                .frozenSettings(SettingsModel.of(MoranSettings.class).describe(s)).defer(r -> {
            r.add(new Scalar("moran_i", "Moran's I", g.i(), "", "(n/S0) sum_ij w_ij z_i z_j / sum z_i^2, z = value - mean; " + wText));
            r.add(new Scalar("expected_i", "E[I]", g.expected(), "", "-1/(n - 1)"));
            r.add(new Scalar("variance_i", "Var[I] (randomisation)", g.variance(), "", "Cliff and Ord under randomisation, as spdep moran.test"));
            r.add(new Scalar("z_i", "standard deviate", g.z(), "", "(I - E[I]) / sqrt(Var[I])"));
            r.add(new Scalar("p_permutation", "permutation p value", g.pPermutation(), "",
                    "(1 + #{I_perm >= I}) / (" + permutations + " + 1), one-sided (positive autocorrelation), seed " + seed));
            List<String> ids = input.keys();
            double[][] local = new double[ids.size()][];
            Map<String, String> quadrant = new LinkedHashMap<>();
            Map<String, String> cluster = new LinkedHashMap<>();
            Map<String, Double> counts = new LinkedHashMap<>(Map.of("HH", 0.0, "LL", 0.0, "HL", 0.0, "LH", 0.0));
            for (int i = 0; i < ids.size(); i++) {
                local[i] = new double[] {x[i], l.z()[i], l.lag()[i], l.ii()[i], l.p()[i]};
                String q = weights.neighbours(i).length == 0 ? "island" : Moran.quadrant(l.z()[i], l.lag()[i]);
                quadrant.put(ids.get(i), q);
                boolean significant = l.p()[i] <= alpha;
                cluster.put(ids.get(i), significant ? q : "not significant");
                if (significant) {
                    counts.merge(q, 1.0, Double::sum);
                }
            }
            r.add(new Table("local", "local Moran (LISA)", input.indexName(), ids, "statistic",
                    List.of("value", "z", "lag", "I_i", "pseudo p"), local, "",
                    "z = value - mean; lag = sum_j w_ij z_j; I_i = z_i lag_i / m2, m2 = sum z^2 / n; pseudo p by " + permutations
                            + " conditional permutations (seed " + seed + "), folded: >= I_i when I_i > 0, <= otherwise"));
            r.add(new TextMap("quadrant", "Moran scatter quadrant", quadrant, "H/L: value above/below the mean, then its lag above/below"));
            r.add(new TextMap("cluster", "LISA cluster", cluster, "the quadrant where pseudo p <= " + alpha + ": HH hot spot, LL cold spot, "
                    + "HL/LH spatial outliers"));
            r.add(new KeyedValues("cluster_counts", "significant clusters", "cluster", List.of("HH", "LL", "HL", "LH"),
                    new double[] {counts.get("HH"), counts.get("LL"), counts.get("HL"), counts.get("LH")}, "regions",
                    "regions per cluster at pseudo p <= " + alpha));
            List<String> islands = weights.islands();
            if (!islands.isEmpty()) {
                r.note("Regions without neighbours (islands; no local statistic): " + String.join(", ", islands) + ".");
            }
            r.note("Pseudo p values of many regions are not corrected for multiple testing; with few regions few can be small.");
        }).build();
    }
}
