package org.example.landcarbon.growth;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.InputChecks;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Scalar;
import org.osgi.service.component.annotations.Component;

/**
 * {@code example.growth}: the average annual growth rate of one series between two years,
 * r = (x_to / x_from)^(1 / (to - from)) - 1, and the total change. A third party's plugin built from the
 * template in releng/templates/analysis-plugin against the LandCarbon update site.
 */
@Component(service = Analysis.class)
public final class AverageGrowthAnalysis implements Analysis<GrowthSettings> {

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("example.growth", "Average annual growth rate",
            "年均增长率", "Trend", InputKind.SINGLE_SERIES,
            "Average annual (compound) growth rate r = (x_to / x_from)^(1 / (to - from)) - 1 of one series between two years.",
            "compound annual growth rate, e.g. OECD Glossary of Statistical Terms");

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<GrowthSettings> settingsType() {
        return GrowthSettings.class;
    }

    @Override
    public AnalysisResult run(DataTable input, GrowthSettings s) throws AnalysisException {
        InputChecks.requireRows(input, 2, "an average growth rate");
        InputChecks.requireNumericIndex(input, "an average growth rate");
        Column c = input.columns().get(0);
        InputChecks.requireFinite(input, c);
        int[] years = input.index();
        int from = s.from == null ? years[0] : s.from;
        int to = s.to == null ? years[years.length - 1] : s.to;
        if (to <= from) {
            throw new AnalysisException("--to (" + to + ") must be after --from (" + from + ")");
        }
        int a = InputChecks.rowOf(input, from);
        int b = InputChecks.rowOf(input, to);
        double x0 = c.values()[a];
        double x1 = c.values()[b];
        if (x0 <= 0 || x1 <= 0) {
            throw new AnalysisException(input.locate(x0 <= 0 ? a : b, c.name())
                    + ": a compound growth rate needs positive values at both ends, got " + (x0 <= 0 ? x0 : x1));
        }
        double rate = Math.pow(x1 / x0, 1.0 / (to - from)) - 1;
        String src = "column " + c.name() + " of " + input.source() + ", years " + from + " and " + to;
        return AnalysisResult.builder(DESCRIPTOR.id()).input(input.describe())
                .settings(SettingsModel.of(GrowthSettings.class).describe(s))
                .add(new Scalar("rate_pct", "average annual growth rate", rate * 100, "%",
                        "((x_to / x_from)^(1 / (to - from)) - 1) * 100; " + src))
                .add(new Scalar("change_pct", "total change", (x1 - x0) / x0 * 100, "%", "(x_to - x_from) / x_from * 100; " + src))
                .add(new Scalar("years", "length of the period", to - from, "a", "to - from"))
                .build();
    }
}
