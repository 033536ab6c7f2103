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

/** {@code constant}: the series stays at its last known value, the mean of a period, or a given value. */
@Component(service = ProjectionMethod.class)
public final class ConstantMethod extends SingleSeriesMethod {

    @Override
    public String kind() {
        return "constant";
    }

    @Override
    public String label() {
        return "held constant";
    }

    @Override
    public List<ParameterInfo> parameters() {
        return List.of(
                ParameterInfo.optional("basis", "last (the last known value) or mean (the mean of from-to)", "last"),
                ParameterInfo.optional("from", "first year of the mean", "first known year"),
                ParameterInfo.optional("to", "last year of the mean", "last known year"),
                ParameterInfo.optional("value", "an explicit value instead of a basis", null));
    }

    @Override
    public String summarize(RuleParameters p) {
        if (p.has("value")) {
            return "constant at " + p.text("value", "");
        }
        if ("mean".equals(p.text("basis", "last"))) {
            return "constant at the mean of " + p.text("from", "first") + "-" + p.text("to", "last");
        }
        return "constant at the last known value";
    }

    @Override
    List<ProjectedValue> project(YearSeries known, RuleParameters p, int untilYear) throws ProjectionException {
        double level;
        String detail;
        if (p.has("value")) {
            level = p.requireNumber("value");
            detail = "held constant at the given value " + num(level);
        } else {
            String basis = p.text("basis", "last");
            switch (basis) {
            case "last" -> {
                level = known.lastValue();
                detail = "held constant at the " + known.lastYear() + " value " + num(level);
            }
            case "mean" -> {
                YearSeries w = window(known, p, 1);
                level = w.asMap().values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                detail = "held constant at the " + w.firstYear() + "-" + w.lastYear() + " mean " + num(level);
            }
            default -> throw p.problem("parameter 'basis' must be last or mean, got '" + basis + "'");
            }
        }
        List<ProjectedValue> out = new ArrayList<>();
        for (int y = known.lastYear() + 1; y <= untilYear; y++) {
            out.add(new ProjectedValue(y, level, detail));
        }
        return out;
    }
}
