package org.landcarbon.scenarios;

import static org.landcarbon.scenarios.internal.Numbers.num;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProjectionRule;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.SeriesOverride;
import org.landcarbon.model.Study;
import org.landcarbon.model.text.Limits;
import org.landcarbon.model.YearValue;

/**
 * Extends a study to a scenario's horizon. Per series, the scenario's rules run in their order,
 * each from the year after the last known value (the history, then what earlier rules of the same
 * series projected) to its {@code until} parameter or the horizon. Then the scenario's series
 * overrides (values entered or imported from outside, e.g. PLUS/FLUS land demand) replace the
 * values of their years; a series with external values beyond its history and no rule for the
 * years between is interpolated linearly between them. The scenario's coefficient overrides
 * replace the study's entries of the same key.
 */
public final class ScenarioProjector {

    /** Quantities that cannot be negative: a rule that drives them below zero is refused, not clipped. */
    private static final Set<SeriesKind> NON_NEGATIVE = EnumSet.of(SeriesKind.LAND_AREA, SeriesKind.AGRICULTURAL_ACTIVITY,
            SeriesKind.ENERGY_INTENSITY, SeriesKind.GDP, SeriesKind.ENERGY_USE, SeriesKind.CROP_YIELD, SeriesKind.POPULATION);

    private static final String REPORTED = ProjectedStudy.REPORTED_PREFIX;

    private final ProjectionMethods methods;

    public ScenarioProjector(ProjectionMethods methods) {
        this.methods = methods;
    }

    /** The last year of the study's own data: its {@code endYear}, or the last year of any series. */
    public static int baseYear(Study study) {
        if (study.getEndYear() > 0) {
            return study.getEndYear();
        }
        int last = Integer.MIN_VALUE;
        for (Series s : study.getSeries()) {
            for (YearValue v : s.getValues()) {
                last = Math.max(last, v.getYear());
            }
        }
        for (ReportedValue r : study.getReportedValues()) {
            last = Math.max(last, r.getYear());
        }
        return last;
    }

    public ProjectedStudy project(Study study, Scenario scenario) throws ProjectionException {
        String name = scenario.getName();
        int base = baseYear(study);
        int horizon = scenario.getHorizonYear();
        if (horizon <= base) {
            throw new ProjectionException("scenario '" + name + "': horizon " + horizon
                    + " must come after the study's last year " + base);
        }
        if (horizon > base + Limits.MAX_HORIZON_YEARS || horizon > Limits.MAX_YEAR) {
            throw new ProjectionException("scenario '" + name + "': horizon " + horizon + " is beyond the limit of "
                    + Limits.MAX_HORIZON_YEARS + " years after the study's last year " + base + " (and the year " + Limits.MAX_YEAR + ")");
        }
        Study copy = EcoreUtil.copy(study);
        copy.getScenarios().clear();
        copy.setEndYear(horizon);

        Map<String, YearSeries> known = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, Series> seriesById = new LinkedHashMap<>();
        for (Series s : copy.getSeries()) {
            seriesById.put(s.getId(), s);
            known.put(s.getId(), toYearSeries(s.getValues()));
            units.put(s.getId(), s.getUnit() == null ? "" : s.getUnit());
        }
        for (ReportedValue r : copy.getReportedValues()) {
            String id = REPORTED + r.getComponent();
            TreeMap<Integer, Double> m = new TreeMap<>(known.getOrDefault(id, YearSeries.empty()).asMap());
            m.put(r.getYear(), r.getValue());
            known.put(id, YearSeries.of(m));
            units.putIfAbsent(id, r.getUnit() == null ? "" : r.getUnit());
        }
        Map<String, YearSeries> history = new LinkedHashMap<>(known);
        // External values inside the history change the baseline the rules start from.
        for (SeriesOverride o : scenario.getSeriesOverrides()) {
            YearSeries k = known.get(o.getSeriesId());
            if (k != null && !k.isEmpty()) {
                TreeMap<Integer, Double> m = new TreeMap<>(k.asMap());
                o.getValues().stream().filter(v -> v.getYear() <= k.lastYear()).forEach(v -> m.put(v.getYear(), v.getValue()));
                known.put(o.getSeriesId(), YearSeries.of(m));
            }
        }

        Map<String, List<ProjectedValue>> projected = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (ProjectionRule rule : scenario.getRules()) {
            applyRule(name, rule, known, units, horizon, projected, notes);
        }
        applyOverrides(name, scenario, known, history, projected, notes);

        Map<String, YearSeries> components = new LinkedHashMap<>();
        for (Map.Entry<String, List<ProjectedValue>> e : projected.entrySet()) {
            String id = e.getKey();
            checkNonNegative(name, id, seriesById.get(id), e.getValue());
            if (id.startsWith(REPORTED)) {
                String component = id.substring(REPORTED.length());
                components.put(component, known.get(id));
                writeProjectedComponent(copy, component, units.get(id), name, e.getValue());
            } else {
                writeProjected(seriesById.get(id), name, e.getValue());
            }
        }
        for (String id : seriesById.keySet()) {
            YearSeries k = known.get(id);
            if (!k.isEmpty() && k.lastYear() < horizon) {
                notes.add("series " + id + " is not projected beyond " + k.lastYear() + ": no rule of scenario '" + name
                        + "' covers " + (k.lastYear() + 1) + "-" + horizon);
            }
        }
        applyCoefficientOverrides(copy, scenario);
        return new ProjectedStudy(copy, scenario, base, projected, components, List.copyOf(notes));
    }

