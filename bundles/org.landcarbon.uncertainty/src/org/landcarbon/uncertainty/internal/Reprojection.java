package org.landcarbon.uncertainty.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.scenarios.ProjectedStudy;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.uncertainty.Distribution;
import org.landcarbon.uncertainty.SeriesPaths;

/**
 * Series values of a scenario per draw: the study's history with each uncertain series times its drawn multiplier,
 * then the scenario's rules and external values run on it, as {@link ScenarioProjector} does for the point. So a rule
 * that continues the history moves with the draw, a given value (a target, an external value) does not, and a
 * joint rule moves every series it projects. Projections are cached by the multipliers (the model's checks and
 * affine forms ask for few distinct ones). Thread-safe.
 */
public final class Reprojection implements SeriesPaths {

    private static final int CACHE = 4096;

    private final Study history;
    private final String scenario;
    private final ScenarioProjector projector;
    private final List<String> uncertain = new ArrayList<>();
    private final Map<String, Set<String>> drivers = new HashMap<>();
    private final Map<List<Double>, Map<String, Map<Integer, Double>>> cache = new ConcurrentHashMap<>();

    /**
     * @param study    the study before projection (its series with their uncertainty)
     * @param scenario one of its scenarios
     */
    public Reprojection(Study study, Scenario scenario, ScenarioProjector projector) throws ProjectionException {
        this.projector = projector;
        this.scenario = scenario.getName();
        // Only what the projector reads: series, reported values, the last year and the scenario.
        history = LandCarbonFactory.eINSTANCE.createStudy();
        history.setName(study.getName());
        history.setEndYear(study.getEndYear());
        history.getSeries().addAll(EcoreUtil.copyAll(study.getSeries()));
        history.getReportedValues().addAll(EcoreUtil.copyAll(study.getReportedValues()));
        history.getScenarios().add(EcoreUtil.copy(scenario));
        for (Series s : study.getSeries()) {
            if (s.getUncertainty() != null) {
                uncertain.add(s.getId());
            }
        }
        Map<String, Map<Integer, Double>> point = project(ones());
        // Which series each uncertain one moves: probe it at its 97.5 % multiplier.
        for (int i = 0; i < uncertain.size(); i++) {
            String u = uncertain.get(i);
            drivers.computeIfAbsent(u, k -> new LinkedHashSet<>()).add(u);
            List<Double> f = ones();
            Series s = study.getSeries().stream().filter(x -> u.equals(x.getId())).findFirst().orElseThrow();
            f.set(i, Distribution.of(s.getUncertainty(), 1, true).quantile(0.975));
            for (Map.Entry<String, Map<Integer, Double>> e : project(f).entrySet()) {
                if (!e.getValue().equals(point.get(e.getKey()))) {
                    drivers.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(u);
                }
            }
        }
    }

    @Override
    public Set<String> drivers(String seriesId) {
        return drivers.getOrDefault(seriesId, Set.of());
    }

    @Override
    public double value(String seriesId, int year, double point, Map<String, Double> factors) {
        List<Double> key = ones();
        for (int i = 0; i < uncertain.size(); i++) {
            Double f = factors.get(uncertain.get(i));
            if (f != null) {
                key.set(i, f);
            }
        }
        Map<String, Map<Integer, Double>> values = cache.get(key);
        if (values == null) {
            try {
                values = project(key);
            } catch (ProjectionException e) {
                throw new IllegalArgumentException("scenario '" + scenario + "' with the series multipliers " + describe(key)
                        + " drawn: " + e.getMessage(), e);
            }
            if (cache.size() >= CACHE) {
                cache.clear();
            }
            cache.put(key, values);
        }
        Double v = values.getOrDefault(seriesId, Map.of()).get(year);
        return v == null ? point : v;
    }

    private List<Double> ones() {
        List<Double> f = new ArrayList<>();
        uncertain.forEach(u -> f.add(1.0));
        return f;
    }

    private String describe(List<Double> key) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            parts.add(uncertain.get(i) + " x " + key.get(i));
        }
        return String.join(", ", parts);
    }

    /** The projected values of every series with the uncertain ones' history times their multipliers. */
    private Map<String, Map<Integer, Double>> project(List<Double> factors) throws ProjectionException {
        Study drawn;
        synchronized (history) {
            drawn = EcoreUtil.copy(history);
        }
        for (Series s : drawn.getSeries()) {
            int i = uncertain.indexOf(s.getId());
            if (i >= 0 && factors.get(i) != 1.0) {
                for (YearValue v : s.getValues()) {
                    v.setValue(v.getValue() * factors.get(i));
                }
            }
        }
        ProjectedStudy p = projector.project(drawn, drawn.getScenarios().get(0));
        Map<String, Map<Integer, Double>> out = new HashMap<>();
        for (Series s : p.study().getSeries()) {
            Map<Integer, Double> m = new HashMap<>();
            s.getValues().forEach(v -> m.put(v.getYear(), v.getValue()));
            out.put(s.getId(), m);
        }
        return out;
    }
}
