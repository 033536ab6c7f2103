package org.landcarbon.scenarios;

import java.util.Collection;
import java.util.Set;
import java.util.TreeMap;

import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.CarbonRole;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.Parameter;
import org.landcarbon.model.ProjectionRule;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.scenarios.internal.rules.LinearTrendMethod;

/**
 * Builds the three usual scenarios from a study's own history. The result is a plain scenario
 * with one rule per series (and per reported component asked for), which the user then edits.
 *
 * <p>Every template starts from the trend of the base period {@code trendFrom}-{@code baseYear}:
 * <ul>
 * <li>natural development: a rising series continues its least-squares linear trend from its last
 * value; a falling one falls at its average annual rate (compound, so it never turns negative);</li>
 * <li>ecological protection: construction land (area and emission) at half its trend until
 * {@value #POLICY_YEAR} and held after (construction land stops expanding); sink-land areas that
 * were shrinking are held at their last value; forest area grows {@value #FOREST_GROWTH_PCT} %/a;
 * cropland area held (farmland protection); the rest as natural development;</li>
 * <li>economic development: construction land (area and emission) and rising GDP series at one
 * and a half times their trend; the rest as natural development.</li>
 * </ul>
 * The numbers (0.5, 1.5, {@value #POLICY_YEAR}, {@value #FOREST_GROWTH_PCT} %/a) are scenario
 * assumptions, written into the rules where the user sees and changes them; they are not data.
 */
public final class ScenarioTemplates {

    /** The year after which the ecological-protection template stops construction-land expansion. */
    public static final int POLICY_YEAR = 2030;
    /** Forest-area growth of the ecological-protection template, percent per year. */
    public static final String FOREST_GROWTH_PCT = "0.5";

    private static final Set<String> SINK_CLASSES = Set.of("garden", "forest", "grassland", "water", "unused");

    private ScenarioTemplates() {
    }

    /**
     * A scenario of {@code template} for {@code study} to {@code horizon}.
     *
     * @param trendFrom          first year of the base period whose trend the rules continue
     * @param reportedComponents components whose reported history is projected too (those the
     *                           account cannot compute from the study's data), e.g. {@code construction}
     */
    public static Scenario create(ScenarioTemplate template, Study study, int horizon, int trendFrom,
            Collection<String> reportedComponents) {
        int base = ScenarioProjector.baseYear(study);
        Scenario s = LandCarbonFactory.eINSTANCE.createScenario();
        s.setName(template.title());
        s.setHorizonYear(horizon);
        s.setDescription(template.title() + " from the " + trendFrom + "-" + base + " trends (template)");
        for (Series series : study.getSeries()) {
            YearSeries history = ScenarioProjector.toYearSeries(series.getValues()).between(trendFrom, base);
            if (history.size() < 2) {
                continue;
            }
            addRules(s, template, study, series.getId(), history, trendFrom, base, horizon);
        }
        for (String component : reportedComponents) {
            YearSeries history = reported(study, component).between(trendFrom, base);
            if (history.size() >= 2) {
                addRules(s, template, study, ProjectedStudy.REPORTED_PREFIX + component, history, trendFrom, base, horizon);
            }
        }
        return s;
    }

    private static void addRules(Scenario s, ScenarioTemplate template, Study study, String id, YearSeries history,
            int from, int to, int horizon) {
        boolean construction = id.equals("area.construction") || id.equals(ProjectedStudy.REPORTED_PREFIX + "construction");
        boolean sinkArea = id.startsWith("area.") && isSinkClass(study, id.substring("area.".length()));
        boolean rising = slope(history) >= 0;
        boolean gdp = study.getSeries().stream().anyMatch(x -> id.equals(x.getId()) && x.getKind() == SeriesKind.GDP);
        switch (template) {
        case ECOLOGICAL_PROTECTION -> {
            if (construction) {
                if (horizon <= POLICY_YEAR) {
                    rule(s, id, "linear_trend", "from", from, "to", to, "anchor", "last", "factor", "0.5");
                    return;
                }
                rule(s, id, "linear_trend", "from", from, "to", to, "anchor", "last", "factor", "0.5", "until", POLICY_YEAR);
                rule(s, id, "constant");
                return;
            }
            if (id.equals("area.forest")) {
                rule(s, id, "growth", "rate", FOREST_GROWTH_PCT);
                return;
            }
            if (id.equals("area.cropland") || (sinkArea && !rising)) {
                rule(s, id, "constant");
                return;
            }
        }
        case ECONOMIC_DEVELOPMENT -> {
            if (construction || (gdp && rising)) {
                rule(s, id, "linear_trend", "from", from, "to", to, "anchor", "last", "factor", "1.5");
                return;
            }
        }
        case NATURAL_DEVELOPMENT -> {
            // as below
        }
        }
        if (rising || !positive(history)) {
            rule(s, id, "linear_trend", "from", from, "to", to, "anchor", "last");
        } else {
            rule(s, id, "growth", "from", from, "to", to);
        }
    }

    /** A class the study marks as a sink, or, without roles, one of the seed's sink classes. */
    private static boolean isSinkClass(Study study, String classId) {
        if (study.getLandClassSystem() != null) {
            for (LandClass c : study.getLandClassSystem().getClasses()) {
                if (classId.equals(c.getId()) && c.eIsSet(c.eClass().getEStructuralFeature("role"))) {
                    return c.getRole() == CarbonRole.SINK;
                }
            }
        }
        return SINK_CLASSES.contains(classId);
    }

    private static boolean positive(YearSeries s) {
        return s.value(s.firstYear()) > 0 && s.lastValue() > 0;
    }

    private static double slope(YearSeries s) {
        return LinearTrendMethod.fit(s)[1];
    }

    static YearSeries reported(Study study, String component) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        study.getReportedValues().stream().filter(r -> component.equals(r.getComponent()))
                .forEach(r -> m.put(r.getYear(), r.getValue()));
        return YearSeries.of(m);
    }

    /** Adds a rule; parameters as name, value pairs (values of any type, written as text). */
    public static ProjectionRule rule(Scenario scenario, String seriesId, String kind, Object... nameValues) {
        ProjectionRule r = LandCarbonFactory.eINSTANCE.createProjectionRule();
        r.setSeriesId(seriesId);
        r.setKind(kind);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            Parameter p = LandCarbonFactory.eINSTANCE.createParameter();
            p.setName(String.valueOf(nameValues[i]));
            p.setValue(String.valueOf(nameValues[i + 1]));
            r.getParameters().add(p);
        }
        scenario.getRules().add(r);
        return r;
    }
}
