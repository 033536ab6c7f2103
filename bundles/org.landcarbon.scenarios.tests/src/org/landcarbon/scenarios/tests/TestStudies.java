package org.landcarbon.scenarios.tests;

import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Parameter;
import org.landcarbon.model.ProjectionRule;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;

/** Small studies and scenarios built in code, with numbers a test can redo by hand. */
final class TestStudies {

    static final LandCarbonFactory F = LandCarbonFactory.eINSTANCE;

    private TestStudies() {
    }

    static Study study(int startYear, int endYear) {
        Study s = F.createStudy();
        s.setName("Test study");
        s.setStartYear(startYear);
        s.setEndYear(endYear);
        return s;
    }

    static Series series(Study study, String id, SeriesKind kind, String unit, int firstYear, double... values) {
        Series s = F.createSeries();
        s.setId(id);
        s.setKind(kind);
        s.setUnit(unit);
        for (int i = 0; i < values.length; i++) {
            YearValue v = F.createYearValue();
            v.setYear(firstYear + i);
            v.setValue(values[i]);
            v.setProvenance(ProvenanceKind.ENTERED);
            s.getValues().add(v);
        }
        study.getSeries().add(s);
        return s;
    }

    static void reported(Study study, String component, int firstYear, double... values) {
        for (int i = 0; i < values.length; i++) {
            ReportedValue r = F.createReportedValue();
            r.setYear(firstYear + i);
            r.setComponent(component);
            r.setValue(values[i]);
            r.setUnit("10^4 t C");
            r.setSource("test table");
            study.getReportedValues().add(r);
        }
    }

    static Scenario scenario(Study study, String name, int horizon) {
        Scenario sc = F.createScenario();
        sc.setName(name);
        sc.setHorizonYear(horizon);
        study.getScenarios().add(sc);
        return sc;
    }

    /** A rule; parameters as name, value pairs. */
    static ProjectionRule rule(Scenario scenario, String seriesId, String kind, String... nameValues) {
        ProjectionRule r = F.createProjectionRule();
        r.setSeriesId(seriesId);
        r.setKind(kind);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            Parameter p = F.createParameter();
            p.setName(nameValues[i]);
            p.setValue(nameValues[i + 1]);
            r.getParameters().add(p);
        }
        scenario.getRules().add(r);
        return r;
    }

    static double valueOf(Series s, int year) {
        return s.getValues().stream().filter(v -> v.getYear() == year).findFirst()
                .orElseThrow(() -> new AssertionError(s.getId() + " has no value for " + year)).getValue();
    }

    static YearValue yearValue(Series s, int year) {
        return s.getValues().stream().filter(v -> v.getYear() == year).findFirst()
                .orElseThrow(() -> new AssertionError(s.getId() + " has no value for " + year));
    }

    static Series seriesOf(Study s, String id) {
        return s.getSeries().stream().filter(x -> x.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + id));
    }
}
