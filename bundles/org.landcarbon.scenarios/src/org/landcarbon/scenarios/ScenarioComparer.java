package org.landcarbon.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;

/** Projects scenarios, runs the account for every year and computes key figures and comparisons. */
public final class ScenarioComparer {

    /** A scenario of a study: comparisons may mix studies. */
    public record ScenarioRef(Study study, Scenario scenario) {
    }

    private final ScenarioProjector projector;
    private final ScenarioAccounting accounting;

    public ScenarioComparer(ScenarioProjector projector, ScenarioAccounting accounting) {
        this.projector = projector;
        this.accounting = accounting;
    }

    /** Compares scenarios; {@code reference} is the label of the reference, or null for the first. */
    public Comparison compare(List<ScenarioRef> scenarios, String reference, ComparisonSettings settings) throws Exception {
        Set<Study> studies = new HashSet<>();
        scenarios.forEach(s -> studies.add(s.study()));
        boolean acrossStudies = studies.size() > 1;
        List<ScenarioResult> results = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (ScenarioRef ref : scenarios) {
            String label = acrossStudies ? ref.study().getName() + " / " + ref.scenario().getName() : ref.scenario().getName();
            if (!labels.add(label)) {
                throw new IllegalArgumentException("scenario '" + label + "' is listed twice");
            }
            results.add(evaluate(label, ref.study(), ref.scenario(), settings));
        }
        int index = 0;
        if (reference != null) {
            index = -1;
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).label().equals(reference)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException("the reference '" + reference + "' is not among the compared scenarios");
            }
        }
        return new Comparison(results, index, settings);
    }

    /** The comparison after {@code changed} was edited: only that scenario is projected and accounted again. */
    public Comparison recompute(Comparison comparison, Scenario changed) throws Exception {
        Comparison updated = comparison;
        for (ScenarioResult r : comparison.results()) {
            if (r.scenario() == changed) {
                updated = updated.with(evaluate(r.label(), r.study(), changed, comparison.settings()));
            }
        }
        return updated;
    }

    public ScenarioResult evaluate(String label, Study study, Scenario scenario, ComparisonSettings settings) throws Exception {
        ProjectedStudy projection = projector.project(study, scenario);
        AccountPath account = accounting.account(projection);
        YearSeries gdp = gdp(projection.study());
        return new ScenarioResult(label, study, scenario, projection, account, gdp, figures(account.net(), gdp, settings));
    }

    /** Peak, cumulative sum, the year it stays below the threshold and decoupling per period. */
    public static KeyFigures figures(YearSeries net, YearSeries gdp, ComparisonSettings s) {
        Double cumulative = null;
        if (!net.isEmpty() && net.firstYear() <= s.cumulativeFrom() && net.lastYear() >= s.cumulativeTo()) {
            try {
                cumulative = KeyFigures.cumulative(net, s.cumulativeFrom(), s.cumulativeTo());
            } catch (IllegalArgumentException gap) {
                cumulative = null;
            }
        }
        return new KeyFigures(Peak.of(net), s.cumulativeFrom(), s.cumulativeTo(), cumulative, s.threshold(),
                KeyFigures.firstYearStayingBelow(net, s.threshold()), decoupling(net, gdp, s.decouplingStep()));
    }

    /**
     * Decoupling over periods that end on multiples of {@code step} (2005-2010, 2010-2015, ...), the
     * first starting at the first year with both net emission and GDP, the last ending at the last.
     */
    public static List<DecouplingPeriod> decoupling(YearSeries net, YearSeries gdp, int step) {
        YearSeries both = net.combine(gdp, (a, b) -> a);
        List<DecouplingPeriod> out = new ArrayList<>();
        if (both.size() < 2) {
            return out;
        }
        List<Integer> bounds = new ArrayList<>();
        bounds.add(both.firstYear());
        for (int y = both.firstYear() + 1; y < both.lastYear(); y++) {
            if (y % step == 0 && both.has(y)) {
                bounds.add(y);
            }
        }
        bounds.add(both.lastYear());
        for (int i = 0; i + 1 < bounds.size(); i++) {
            int a = bounds.get(i);
            int b = bounds.get(i + 1);
            out.add(DecouplingPeriod.of(a, b, net.value(a), net.value(b), gdp.value(a), gdp.value(b)));
        }
        return out;
    }

    /**
     * Total GDP per year: the sum of the study's GDP series (by sector) over the years all of them
     * have; empty when the study has none.
     */
    public static YearSeries gdp(Study study) {
        List<Series> sectors = study.getSeries().stream().filter(s -> s.getKind() == SeriesKind.GDP).toList();
        if (sectors.isEmpty()) {
            return YearSeries.empty();
        }
        YearSeries total = null;
        for (Series s : sectors) {
            Map<Integer, Double> m = new TreeMap<>();
            for (YearValue v : s.getValues()) {
                m.put(v.getYear(), v.getValue());
            }
            YearSeries ys = YearSeries.of(m);
            total = total == null ? ys : total.combine(ys, Double::sum);
        }
        return total;
    }
}
