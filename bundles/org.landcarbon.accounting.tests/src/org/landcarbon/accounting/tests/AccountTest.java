package org.landcarbon.accounting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.ComponentResult.Status;
import org.landcarbon.accounting.Figure;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.SeriesOverride;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;

/** Totals, indicators, units and missing data of an account (demo county, hand-calculated). */
class AccountTest {

    private static final double EPS = 1e-6;
    private static AccountingService service;

    // 2020 components by hand (see MethodsTest): sinks garden 3220, forest 12880, grassland 210, unused 10, water 654,
    // cropland 176587.5 -> 193561.5; sources construction 1495200, agricultural_land 17917.8 -> 1513117.8
    private static final double SINKS_2020 = 3220 + 12880 + 210 + 10 + 654 + 176587.5;
    private static final double SOURCES_2020 = 1_495_200 + 17_917.8;

    @BeforeAll
    static void service() throws Exception {
        service = Services.accounting();
    }

    @Test
    void table5ColumnOrder() throws Exception {
        Account a = service.account(DemoCounty.create(), AccountOptions.DEFAULT);
        assertEquals(List.of("garden", "forest", "grassland", "unused", "water", "cropland", "construction", "agricultural_land"),
                a.components());
        assertEquals(List.of(2020, 2021), a.years());
    }

    @Test
    void totalsNetSharesAndIndicators() throws Exception {
        Account a = service.account(DemoCounty.create(), AccountOptions.DEFAULT);
        assertEquals(SINKS_2020, a.value(2020, "sinks_total").value().in(Units.T_C), EPS);
        assertEquals(SOURCES_2020, a.value(2020, "sources_total").value().in(Units.T_C), EPS);
        double net = SOURCES_2020 - SINKS_2020; // 1 319 556.3
        assertEquals(1_319_556.3, net, EPS);
        assertEquals(net, a.value(2020, "net").value().in(Units.T_C), EPS);
        assertEquals(1_495_200 / SOURCES_2020, a.share(2020, "construction").value().value(), 1e-12);
        assertEquals(176_587.5 / SINKS_2020, a.share(2020, "cropland").value().value(), 1e-12);
        // GDP 30 + 100 + 150 = 280 x 10^8 yuan = 2 800 000 x 10^4 yuan: intensity 1 319 556.3 / 2 800 000 t C per 10^4 yuan
        assertEquals(net / 2_800_000, a.carbonIntensity(2020).value().in(Account.INTENSITY_UNIT), 1e-12);
        // population 50 x 10^4 = 500 000 persons
        assertEquals(net / 500_000, a.perCapita(2020).value().in(Account.PER_CAPITA_UNIT), 1e-12);
        assertEquals(SINKS_2020 / SOURCES_2020, a.compensation(2020).value().value(), 1e-12);
    }

    /** Six significant digits, integer digits never rounded away, no exponent; the display unit only when it differs. */
    @Test
    void trailNumbers() {
        assertEquals("792.096", Trail.number(792.0962732919255));
        assertEquals("5101100", Trail.number(-792.0962732919255 * 1e4 * -0.644));
        assertEquals("123456789", Trail.number(123_456_789.4));
        assertEquals("0.00008956", Trail.number(0.00008956));
        assertEquals("-391.03", Trail.number(-391.03));
        assertEquals("0", Trail.number(0));
        assertEquals("19320 t C = 1.932 10^4 t C", Trail.carbon(new Quantity(19_320, Units.T_C), Unit.parse("10^4 t C")));
        assertEquals("19320 t C", Trail.carbon(new Quantity(1.932, Unit.parse("10^4 t C")), Units.T_C));
        // 19 320 t C x 44/12 = 70 840 t CO2
        assertEquals("19320 t C = 70840 t CO2", Trail.carbon(new Quantity(19_320, Units.T_C), Units.T_CO2));
    }

