package org.landcarbon.examples.decoupling;

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
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.TextMap;
import org.osgi.service.component.annotations.Component;

/**
 * {@code decoupling.tapio}: Tapio's decoupling elasticity of an emission series against GDP between
 * years, and the decoupling state of each period. An institution's plugin: it uses only the public
 * analysis SPI, and the workbench offers it because this bundle is installed.
 */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=decoupling.tapio")
public final class TapioDecouplingAnalysis implements Analysis<TapioSettings> {

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("decoupling.tapio", "Tapio decoupling",
            "Tapio脱钩分析", "Decoupling", InputKind.SERIES_SET,
            "Elasticity e = (dC/C) / (dGDP/GDP) of an emission series against GDP for each period, and the decoupling state "
                    + "(eight states, thresholds 0.8 and 1.2).",
            "Tapio P., Towards a theory of decoupling, Transport Policy 12 (2005) 137-151");

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<TapioSettings> settingsType() {
        return TapioSettings.class;
    }

    @Override
    public AnalysisResult run(DataTable input, TapioSettings s) throws AnalysisException {
        if (s.lower >= s.upper) {
            throw new AnalysisException("--lower (" + s.lower + ") must be below --upper (" + s.upper + ")");
        }
        InputChecks.requireRows(input, 2, "Tapio decoupling");
        Column emission = input.column(s.emission);
        InputChecks.requireFinite(input, emission);
        double[] gdp = gdp(input, s.gdp);
        List<Period> periods = Periods.parse(s.periods, input, "periods", Periods.consecutive(input));

        List<String> labels = periods.stream().map(Period::label).toList();
        double[] dc = new double[periods.size()];
        double[] dg = new double[periods.size()];
        double[] e = new double[periods.size()];
        Map<String, String> state = new LinkedHashMap<>();
        Map<String, String> stateZh = new LinkedHashMap<>();
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            double c0 = emission.values()[period.startRow()];
            double g0 = gdp[period.startRow()];
            if (c0 <= 0) {
                throw new AnalysisException(input.locate(period.startRow(), s.emission)
                        + ": Tapio's elasticity needs a positive emission at the start of a period, got " + c0);
            }
            if (g0 <= 0) {
                throw new AnalysisException(input.locate(period.startRow(), s.gdp) + ": GDP must be positive, got " + g0);
            }
            dc[p] = (emission.values()[period.endRow()] - c0) / c0 * 100;
            dg[p] = (gdp[period.endRow()] - g0) / g0 * 100;
            e[p] = TapioState.elasticity(dc[p], dg[p]);
            TapioState st = TapioState.of(dg[p], e[p], s.lower, s.upper);
            state.put(period.label(), st == null ? "undefined (GDP unchanged)" : st.en());
            stateZh.put(period.label(), st == null ? "无定义" : st.zh());
        }

        String src = "columns " + s.emission + " and " + s.gdp + " of " + input.source();
        return AnalysisResult.builder(DESCRIPTOR.id()).input(input.describe())
                .settings(SettingsModel.of(TapioSettings.class).describe(s))
                .add(new KeyedValues("emission_change_pct", "relative change of emission", "period", labels, dc, "%",
                        "(C_end - C_start) / C_start * 100; " + src))
                .add(new KeyedValues("gdp_change_pct", "relative change of GDP", "period", labels, dg, "%",
                        "(GDP_end - GDP_start) / GDP_start * 100; " + src))
                .add(new KeyedValues("elasticity", "Tapio elasticity", "period", labels, e, "1",
                        "e = emission change / GDP change (null when GDP does not change)"))
                .add(new TextMap("state", "decoupling state", state,
                        "Tapio (2005): GDP growing: e < 0 strong decoupling, 0 <= e < " + s.lower + " weak decoupling, "
                                + s.lower + " <= e <= " + s.upper + " expansive coupling, e > " + s.upper
                                + " expansive negative decoupling; GDP shrinking: e < 0 strong negative decoupling, 0 <= e < "
                                + s.lower + " weak negative decoupling, " + s.lower + " <= e <= " + s.upper
                                + " recessive coupling, e > " + s.upper + " recessive decoupling"))
                .add(new TextMap("state_zh", "脱钩状态", stateZh, "Tapio (2005)"))
                .build();
    }

    /** The GDP column, or the sum of several joined by '+'. */
    private static double[] gdp(DataTable t, String spec) throws AnalysisException {
        double[] sum = new double[t.rows()];
        for (String name : spec.split("\\+")) {
            Column c = t.column(name.strip());
            InputChecks.requireFinite(t, c);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += c.values()[i];
            }
        }
        return sum;
    }
}
