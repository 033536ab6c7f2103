package org.landcarbon.analysis.landuse.internal;

import java.util.ArrayList;
import java.util.List;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.InputChecks;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.landuse.LandUseIndices;
import org.landcarbon.analysis.landuse.TransferMatrix;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Matrix;
import org.landcarbon.analysis.result.Scalar;
import org.osgi.service.component.annotations.Component;

/**
 * {@code landuse.transfer}: a land-use transfer matrix from a class-to-class change table (rows: class
 * at the start, columns: class at the end, cells: area), with areas at both dates, gains, losses, net
 * changes, transition shares and, given the period length, the dynamic degrees from gross changes.
 */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=landuse.transfer")
public final class TransferMatrixAnalysis implements Analysis<TransferSettings> {

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("landuse.transfer", "Land-use transfer matrix",
            "土地利用转移矩阵", LandUseStructureAnalysis.CATEGORY, InputKind.SERIES_SET,
            "From a class-to-class change table (rows: start class, columns: end class, cells: area): the transfer matrix, "
                    + "areas at both dates, gains, losses, net changes, transition shares and gross-change dynamic degrees.",
            "Liu Jiyuan et al., Spatial patterns and driving forces of land use change in China (2003)");

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<TransferSettings> settingsType() {
        return TransferSettings.class;
    }

    @Override
    public AnalysisResult run(DataTable input, TransferSettings settings) throws AnalysisException {
        List<String> from = input.keys().stream().map(LandUseStructureAnalysis::className).toList();
        List<String> to = input.columnNames().stream().map(LandUseStructureAnalysis::className).toList();
        if (from.size() != to.size() || !from.containsAll(to) || !to.containsAll(from)) {
            throw new AnalysisException(input.source() + ": a transfer table needs the same classes as rows (" + String.join(", ", from)
                    + ") and as columns (" + String.join(", ", to) + ")");
        }
        int m = from.size();
        double[][] area = new double[m][m];
        for (int j = 0; j < m; j++) {
            Column c = input.columns().get(j);
            InputChecks.requireNonNegative(input, c, "an area");
            int col = from.indexOf(to.get(j));
            for (int i = 0; i < m; i++) {
                area[i][col] = c.values()[i];
            }
        }
        TransferMatrix t = new TransferMatrix(area);
        String unit = input.columns().get(0).unit();
        int years = settings.years;
        // the matrix is computed; its items (labels, derived vectors, texts) are built when read
        return AnalysisResult.builder(DESCRIPTOR.id()).input(input.describe())
                .frozenSettings(SettingsModel.of(TransferSettings.class).describe(settings)).defer(r -> {
            String src = "from the change table " + input.source();
            r.add(new Matrix("transfer", "transfer matrix (row: start class, column: end class)", from, area, unit, src));
            r.add(new Matrix("transition_pct", "share of each start class going to each end class", from, t.transitionPercent(), "%",
                    "area(i, j) / start area(i) * 100; " + src));
            r.add(new KeyedValues("start_area", "area at the start", "class", from, t.start(), unit, "row sums; " + src));
            r.add(new KeyedValues("end_area", "area at the end", "class", from, t.end(), unit, "column sums; " + src));
            r.add(new KeyedValues("unchanged", "unchanged area", "class", from, t.unchanged(), unit, "diagonal; " + src));
            r.add(new KeyedValues("loss", "area lost to other classes", "class", from, t.loss(), unit, "row sum - diagonal; " + src));
            r.add(new KeyedValues("gain", "area gained from other classes", "class", from, t.gain(), unit, "column sum - diagonal; " + src));
            double[] net = new double[m];
            for (int i = 0; i < m; i++) {
                net[i] = t.gain()[i] - t.loss()[i];
            }
            r.add(new KeyedValues("net_change", "net change", "class", from, net, unit, "gain - loss = end - start; " + src));
            r.add(new Scalar("changed_area", "area that changed class", t.changed(), unit, "off-diagonal sum; " + src));
            if (years > 0) {
                double[] k = new double[m];
                List<String> undefined = new ArrayList<>();
                for (int i = 0; i < m; i++) {
                    k[i] = LandUseIndices.singleDynamicDegree(t.start()[i], t.end()[i], years);
                    if (Double.isNaN(k[i])) {
                        undefined.add(from.get(i));
                    }
                }
                r.add(new KeyedValues("dynamic_degree", "single dynamic degree", "class", from, k, "%/a",
                        "(end - start) / start / T * 100, T = " + years));
                r.add(new Scalar("comprehensive_dynamic_degree", "comprehensive dynamic degree (gross changes)",
                        t.comprehensiveDynamicDegree(years), "%/a",
                        "sum of off-diagonal areas / total area / T * 100, T = " + years));
                if (!undefined.isEmpty()) {
                    r.note("No dynamic degree for classes with no area at the start: " + String.join(", ", undefined));
                }
            }
        }).build();
    }
}
