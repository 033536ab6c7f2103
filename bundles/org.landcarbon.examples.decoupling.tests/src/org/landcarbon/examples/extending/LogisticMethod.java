package org.landcarbon.examples.extending;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.landcarbon.scenarios.ParameterInfo;
import org.landcarbon.scenarios.ProjectedValue;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ProjectionMethod;
import org.landcarbon.scenarios.ProjectionRequest;
import org.landcarbon.scenarios.RuleParameters;
import org.landcarbon.scenarios.YearSeries;
import org.osgi.service.component.annotations.Component;

// docs/extending.md, "A projection rule": ExtendingExamplesTest keeps the guide and this file equal.
@Component(service = ProjectionMethod.class)
public final class LogisticMethod implements ProjectionMethod {
    public String kind() { return "logistic"; }
    public String label() { return "logistic growth to a ceiling"; }
    public List<ParameterInfo> parameters() {
        return List.of(ParameterInfo.required("ceiling", "the saturation level, above the last value"),
                ParameterInfo.required("rate", "the growth rate per year while far below the ceiling"));
    }
    public String summarize(RuleParameters p) {
        return "logistic to " + p.text("ceiling", "?") + " at rate " + p.text("rate", "?");
    }
    public Map<String, List<ProjectedValue>> project(ProjectionRequest r) throws ProjectionException {
        YearSeries known = r.single();
        double k = r.parameters().requireNumber("ceiling");
        double rate = r.parameters().requireNumber("rate");
        if (k <= known.lastValue()) {
            throw r.parameters().problem("ceiling " + k + " must be above the last value " + known.lastValue());
        }
        List<ProjectedValue> out = new ArrayList<>();
        double x = known.lastValue();
        for (int y = known.lastYear() + 1; y <= r.untilYear(); y++) {
            x = x + rate * x * (1 - x / k); // x(t+1) = x(t) + r x(t) (1 - x(t) / K)
            out.add(new ProjectedValue(y, x, "logistic, K " + k + ", r " + rate));
        }
        return Map.of(r.seriesIds().get(0), out);
    }
}
