package org.landcarbon.scenarios.internal.rules;

import static org.landcarbon.scenarios.internal.Numbers.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.landcarbon.scenarios.ParameterInfo;
import org.landcarbon.scenarios.ProjectedValue;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ProjectionMethod;
import org.landcarbon.scenarios.RuleParameters;
import org.landcarbon.scenarios.YearSeries;
import org.osgi.service.component.annotations.Component;

/**
 * {@code linear_trend}: the least-squares line {@code v = a + b * year} through the known values
 * of {@code from}-{@code to}, extrapolated ({@code anchor=line}), or its slope continued from the
 * last known value ({@code anchor=last}, no jump at the seam). {@code factor} scales the slope.
 */
@Component(service = ProjectionMethod.class)
public final class LinearTrendMethod extends SingleSeriesMethod {

    @Override
    public String kind() {
        return "linear_trend";
    }

    @Override
    public String label() {
        return "linear trend (least squares)";
    }

    @Override
    public List<ParameterInfo> parameters() {
        return List.of(
                ParameterInfo.optional("from", "first year of the fit", "first known year"),
                ParameterInfo.optional("to", "last year of the fit", "last known year"),
                ParameterInfo.optional("anchor", "line (extrapolate the fitted line) or last (its slope from the last known value)", "line"),
                ParameterInfo.optional("factor", "multiplies the slope", "1"));
    }

    @Override
    public String summarize(RuleParameters p) {
        return "linear trend " + p.text("from", "first") + "-" + p.text("to", "last")
                + ("last".equals(p.text("anchor", "line")) ? " from the last value" : "")
                + (p.has("factor") ? ", slope x " + p.text("factor", "") : "");
    }

    /** Least squares {@code [a, b]} of {@code v = a + b * year}. */
    public static double[] fit(YearSeries w) {
        int n = w.size();
        double mx = 0;
        double my = 0;
        for (Map.Entry<Integer, Double> e : w.asMap().entrySet()) {
            mx += e.getKey();
            my += e.getValue();
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (Map.Entry<Integer, Double> e : w.asMap().entrySet()) {
            double dx = e.getKey() - mx;
            sxy += dx * (e.getValue() - my);
            sxx += dx * dx;
        }
        double b = sxy / sxx;
        return new double[] { my - b * mx, b };
    }

    @Override
    List<ProjectedValue> project(YearSeries known, RuleParameters p, int untilYear) throws ProjectionException {
        YearSeries w = window(known, p, 2);
        double[] ab = fit(w);
        double factor = p.number("factor", 1);
        double slope = ab[1] * factor;
        String anchor = p.text("anchor", "line");
        int y0 = known.lastYear();
        String fit = "least squares " + w.firstYear() + "-" + w.lastYear() + ", slope " + num(ab[1]) + "/a"
                + (factor != 1 ? " x " + num(factor) : "");
        List<ProjectedValue> out = new ArrayList<>();
        switch (anchor) {
        case "line" -> {
            // The fitted line at the last known year, so the extrapolation reads v(y0) + slope * (y - y0).
            double atY0 = ab[0] + ab[1] * y0;
            String detail = "linear trend (" + fit + "): " + num(atY0) + " in " + y0 + " on the line";
            for (int y = y0 + 1; y <= untilYear; y++) {
                out.add(new ProjectedValue(y, atY0 + slope * (y - y0), detail));
            }
        }
        case "last" -> {
            double v0 = known.lastValue();
            String detail = "linear trend (" + fit + ") from " + y0 + " value " + num(v0);
            for (int y = y0 + 1; y <= untilYear; y++) {
                out.add(new ProjectedValue(y, v0 + slope * (y - y0), detail));
            }
        }
        default -> throw p.problem("parameter 'anchor' must be line or last, got '" + anchor + "'");
        }
        return out;
    }
}
