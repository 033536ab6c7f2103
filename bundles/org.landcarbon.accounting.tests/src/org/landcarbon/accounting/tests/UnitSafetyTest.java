package org.landcarbon.accounting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.ComponentResult;
import org.landcarbon.accounting.ComponentResult.Status;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Units;

/** Wrong or mixed units are converted correctly when they can be, and refused with a message when they cannot. */
class UnitSafetyTest {

    private static AccountingService service;

    @BeforeAll
    static void service() throws Exception {
        service = Services.accounting();
    }

    @Test
    void coefficientPerKm2IsConvertedForAreaInHm2() throws Exception {
        Study s = DemoCounty.create();
        // a tillage-style coefficient per km2 applied to the sown area in hm2: 60 000 hm2 = 600 km2 x 312.6 kg C/km2 = 187 560 kg C
        s.getCoefficientOverrides().add(DemoCounty.coefficient("agri.sown_area", 312.6, "kg C / km2", "test value"));
        Account a = service.account(s, AccountOptions.DEFAULT);
        // agricultural land 2020 = 17 917.8 t - 988.2 t (sown area at 16.47 kg/hm2) + 187.56 t
        assertEquals(17_917.8 - 988.2 + 187.56, a.value(2020, "agricultural_land").value().in(Units.T_C), 1e-6);
    }

    @Test
    void coefficientInCo2IsRefusedNotMixedWithCarbon() throws Exception {
        Study s = DemoCounty.create();
        s.getCoefficientOverrides().add(DemoCounty.coefficient("sink.forest", -2.36, "t CO2 / (hm2 a)", "test value"));
        Account a = service.account(s, AccountOptions.DEFAULT);
        ComponentResult r = a.result(2020, "forest");
        assertEquals(Status.INVALID, r.status());
        assertTrue(r.reason().contains("sink.forest") && r.reason().contains("CO2") && r.reason().contains("not an amount of carbon"),
                r.reason());
        assertFalse(a.value(2020, "sinks_total").isPresent());
    }

    @Test
    void areaUnitIsHonoured() throws Exception {
        Study s = DemoCounty.create();
        DemoCounty.find(s, "area.forest").setUnit("hm2"); // now 2.0 hm2, not 2.0 x 10^4 hm2
        Account a = service.account(s, AccountOptions.DEFAULT);
        // 2.0 hm2 x 0.644 = 1.288 t C (ten thousand times less than with 10^4 hm2)
        assertEquals(1.288, a.value(2020, "forest").value().in(Units.T_C), 1e-9);
    }

    @Test
    void seriesWithoutUnitIsRefused() throws Exception {
        Study s = DemoCounty.create();
        DemoCounty.find(s, "area.forest").setUnit(null);
        Account a = service.account(s, AccountOptions.DEFAULT);
        ComponentResult r = a.result(2020, "forest");
        assertEquals(Status.INVALID, r.status());
        assertTrue(r.reason().contains("area.forest has no unit"), r.reason());
    }

    @Test
    void areaGivenWhereMassIsExpectedIsRefused() throws Exception {
        Study s = DemoCounty.create();
        DemoCounty.find(s, "activity.fertilizer").setUnit("hm2");
        Account a = service.account(s, AccountOptions.DEFAULT);
        ComponentResult r = a.result(2020, "agricultural_land");
        assertEquals(Status.INVALID, r.status());
        assertTrue(r.reason().contains("activity.fertilizer") && r.reason().contains("agri.fertilizer"), r.reason());
    }

    @Test
    void reportedCo2IsConvertedExplicitly() throws Exception {
        Study s = DemoCounty.create();
        DemoCounty.reported(s, 2021, "forest", 4.4, "10^4 t CO2");
        DemoCounty.choose(s, "forest", "reported");
        Account a = service.account(s, AccountOptions.DEFAULT);
        // 4.4 x 10^4 t CO2 x 12/44 = 1.2 x 10^4 t C
        assertEquals(12_000, a.value(2021, "forest").value().in(Units.T_C), 1e-6);
    }
}