    @Test
    void unitsOfOutput() throws Exception {
        Account a = service.account(DemoCounty.create(), AccountOptions.DEFAULT);
        Figure forest = a.value(2020, "forest");
        assertEquals(1.288, Account.express(forest.value(), Unit.parse("10^4 t C")).value(), 1e-12);
        assertEquals(0.01288, Account.express(forest.value(), Unit.parse("Mt C")).value(), 1e-12);
        // CO2 explicitly: 12 880 t C x 44/12 = 47 226.666... t CO2
        assertEquals(12_880 * 44.0 / 12.0, Account.express(forest.value(), Unit.parse("t CO2")).value(), 1e-6);
        assertEquals(12_880 * 44.0 / 12.0 / 1e4, Account.express(forest.value(), Unit.parse("10^4 t CO2")).value(), 1e-10);
    }

    @Test
    void missingInputMakesTheComponentMissingNeverZero() throws Exception {
        Study s = DemoCounty.create();
        DemoCounty.find(s, "activity.plastic_film").getValues().removeIf(v -> v.getYear() == 2021);
        Account a = service.account(s, AccountOptions.DEFAULT);
        assertEquals(Status.MISSING, a.result(2021, "agricultural_land").status());
        assertTrue(a.result(2021, "agricultural_land").reason().contains("activity.plastic_film"), a.result(2021, "agricultural_land").reason());
        assertFalse(a.value(2021, "sources_total").isPresent());
        assertFalse(a.value(2021, "net").isPresent());
        assertTrue(a.value(2021, "net").reason().contains("agricultural_land"), a.value(2021, "net").reason());
        assertFalse(a.carbonIntensity(2021).isPresent());
        // the other year is unaffected
        assertTrue(a.value(2020, "net").isPresent());
    }

    @Test
    void missingCoefficientIsNamed() throws Exception {
        Study s = DemoCounty.create();
        DemoCounty.choose(s, "construction", "construction.fuel"); // the seed set has no fuel factors
        Account a = service.account(s, AccountOptions.DEFAULT);
        assertEquals(Status.MISSING, a.result(2020, "construction").status());
        assertTrue(a.result(2020, "construction").reason().contains("fuel.natural_gas.factor"), a.result(2020, "construction").reason());
    }

    @Test
    void unknownSetAndScenarioAreRefusedWithTheChoices() throws Exception {
        AccountingException e = assertThrows(AccountingException.class,
                () -> service.account(DemoCounty.create(), new AccountOptions(null, "no-such-set")));
        assertTrue(e.getMessage().contains("seed-guizhou"), e.getMessage());
        e = assertThrows(AccountingException.class, () -> service.account(DemoCounty.create(), new AccountOptions("nope", null)));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void scenarioOverridesSeriesAndCoefficients() throws Exception {
        Study s = DemoCounty.create();
        Scenario sc = DemoCounty.F.createScenario();
        sc.setName("more forest");
        SeriesOverride o = DemoCounty.F.createSeriesOverride();
        o.setSeriesId("area.forest");
        o.getValues().add(DemoCounty.value(2020, 3.0));
        o.getValues().add(DemoCounty.value(2030, 4.0));
        sc.getSeriesOverrides().add(o);
        sc.getCoefficientOverrides().add(DemoCounty.coefficient("sink.water", -0.253, "t C / (hm2 a)", "scenario test value"));
        s.getScenarios().add(sc);
        Account a = service.account(s, new AccountOptions("more forest", null));
        // 3.0 x 10^4 hm2 x 0.644 = 19 320 t C; water 3000 hm2 x 0.253 = 759 t C
        assertEquals(19_320, a.value(2020, "forest").value().in(Units.T_C), EPS);
        assertEquals(759, a.value(2020, "water").value().in(Units.T_C), EPS);
        assertEquals("scenario more forest", a.result(2020, "water").trail().coefficients().get(0).origin());
        assertEquals("more forest", a.result(2020, "forest").trail().inputs().get(0).scenario());
        // 2030 is added by the scenario; forest computable, the rest missing for lack of data
        assertTrue(a.years().contains(2030));
        assertEquals(40_000 * 0.644, a.value(2030, "forest").value().in(Units.T_C), EPS);
        assertEquals(Status.MISSING, a.result(2030, "garden").status());
        // without the scenario, the study's own values
        assertEquals(12_880, service.account(s, AccountOptions.DEFAULT).value(2020, "forest").value().in(Units.T_C), EPS);
    }
}