    private void applyRule(String scenarioName, ProjectionRule rule, Map<String, YearSeries> known,
            Map<String, String> units, int horizon, Map<String, List<ProjectedValue>> projected, List<String> notes)
            throws ProjectionException {
        RuleParameters p = RuleParameters.of(scenarioName, rule);
        if (rule.getSeriesId() == null || rule.getSeriesId().isBlank()) {
            throw p.problem("the rule names no series");
        }
        ProjectionMethod method = methods.find(rule.getKind()).orElseThrow(() -> p.problem("no projection rule '"
                + rule.getKind() + "' is installed; known: " + String.join(", ", methods.all().stream().map(ProjectionMethod::kind).toList())));
        List<String> ids = Arrays.stream(rule.getSeriesId().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String id : ids) {
            if (!known.containsKey(id)) {
                throw p.problem("the study has no series " + id
                        + (id.startsWith(REPORTED) ? " (no reported values of component " + id.substring(REPORTED.length()) + ")" : ""));
            }
        }
        int until = p.year("until", horizon);
        if (until > horizon) {
            notes.add(p.where() + ": until " + until + " is beyond the horizon " + horizon + "; projected to " + horizon);
            until = horizon;
        }
        Map<String, YearSeries> input = new LinkedHashMap<>();
        ids.forEach(id -> input.put(id, known.get(id)));
        Map<String, List<ProjectedValue>> result = method.project(new ProjectionRequest(ids, input, units, p, until));
        for (String id : ids) {
            List<ProjectedValue> values = result.getOrDefault(id, List.of());
            TreeMap<Integer, Double> m = new TreeMap<>(known.get(id).asMap());
            for (ProjectedValue v : values) {
                if (!Double.isFinite(v.value())) {
                    throw p.problem("produced " + v.value() + " for " + id + " in " + v.year());
                }
                m.put(v.year(), v.value());
            }
            known.put(id, YearSeries.of(m));
            projected.computeIfAbsent(id, k -> new ArrayList<>()).addAll(values);
        }
    }

