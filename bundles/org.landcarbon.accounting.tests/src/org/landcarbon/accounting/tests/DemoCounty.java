package org.landcarbon.accounting.tests;

import org.landcarbon.model.Coefficient;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.LandClassSystem;
import org.landcarbon.model.MethodChoice;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;

/**
 * A small made-up county (years 2020 and 2021) whose numbers are chosen so that every method can be checked
 * by hand; the hand calculations are written out in the tests.
 */
final class DemoCounty {

    static final LandCarbonFactory F = LandCarbonFactory.eINSTANCE;

    private DemoCounty() {
    }

    static Study create() {
        Study s = F.createStudy();
        s.setName("Demo county (synthetic)");
        s.setSynthetic(true);
        s.setStartYear(2020);
        s.setEndYear(2021);
        s.setCoefficientSetId("seed-guizhou");
        LandClassSystem system = F.createLandClassSystem();
        system.setId("seed");
        for (String id : new String[] { "cropland", "garden", "forest", "grassland", "water", "unused", "construction" }) {
            LandClass c = F.createLandClass();
            c.setId(id);
            system.getClasses().add(c);
        }
        s.setLandClassSystem(system);
        series(s, "area.forest", "10^4 hm2", 2.0, 2.1);
        series(s, "area.garden", "10^4 hm2", 0.5, 0.5);
        series(s, "area.grassland", "10^4 hm2", 1.0, 0.9);
        series(s, "area.water", "10^4 hm2", 0.3, 0.3);
        series(s, "area.unused", "10^4 hm2", 0.2, 0.2);
        series(s, "area.cropland", "10^4 hm2", 5.0, 5.0);
        series(s, "area.construction", "10^4 hm2", 1.0, 1.1);
        series(s, "activity.fertilizer", "t", 10000, 9000);
        series(s, "activity.sown_area", "hm2", 60000, 60000);
        series(s, "activity.machinery_power", "kW", 300000, 310000);
        series(s, "activity.irrigated_area", "hm2", 20000, 20000);
        series(s, "activity.plastic_film", "kg", 500000, 480000);
        series(s, "energy_intensity", "t standard coal / 10^4 yuan", 0.8, 0.75);
        series(s, "gdp.primary", "10^8 yuan", 30, 32);
        series(s, "gdp.secondary", "10^8 yuan", 100, 110);
        series(s, "gdp.tertiary", "10^8 yuan", 150, 170);
        series(s, "energy.raw_coal", "10^4 t", 100, 95);
        series(s, "energy.natural_gas", "10^8 m3", 2, 2.2);
        series(s, "yield.rice", "t", 100000, 98000);
        series(s, "yield.maize", "t", 50000, 52000);
        series(s, "population", "10^4 persons", 50, 50.5);
        reported(s, 2020, "forest", 1.29, "10^4 t C");
        reported(s, 2020, "construction", 150.0, "10^4 t C");
        return s;
    }

    static Series series(Study s, String id, String unit, double v2020, double v2021) {
        Series series = F.createSeries();
        series.setId(id);
        series.setUnit(unit);
        series.getValues().add(value(2020, v2020));
        series.getValues().add(value(2021, v2021));
        s.getSeries().add(series);
        return series;
    }

    static YearValue value(int year, double v) {
        YearValue y = F.createYearValue();
        y.setYear(year);
        y.setValue(v);
        y.setProvenance(ProvenanceKind.ENTERED);
        y.setProvenanceDetail("demo county, made up for tests");
        return y;
    }

    static Series find(Study s, String id) {
        return s.getSeries().stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow();
    }

    static void reported(Study s, int year, String component, double value, String unit) {
        ReportedValue r = F.createReportedValue();
        r.setYear(year);
        r.setComponent(component);
        r.setValue(value);
        r.setUnit(unit);
        r.setSource("demo report, made up for tests");
        s.getReportedValues().add(r);
    }

    static void choose(Study s, String component, String methodId) {
        MethodChoice c = F.createMethodChoice();
        c.setComponent(component);
        c.setMethodId(methodId);
        s.getMethodChoices().add(c);
    }

    static Coefficient coefficient(String key, double value, String unit, String source) {
        Coefficient c = F.createCoefficient();
        c.setKey(key);
        c.setValue(value);
        c.setUnit(unit);
        c.setSource(source);
        return c;
    }
}
