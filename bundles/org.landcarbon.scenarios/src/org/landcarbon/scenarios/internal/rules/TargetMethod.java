package org.landcarbon.scenarios.internal.rules;

import static org.landcarbon.scenarios.internal.Numbers.num;

import java.util.ArrayList;
import java.util.List;

import org.landcarbon.scenarios.ParameterInfo;
import org.landcarbon.scenarios.ProjectedValue;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ProjectionMethod;
import org.landcarbon.scenarios.RuleParameters;
import org.landcarbon.scenarios.YearSeries;
import org.osgi.service.component.annotations.Component;

/**
 * {@code target}: from the last known value {@code V0} in {@code y0} to the target {@code T} in
 * year {@code Y}, on a linear path {@code V0 + (T - V0) (y - y0) / (Y - y0)} or a compound one
 * {@code V0 (T / V0)^((y - y0) / (Y - y0))}; held at {@code T} after {@code Y}.
 */
@Component(service = ProjectionMethod.class)
public final class TargetMethod extends SingleSeriesMethod {

    @Override
    public String kind() {
        return "target";
    }

    @Override
    public String label() {
        return "target value by a year";
    }

    @Override
    public List<ParameterInfo> parameters() {
        return List.of(
                ParameterInfo.required("year", "the year the target is reached"),
                ParameterInfo.required("value", "the target value, in the series' unit"),
                ParameterInfo.optional("path", "linear or compound", "linear"));
    }

    @Override
    public String summarize(RuleParameters p) {
        return "target " + p.text("value", "?") + " by " + p.text("year", "?") + " (" + p.text("path", "linear") + ")";
    }

    @Override
    List<ProjectedValue> project(YearSeries known, RuleParameters p, int untilYear) throws ProjectionException {
        int targetYear = p.requireYear("year");
        double target = p.requireNumber("value");
        String path = p.text("path", "linear");
        int y0 = known.lastYear();
        double v0 = known.lastValue();
        if (targetYear <= y0) {
            throw p.problem("target year " + targetYear + " must come after the last known year " + y0);
        }
        boolean compound;
        switch (path) {
        case "linear" -> compound = false;
        case "compound" -> compound = true;
        default -> throw p.problem("parameter 'path' must be linear or compound, got '" + path + "'");
        }
        if (compound && (v0 <= 0 || target <= 0)) {
            throw p.problem("a compound path needs positive start and target values, got " + num(v0) + " and " + num(target));
        }
        String detail = path + " path from " + y0 + " value " + num(v0) + " to " + num(target) + " in " + targetYear;
        List<ProjectedValue> out = new ArrayList<>();
        for (int y = y0 + 1; y <= untilYear; y++) {
            if (y >= targetYear) {
                out.add(new ProjectedValue(y, target, y == targetYear ? detail : "held at the target " + num(target)
                        + " reached in " + targetYear));
                continue;
            }
            double share = (double) (y - y0) / (targetYear - y0);
            double v = compound ? v0 * Math.pow(target / v0, share) : v0 + (target - v0) * share;
            out.add(new ProjectedValue(y, v, detail));
        }
        return out;
    }
}
