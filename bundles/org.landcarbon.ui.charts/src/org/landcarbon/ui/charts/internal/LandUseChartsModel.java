package org.landcarbon.ui.charts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.analysis.result.Text;
import org.landcarbon.analysis.study.StudyTables;
import org.landcarbon.model.Study;
import org.landcarbon.ui.ModelLabels;
import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.ui.charts.ChartSeries;

/**
 * Land-use structure charts of a study, each drawn from a registered analysis' own result: the
 * Gibbs-Martin diversity per year and the single dynamic degrees per class and period
 * ({@code landuse.structure} on the study's area series), and the classes ranked by their grey
 * relational degree with net emission ({@code grey.gra}).
 */
public final class LandUseChartsModel {

    public static final String STRUCTURE = "landuse.structure";
    public static final String GRA = "grey.gra";

    /** The charts and the results they come from; gra and its chart are null when there is no net series. */
    public record Charts(ChartModel diversity, ChartModel dynamic, ChartModel gra, AnalysisResult structure,
            AnalysisResult graResult, List<String> periods) {
    }

    private LandUseChartsModel() {
    }

    /** The area series ids of the study (area.*) that have values, in the study's order. */
    static List<String> areaSeries(Study study) {
        return StudyTables.available(study).stream().filter(a -> !a.reported() && a.name().startsWith("area."))
                .map(StudyTables.Available::name).toList();
    }

    /** null when the study has fewer than two area series. */
    public static Charts compute(Study study, AnalysisRegistry registry) throws Exception {
        List<String> areas = areaSeries(study);
        if (areas.size() < 2) {
            return null;
        }
        Analysis<?> structure = registry == null ? null : registry.find(STRUCTURE).orElse(null);
        if (structure == null) {
            throw new IllegalStateException(NLS.bind(Messages.noAnalysis, STRUCTURE));
        }
        String name = ModelLabels.study(study);
        DataTable table = StudyTables.of(study, name, areas);
        int[] years = table.index();
        int first = years[0];
        int last = years[years.length - 1];
        int mid = first + (last - first) / 2;
        // The seed's Table 4 periods: the two halves and the whole span.
        String periods = mid > first && mid < last ? first + "-" + mid + "," + mid + "-" + last + "," + first + "-" + last
                : first + "-" + last;
        AnalysisResult result = AnalysisRunner.run(structure, table, Map.of("periods", periods));
        String unit = table.columns().get(0).unit();

        Series div = result.get("diversity", Series.class);
        String[] yearLabels = java.util.Arrays.stream(div.index()).mapToObj(Integer::toString).toArray(String[]::new);
        ChartModel diversity = new ChartModel(NLS.bind(Messages.diversityTitle, name),
                NLS.bind(Messages.diversityCaption, areas.size(), unit), Messages.axisYear, Messages.axisDiversity, yearLabels,
                List.of(new ChartSeries(Messages.seriesDiversity, div.values().clone(), ChartSeries.Style.LINE)));

        Table single = result.get("dynamic_degree", Table.class);
        String[] classes = single.rows().stream().map(c -> ModelLabels.component(study, c)).toArray(String[]::new);
        List<ChartSeries> bars = new ArrayList<>();
        for (int p = 0; p < single.columns().size(); p++) {
            double[] v = new double[single.rows().size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = single.values()[i][p];
            }
            bars.add(new ChartSeries(single.columns().get(p), v, ChartSeries.Style.BAR));
        }
        ChartModel dynamic = new ChartModel(NLS.bind(Messages.dynamicTitle, name), Messages.dynamicCaption, Messages.axisClass,
                Messages.axisDynamic, classes, bars);

        ChartModel graChart = null;
        AnalysisResult gra = null;
        Analysis<?> graAnalysis = registry.find(GRA).orElse(null);
        boolean hasNet = StudyTables.available(study).stream().anyMatch(a -> a.name().equals("net"));
        if (graAnalysis != null && hasNet) {
            List<String> names = new ArrayList<>();
            names.add("net");
            names.addAll(areas);
            DataTable graInput;
            try {
                graInput = StudyTables.of(study, name, names);
            } catch (Exception e) {
                graInput = null; // net and areas over different years: no ranking rather than a misaligned one
            }
            if (graInput != null) {
                gra = AnalysisRunner.run(graAnalysis, graInput, Map.of("reference", "net"));
                graChart = graChart(study, name, gra);
            }
        }
        return new Charts(diversity, dynamic, graChart, result, gra, List.copyOf(single.columns()));
    }

    private static ChartModel graChart(Study study, String name, AnalysisResult gra) {
        KeyedValues degrees = gra.get("degrees", KeyedValues.class);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < degrees.keys().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -degrees.values()[i]));
        String[] labels = new String[order.size()];
        double[] values = new double[order.size()];
        for (int k = 0; k < order.size(); k++) {
            String key = degrees.keys().get(order.get(k));
            labels[k] = ModelLabels.component(study, key.startsWith("area.") ? key.substring(5) : key);
            values[k] = degrees.values()[order.get(k)];
        }
        String normalize = ((Text) gra.item("normalize").orElseThrow()).text();
        double rho = ((Scalar) gra.item("rho").orElseThrow()).value();
        String caption = NLS.bind(Messages.graCaption, new Object[] { ModelLabels.component(study, "net"), normalize,
                String.format(Locale.ROOT, "%.2f", rho) });
        return new ChartModel(NLS.bind(Messages.graTitle, name), caption, Messages.axisClass, Messages.axisGra, labels,
                List.of(new ChartSeries(Messages.seriesGra, values, ChartSeries.Style.BAR)));
    }
}
