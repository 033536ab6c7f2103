package org.landcarbon.scenarios.internal.rules;

import static org.landcarbon.scenarios.internal.Numbers.num;
import static org.landcarbon.scenarios.internal.Numbers.pct;

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
 * {@code growth}: compound growth {@code V(y) = V(y0) * (1 + r)^(y - y0)} from the last known value.
 * The rate is given ({@code rate}, percent per year) or is the series' own average annual growth
 * rate over {@code from}-{@code to}, {@code (V_to / V_from)^(1 / (to - from)) - 1}; either can be
 * scaled ({@code factor}) and shifted ({@code add}, percentage points), which is how a scenario
 * says "half the historical growth" or "one point faster".
 */
@Component(service = ProjectionMethod.class)
public final class GrowthRateMethod extends SingleSeriesMethod {

    @Override
    public String kind() {
        return "growth";
    }

    @Override
    public String label() {
        return "annual growth rate";
    }

    @Override
    public List<ParameterInfo> parameters() {
        return List.of(
                ParameterInfo.optional("rate", "growth rate in percent per year; when absent, the historical average over from-to", null),
                ParameterInfo.optional("from", "first year of the historical rate", "first known year"),
                ParameterInfo.optional("to", "last year of the historical rate", "last known year"),
                ParameterInfo.optional("factor", "multiplies the rate", "1"),
                ParameterInfo.optional("add", "percentage points added to the rate", "0"));
    }

    @Override
    public String summarize(RuleParameters p) {
        String base = p.has("rate") ? p.text("rate", "") + " %/a"
                : "historical rate " + p.text("from", "first") + "-" + p.text("to", "last");
        return "growth " + base + modifiers(p);
    }

    private static String modifiers(RuleParameters p) {
        return (p.has("factor") ? " x " + p.text("factor", "") : "") + (p.has("add") ? " + " + p.text("add", "") + " pp" : "");
    }

    @Override
    List<ProjectedValue> project(YearSeries known, RuleParameters p, int untilYear) throws ProjectionException {
        double rate;
        String basis;
        if (p.has("rate")) {
            rate = p.requireNumber("rate") / 100;
            basis = "";
        } else {
            YearSeries w = window(known, p, 2);
            rate = averageAnnualRate(w, p);
            basis = "historical average " + w.firstYear() + "-" + w.lastYear() + " " + pct(rate) + " %/a";
        }
        double factor = p.number("factor", 1);
        double add = p.number("add", 0) / 100;
        if (factor != 1 || add != 0) {
            String given = basis.isEmpty() ? "given " + pct(rate) + " %/a" : basis;
            basis = given + (factor != 1 ? " x " + num(factor) : "") + (add != 0 ? " + " + pct(add) + " pp" : "");
        }
        rate = rate * factor + add;
        if (rate <= -1) {
            throw p.problem("a growth rate of " + pct(rate) + " %/a would make the series negative");
        }
        int y0 = known.lastYear();
        double v0 = known.lastValue();
        String detail = "growth " + pct(rate) + " %/a from " + y0 + " value " + num(v0)
                + (basis.isEmpty() ? "" : " (" + basis + ")");
        List<ProjectedValue> out = new ArrayList<>();
        for (int y = y0 + 1; y <= untilYear; y++) {
            out.add(new ProjectedValue(y, v0 * Math.pow(1 + rate, y - y0), detail));
        }
        return out;
    }

    /** {@code (V_last / V_first)^(1 / years) - 1}; both ends must be positive. */
    static double averageAnnualRate(YearSeries w, RuleParameters p) throws ProjectionException {
        double first = w.value(w.firstYear());
        double last = w.lastValue();
        if (first <= 0 || last <= 0) {
            throw p.problem("the historical growth rate needs positive values in " + w.firstYear() + " and "
                    + w.lastYear() + ", got " + num(first) + " and " + num(last));
        }
        return Math.pow(last / first, 1.0 / (w.lastYear() - w.firstYear())) - 1;
    }
}
