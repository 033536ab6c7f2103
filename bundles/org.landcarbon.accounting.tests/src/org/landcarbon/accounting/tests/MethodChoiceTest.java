package org.landcarbon.accounting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.accounting.ComponentResult.Status;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.units.Units;

/**
 * Direct-area source coefficients, the choice of a method by the inputs a study has, components that do not
 * apply, years that are not contiguous, and density units refused by account exactly where validate flags them.
 */
class MethodChoiceTest {

    private static final double EPS = 1e-6;
    private static AccountingService service;

    @BeforeAll
    static void service() throws Exception {
        service = Services.accounting();
    }

    /** Areas only (as a paper's stock table gives), no energy, activity or yield series. */
    private static Study areasOnly() {
        Study s = DemoCounty.create();
        s.getSeries().removeIf(x -> !x.getId().startsWith("area."));
        s.getReportedValues().clear();
        return s;
    }

    @Test
    void constructionLandCoefficientPerAreaIsASource() throws Exception {
        Study s = areasOnly();
        // made-up test coefficient: 50 t C / (hm2 a); 2020 construction 1.0 x 10^4 hm2 -> 10 000 hm2 x 50 = 500 000 t C
        s.getCoefficientOverrides().add(DemoCounty.coefficient("source.construction", 50, "t C / (hm2 a)", "test value"));
        Account a = service.account(s, AccountOptions.DEFAULT);
        assertEquals(ComponentKind.SOURCE, a.kind("construction"));
        assertEquals("source.area", a.result(2020, "construction").methodId());
        assertEquals(500_000, a.value(2020, "construction").value().in(Units.T_C), EPS);
        // 2021: 1.1 x 10^4 hm2 x 50 = 550 000 t C
        assertEquals(550_000, a.value(2021, "construction").value().in(Units.T_C), EPS);
        List<String> steps = a.result(2020, "construction").trail().steps();
        assertEquals("area.construction 1 10^4 hm2 x source.construction 50 t C / (hm2 a) = 500000 t C = 50 10^4 t C (positive = emission)",
                steps.get(0));
        // the energy-intensity method was passed over, and the trail and the notes say why
        assertTrue(steps.get(steps.size() - 1).contains("not construction.energy_intensity: the study has no series energy_intensity"),
                steps.toString());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("method for construction: source.area (")), a.notes().toString());
    }

    @Test
    void croplandWithAnAreaCoefficientAndNoYieldsUsesTheAreaCoefficient() throws Exception {
        Study s = areasOnly();
        s.getCoefficientOverrides().add(DemoCounty.coefficient("sink.cropland", -0.007, "t C / (hm2 a)", "test value"));
        Account a = service.account(s, AccountOptions.DEFAULT);
        assertEquals("sink.area", a.result(2020, "cropland").methodId());
        // 5.0 x 10^4 hm2 x 0.007 = 350 t C absorbed
        assertEquals(350, a.value(2020, "cropland").value().in(Units.T_C), EPS);
        String why = a.notes().stream().filter(n -> n.startsWith("method for cropland")).findFirst().orElseThrow();
        assertTrue(why.contains("not cropland.crop_absorption: the study has no yield.<crop> series"), why);
    }

    @Test
    void withYieldsCropAbsorptionStaysTheDefaultAndTheAreaCoefficientIsNamed() throws Exception {
        Study s = DemoCounty.create();
        s.getCoefficientOverrides().add(DemoCounty.coefficient("sink.cropland", -0.007, "t C / (hm2 a)", "test value"));
        Account a = service.account(s, AccountOptions.DEFAULT);
        assertEquals("cropland.crop_absorption", a.result(2020, "cropland").methodId());
        String why = a.notes().stream().filter(n -> n.startsWith("method for cropland")).findFirst().orElseThrow();
        assertTrue(why.contains("sink.area is also possible (set-method cropland sink.area)"), why);
    }

    @Test
    void componentsThatDoNotApplyLetTheTotalsPrint() throws Exception {
        Study s = areasOnly();
        Account before = service.account(s, AccountOptions.DEFAULT);
        assertFalse(before.value(2020, "net").isPresent(), "no source data: net is missing");
        s.getNotApplicable().add("construction");
        Account a = service.account(s, new AccountOptions(null, null, Set.of("agricultural_land", "cropland", "transport")));
        assertEquals(Status.NOT_APPLICABLE, a.result(2020, "construction").status());
        assertEquals(Status.NOT_APPLICABLE, a.result(2020, "agricultural_land").status());
        // sinks: garden 0.5 x 0.644 = 3220, forest 2.0 x 0.644 = 12880, grassland 1.0 x 0.021 = 210, water 0.3 x 0.218 = 654,
        // unused 0.2 x 0.005 = 10 (t C, 10^4 hm2 x t C / hm2); cropland not applicable -> 16974; no source applies -> 0
        assertEquals(16_974, a.value(2020, "sinks_total").value().in(Units.T_C), EPS);
        assertEquals(0, a.value(2020, "sources_total").value().in(Units.T_C), EPS);
        assertEquals(-16_974, a.value(2020, "net").value().in(Units.T_C), EPS);
        assertFalse(a.share(2020, "construction").isPresent());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("transport is declared not applicable; no method offers it")), a.notes().toString());
    }

    @Test
    void fiveYearlyStudiesListOnlyTheirYears() throws Exception {
        Study s = areasOnly();
        s.setStartYear(2000);
        s.setEndYear(2010);
        s.getSeries().forEach(x -> x.getValues().forEach(v -> v.setYear(v.getYear() == 2020 ? 2005 : 2010)));
        for (var x : s.getSeries()) {
            YearValue v = DemoCounty.value(2000, x.getValues().get(0).getValue());
            x.getValues().add(0, v);
        }
        Account a = service.account(s, AccountOptions.DEFAULT);
        assertEquals(List.of(2000, 2005, 2010), a.years());
        assertTrue(a.notes().contains("years without any data are not listed: 2001-2004, 2006-2009"), a.notes().toString());
    }

    @Test
    void cropCarbonRatesAsMassFractionsPassBothValidateAndAccount() throws Exception {
        Study s = DemoCounty.create();
        s.getCoefficientOverrides().add(DemoCounty.coefficient("crop.carbon_rate.rice", 0.4144, "t C / t", "seed Table 3"));
        assertFalse(errorsAbout(s, "crop.carbon_rate.rice"), "t C / t is carbon per dry matter: validate accepts it");
        assertEquals(Status.COMPUTED, service.account(s, AccountOptions.DEFAULT).result(2020, "cropland").status());
        s.getCoefficientOverrides().get(0).setUnit("t C / hm2");
        assertTrue(errorsAbout(s, "crop.carbon_rate.rice"), "a density is not a mass fraction");
        assertEquals(Status.INVALID, service.account(s, AccountOptions.DEFAULT).result(2020, "cropland").status());
    }

    private static boolean errorsAbout(Study s, String key) {
        return Diagnostician.INSTANCE.validate(s).getChildren().stream()
                .anyMatch(c -> c.getSeverity() == Diagnostic.ERROR && c.getMessage().contains(key));
    }

    @Test
    void aDensityWhereARateBelongsIsRefusedByAccountAsByValidate() throws Exception {
        Study s = areasOnly();
        s.getCoefficientOverrides().add(DemoCounty.coefficient("sink.forest", -150, "t C / hm2", "a stock density, not a rate"));
        Diagnostic d = Diagnostician.INSTANCE.validate(s);
        assertTrue(d.getChildren().stream().anyMatch(c -> c.getSeverity() == Diagnostic.ERROR && c.getMessage().contains("sink.forest")),
                "validate flags it");
        Account a = service.account(s, AccountOptions.DEFAULT);
        assertEquals(Status.INVALID, a.result(2020, "forest").status());
        assertNull(a.result(2020, "forest").value());
        assertEquals("coefficient sink.forest (study override): the unit t C / hm2 (carbon / area) does not fit this coefficient, which needs "
                + "carbon / (area time)", a.result(2020, "forest").reason());
    }
}
