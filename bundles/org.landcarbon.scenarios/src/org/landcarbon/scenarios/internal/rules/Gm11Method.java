package org.landcarbon.scenarios.internal.rules;

import static org.landcarbon.scenarios.internal.Numbers.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.landcarbon.analysis.grey.Gm11;
import org.landcarbon.scenarios.ParameterInfo;
import org.landcarbon.scenarios.ProjectedValue;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ProjectionMethod;
import org.landcarbon.scenarios.RuleParameters;
import org.landcarbon.scenarios.YearSeries;
import org.osgi.service.component.annotations.Component;

/**
 * {@code gm11}: GM(1,1) of the analysis bundle fitted on the known values of {@code from}-{@code to}
 * (consecutive years, at least 4, positive); the projected years take its restored values
 * {@code x0hat(k+1)}, k counted from the first fitted year. The model is not re-anchored at the
 * last known value: the path is the model's, as a GM(1,1) forecast is read.
 */
@Component(service = ProjectionMethod.class)
public final class Gm11Method extends SingleSeriesMethod {

    @Override
    public String kind() {
        return "gm11";
    }

    @Override
    public String label() {
        return "GM(1,1) extrapolation";
    }

    @Override
    public List<ParameterInfo> parameters() {
        return List.of(
                ParameterInfo.optional("from", "first year of the fit", "first known year"),
                ParameterInfo.optional("to", "last year of the fit", "last known year"));
    }

    @Override
    public String summarize(RuleParameters p) {
        return "GM(1,1) fitted on " + p.text("from", "first") + "-" + p.text("to", "last");
    }

    @Override
    List<ProjectedValue> project(YearSeries known, RuleParameters p, int untilYear) throws ProjectionException {
        YearSeries w = window(known, p, 4);
        int first = w.firstYear();
        double[] x0 = new double[w.size()];
        int i = 0;
        for (var e : w.asMap().entrySet()) {
            if (e.getKey() != first + i) {
                throw p.problem("GM(1,1) needs consecutive years; " + (first + i) + " is missing in " + first + "-" + w.lastYear());
            }
            if (e.getValue() <= 0) {
                throw p.problem("GM(1,1) needs positive values; " + e.getKey() + " is " + num(e.getValue()));
            }
            x0[i++] = e.getValue();
        }
        Gm11 model;
        try {
            model = Gm11.fit(x0);
        } catch (IllegalArgumentException e) {
            throw p.problem(e.getMessage());
        }
        String detail = String.format(Locale.ROOT, "GM(1,1) fitted on %d-%d (a = %.6f, b = %s): %s", first, w.lastYear(),
                model.a(), num(model.b()), model.timeResponse());
        List<ProjectedValue> out = new ArrayList<>();
        for (int y = known.lastYear() + 1; y <= untilYear; y++) {
            out.add(new ProjectedValue(y, model.x0hat(y - first), detail));
        }
        return out;
    }
}