    private static void applyOverrides(String scenarioName, Scenario scenario, Map<String, YearSeries> known,
            Map<String, YearSeries> history, Map<String, List<ProjectedValue>> projected, List<String> notes)
            throws ProjectionException {
        for (SeriesOverride o : scenario.getSeriesOverrides()) {
            String id = o.getSeriesId();
            if (!known.containsKey(id)) {
                throw new ProjectionException("scenario '" + scenarioName + "': external values for " + id
                        + ", a series the study does not have");
            }
            TreeMap<Integer, ProjectedValue> byYear = new TreeMap<>();
            for (ProjectedValue v : projected.getOrDefault(id, List.of())) {
                byYear.put(v.year(), v);
            }
            TreeMap<Integer, Double> values = new TreeMap<>(known.get(id).asMap());
            YearSeries hist = history.get(id);
            for (YearValue v : o.getValues()) {
                String source = v.getProvenanceDetail() == null || v.getProvenanceDetail().isBlank() ? "" : ": " + v.getProvenanceDetail();
                String kind = v.getProvenance() == null ? "ENTERED" : v.getProvenance().getName();
                byYear.put(v.getYear(), new ProjectedValue(v.getYear(), v.getValue(), "external value (" + kind + source + ")"));
                values.put(v.getYear(), v.getValue());
            }
            // Years between the history and the external values that no rule covered: linear between neighbours.
            int last = hist.isEmpty() ? Integer.MIN_VALUE : hist.lastYear();
            for (int y = last + 1; !hist.isEmpty() && y < values.lastKey(); y++) {
                if (values.containsKey(y)) {
                    continue;
                }
                int before = values.floorKey(y);
                int after = values.ceilingKey(y);
                double v = values.get(before) + (values.get(after) - values.get(before)) * (y - before) / (after - before);
                values.put(y, v);
                byYear.put(y, new ProjectedValue(y, v, "interpolated linearly between " + before + " value "
                        + num(values.get(before)) + " and " + after + " value " + num(values.get(after))));
            }
            known.put(id, YearSeries.of(values));
            projected.put(id, new ArrayList<>(byYear.values()));
        }
    }

    private static void checkNonNegative(String scenarioName, String id, Series series, List<ProjectedValue> values)
            throws ProjectionException {
        boolean mustBePositive = id.startsWith(REPORTED) ? !id.equals(REPORTED + "net")
                : series != null && NON_NEGATIVE.contains(series.getKind());
        if (!mustBePositive) {
            return;
        }
        for (ProjectedValue v : values) {
            if (v.value() < 0) {
                throw new ProjectionException("scenario '" + scenarioName + "': " + id + " would be " + num(v.value()) + " in "
                        + v.year() + " (" + v.detail() + "); it cannot be negative: choose another rule or parameters");
            }
        }
    }

    private static void writeProjected(Series series, String scenarioName, List<ProjectedValue> values) {
        Map<Integer, YearValue> existing = new TreeMap<>();
        for (YearValue v : series.getValues()) {
            existing.put(v.getYear(), v);
        }
        for (ProjectedValue p : values) {
            YearValue v = existing.get(p.year());
            if (v == null) {
                v = LandCarbonFactory.eINSTANCE.createYearValue();
                v.setYear(p.year());
                series.getValues().add(v);
            }
            v.setValue(p.value());
            v.setProvenance(ProvenanceKind.PROJECTED);
            v.setProvenanceDetail("scenario '" + scenarioName + "': " + p.detail());
        }
        // ECollections.sort moves elements; List.sort would set() and trip the containment list's uniqueness.
        ECollections.sort(series.getValues(), (a, b) -> Integer.compare(a.getYear(), b.getYear()));
    }

    /**
     * A projected component goes into the copy's reported values too, so that an account taking
     * that component from reported values finds every scenario year; its source says it was
     * projected, by which rule, so it is never mistaken for a published figure.
     */
    private static void writeProjectedComponent(Study copy, String component, String unit, String scenarioName,
            List<ProjectedValue> values) {
        for (ProjectedValue p : values) {
            copy.getReportedValues().removeIf(r -> component.equals(r.getComponent()) && r.getYear() == p.year());
            ReportedValue r = LandCarbonFactory.eINSTANCE.createReportedValue();
            r.setYear(p.year());
            r.setComponent(component);
            r.setValue(p.value());
            r.setUnit(unit);
            r.setSource("PROJECTED in scenario '" + scenarioName + "': " + p.detail());
            copy.getReportedValues().add(r);
        }
    }

    private static void applyCoefficientOverrides(Study copy, Scenario scenario) {
        for (Coefficient c : scenario.getCoefficientOverrides()) {
            copy.getCoefficientOverrides().removeIf(e -> e.getKey().equals(c.getKey()));
            Coefficient entry = EcoreUtil.copy(c);
            String source = entry.getSource() == null ? "" : entry.getSource();
            entry.setSource("scenario '" + scenario.getName() + "'" + (source.isEmpty() ? "" : ": " + source));
            copy.getCoefficientOverrides().add(entry);
        }
    }

    static YearSeries toYearSeries(List<YearValue> values) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (YearValue v : values) {
            m.put(v.getYear(), v.getValue());
        }
        return YearSeries.of(m);
    }
}
