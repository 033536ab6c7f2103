package org.landcarbon.ui.charts.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.eclipse.osgi.util.NLS;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;
import org.landcarbon.ui.ModelLabels;
import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.ui.charts.ChartSeries;
import org.landcarbon.uncertainty.Sensitivity;
import org.landcarbon.uncertainty.Target;
import org.landcarbon.uncertainty.UncertaintyModel;
import org.landcarbon.uncertainty.UncertaintyService;

/**
 * Which uncertain inputs drive the net emission of the account's last year: a tornado (each input at its 2.5 and
 * 97.5 percentiles, the others at their values, as the change of the target) and Sobol first-order and total
 * indices (Saltelli sampling, {@link #SOBOL_N} base draws, seed 1), as the CLI's {@code sensitivity} computes them.
 */
public final class SensitivityModel {

    static final int SOBOL_N = 2048;

    /** The two charts and the results they draw. */
    public record Charts(ChartModel tornado, ChartModel sobol, Sensitivity.Result oat, Sensitivity.Result indices) {
    }

    private SensitivityModel() {
    }

    /** The charts, or null when no input of the account has a range. */
    public static Charts compute(Study study, UncertaintyService service, String unit) throws Exception {
        UncertaintyModel model = service.model(study, AccountOptions.DEFAULT);
        if (model.inputs().isEmpty()) {
            return null;
        }
        Target target = Target.parse("net", model.years());
        ToDoubleFunction<double[]> f = target.of(model);
        Sensitivity.Result oat = Sensitivity.oat(model.inputs(), f, target.text());
        Sensitivity.Result sobol = Sensitivity.sobol(model.inputs(), f, target.text(), SOBOL_N, 1);
        double scale = Account.express(new Quantity(1, Units.T_C), Unit.parse(unit)).value();
        String[] inputs = oat.indices().stream().map(Sensitivity.Index::input).toArray(String[]::new);
        double[] low = oat.indices().stream().mapToDouble(i -> (i.low() - oat.point()) * scale).toArray();
        double[] high = oat.indices().stream().mapToDouble(i -> (i.high() - oat.point()) * scale).toArray();
        String year = String.valueOf(target.to());
        ChartModel tornado = new ChartModel(NLS.bind(Messages.tornadoTitle, ModelLabels.study(study), year),
                NLS.bind(Messages.tornadoCaption, String.format(java.util.Locale.ROOT, "%,.2f", oat.point() * scale), unit), Messages.axisInput,
                NLS.bind(Messages.axisChange, unit), inputs,
                List.of(new ChartSeries(Messages.seriesAtLow, low, ChartSeries.Style.BAR),
                        new ChartSeries(Messages.seriesAtHigh, high, ChartSeries.Style.BAR)));
        String[] sobolInputs = sobol.indices().stream().map(Sensitivity.Index::input).toArray(String[]::new);
        ChartModel indices = new ChartModel(NLS.bind(Messages.sobolTitle, ModelLabels.study(study), year),
                NLS.bind(Messages.sobolCaption, SOBOL_N, sobol.evaluations()), Messages.axisInput, Messages.axisIndex, sobolInputs,
                List.of(new ChartSeries(Messages.seriesFirst, sobol.indices().stream().mapToDouble(Sensitivity.Index::first).toArray(),
                        ChartSeries.Style.BAR),
                        new ChartSeries(Messages.seriesTotal, sobol.indices().stream().mapToDouble(Sensitivity.Index::total).toArray(),
                                ChartSeries.Style.BAR)));
        return new Charts(tornado, indices, oat, sobol);
    }
}
