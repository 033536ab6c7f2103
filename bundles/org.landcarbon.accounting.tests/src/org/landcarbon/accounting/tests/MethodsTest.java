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

/** Every built-in method on the demo county against a hand calculation written out here. Tolerance 1e-6 t C. */
class MethodsTest {

    private static final double EPS = 1e-6;
    private static AccountingService service;

    @BeforeAll
    static void service() throws Exception {
        service = Services.accounting();
    }

    private static double tc(Account account, int year, String component) {
        ComponentResult r = account.result(year, component);
        assertTrue(r.hasValue(), component + " " + year + ": " + r.status() + " " + r.reason());
        return r.value().in(Units.T_C);
    }

    /** A component of the demo county in t C for its two years, 2020 and 2021, and the method that computed it. */
    private static void assertDemoYears(Account a, String component, String methodId, double tc2020, double tc2021) {
        assertEquals(tc2020, tc(a, 2020, component), EPS);
        assertEquals(tc2021, tc(a, 2021, component), EPS);
        assertEquals(methodId, a.result(2020, component).methodId());
    }

    @Test
    void everyBuiltInMethodIsRegistered() {
        for (String id : new String[] { "agricultural_land.inputs", "construction.energy_intensity", "construction.fuel", "sink.area",
                "cropland.crop_absorption", "reported" }) {
            assertTrue(service.method(id).isPresent(), id);
        }
    }

    @Test
    void agriculturalInputs() throws Exception {
        Account a = service.account(DemoCounty.create(), AccountOptions.DEFAULT);
        // 2020: fertilizer 10000 t x 895.6 kg C/t = 8 956 000 kg; sown area 60000 hm2 x 16.47 = 988 200 kg;
        // machinery 300000 kW x 0.18 = 54 000 kg; irrigated 20000 hm2 x 266.48 = 5 329 600 kg; film 500000 kg x 5.18 = 2 590 000 kg
        // sum 17 917 800 kg C = 17 917.8 t C
        // 2021: 9000 x 895.6 = 8 060 400; 988 200; 310000 x 0.18 = 55 800; 5 329 600; 480000 x 5.18 = 2 486 400 -> 16 920.4 t C
        assertDemoYears(a, "agricultural_land", "agricultural_land.inputs", 17917.8, 16920.4);
    }

    @Test
    void constructionByEnergyIntensity() throws Exception {
        Account a = service.account(DemoCounty.create(), AccountOptions.DEFAULT);
        // 2020: GDP2 + GDP3 = 100 + 150 = 250 x 10^8 yuan = 2 500 000 x 10^4 yuan;
        // x 0.8 t standard coal / 10^4 yuan = 2 000 000 t standard coal; x 0.7476 t C / t = 1 495 200 t C
        // 2021: (110 + 170) x 10^4 x 10^4 yuan... = 2 800 000 x 10^4 yuan x 0.75 = 2 100 000 tce x 0.7476 = 1 569 960 t C
        assertDemoYears(a, "construction", "construction.energy_intensity", 1_495_200, 1_569_960);
    }

    @Test
    void constructionByFuelWhenTheStudyChoosesIt() throws Exception {
        Study s = DemoCounty.create();
        s.setCoefficientSetId("seed-guizhou+fuel-heliyon-2023");
        DemoCounty.choose(s, "construction", "construction.fuel");
        Account a = service.account(s, AccountOptions.DEFAULT);
        // 2020: raw coal 100 x 10^4 t = 1 000 000 t x 0.54 t C/t = 540 000 t C;
        // natural gas 2 x 10^8 m3 = 20 000 x 10^4 m3 x 5.90 t C / 10^4 m3 = 118 000 t C; total 658 000 t C
        // 2021: 950 000 x 0.54 = 513 000; 22 000 x 5.90 = 129 800; total 642 800
        assertDemoYears(a, "construction", "construction.fuel", 658_000, 642_800);
    }

    @Test
    void constructionByFuelFromStandardCoalCoefficientAndCarbonContent() throws Exception {
        Study s = DemoCounty.create();
        DemoCounty.choose(s, "construction", "construction.fuel");
        s.getCoefficientOverrides().add(DemoCounty.coefficient("fuel.raw_coal.ncv", 0.7143, "kg standard coal / kg", "test value"));
        s.getCoefficientOverrides().add(DemoCounty.coefficient("fuel.raw_coal.carbon_content", 0.7476, "t C / t standard coal", "test value"));
        s.getCoefficientOverrides().add(DemoCounty.coefficient("fuel.raw_coal.oxidation", 0.9, "1", "test value"));
        s.getCoefficientOverrides().add(DemoCounty.coefficient("fuel.natural_gas.factor", 5.90, "t C / 10^4 m3", "test value"));
        Account a = service.account(s, AccountOptions.DEFAULT);
        // raw coal 1 000 000 t x 0.7143 t standard coal/t x 0.7476 t C/t standard coal x 0.9 = 480 609.612 t C;
        // natural gas 20 000 x 10^4 m3 x 5.90 = 118 000 t C; total 598 609.612 t C
        assertEquals(598_609.612, tc(a, 2020, "construction"), EPS);
        assertTrue(a.result(2020, "construction").trail().steps().stream().anyMatch(
                x -> x.startsWith("fuel.raw_coal.factor = fuel.raw_coal.ncv x fuel.raw_coal.carbon_content x fuel.raw_coal.oxidation")),
                a.result(2020, "construction").trail().steps().toString());

        // an energy content per volume applied to a mass of coal is refused
        s.getCoefficientOverrides().add(DemoCounty.coefficient("fuel.raw_coal.ncv", 1.33, "kg standard coal / m3", "test value"));
        ComponentResult r = service.account(s, AccountOptions.DEFAULT).result(2020, "construction");
        assertEquals(Status.INVALID, r.status());
        assertTrue(r.reason().contains("energy.raw_coal") && r.reason().contains("not an amount of carbon"), r.reason());
    }

    @Test
    void areaSinks() throws Exception {
        Account a = service.account(DemoCounty.create(), AccountOptions.DEFAULT);
        // absorption = -(area x rate): forest 2.0 x 10^4 hm2 x 0.644 t C/(hm2 a) x 1 a = 12 880 t C
        assertEquals(12_880, tc(a, 2020, "forest"), EPS);
        assertEquals(21_000 * 0.644, tc(a, 2021, "forest"), EPS); // 13 524
        assertEquals(5_000 * 0.644, tc(a, 2020, "garden"), EPS); // 3 220
        assertEquals(10_000 * 0.021, tc(a, 2020, "grassland"), EPS); // 210
        assertEquals(3_000 * 0.218, tc(a, 2020, "water"), EPS); // 654
        assertEquals(2_000 * 0.005, tc(a, 2020, "unused"), EPS); // 10
        assertFalse(a.components().contains("construction_sink"));
    }

    @Test
    void anyClassGivenARateGetsASink() throws Exception {
        Study s = DemoCounty.create();
        DemoCounty.series(s, "area.wetland", "hm2", 1000, 1000);
        s.getCoefficientOverrides().add(DemoCounty.coefficient("sink.wetland", -0.5, "t C / (hm2 a)", "test value"));
        Account a = service.account(s, AccountOptions.DEFAULT);
        // 1000 hm2 x 0.5 t C/(hm2 a) = 500 t C
        assertEquals(500, tc(a, 2020, "wetland"), EPS);
    }

    @Test
    void croplandFromCropYields() throws Exception {
        Account a = service.account(DemoCounty.create(), AccountOptions.DEFAULT);
        // rice 0.4709 x 100 000 t / 0.40 = 117 725; maize 0.4709 x 50 000 / 0.40 = 58 862.5; sum 176 587.5 t C
        assertEquals(176_587.5, tc(a, 2020, "cropland"), EPS);
    }

    @Test
    void moistureContentIsAppliedWhenGiven() throws Exception {
        Study s = DemoCounty.create();
        s.getCoefficientOverrides().add(DemoCounty.coefficient("crop.moisture.rice", 0.14, "1", "test value"));
        Account a = service.account(s, AccountOptions.DEFAULT);
        // rice 0.4709 x 100 000 x (1 - 0.14) / 0.40 = 101 243.5; maize unchanged 58 862.5; sum 160 106
        assertEquals(160_106, tc(a, 2020, "cropland"), EPS);
    }

    @Test
    void reportedValueMethodIsUsedOnlyWhenChosenAndMarkedAsReported() throws Exception {
        Study s = DemoCounty.create();
        Account computed = service.account(s, AccountOptions.DEFAULT);
        assertEquals(Status.COMPUTED, computed.result(2020, "forest").status());

        DemoCounty.choose(s, "forest", "reported");
        Account a = service.account(s, AccountOptions.DEFAULT);
        ComponentResult r = a.result(2020, "forest");
        assertEquals(Status.REPORTED, r.status());
        // reported 1.29 x 10^4 t C = 12 900 t C
        assertEquals(12_900, r.value().in(Units.T_C), EPS);
        assertEquals(1, r.trail().reported().size());
        // no reported forest value for 2021: missing, not computed behind the user's back
        assertEquals(Status.MISSING, a.result(2021, "forest").status());
    }

    @Test
    void trailNamesInputsWithProvenanceAndCoefficientsWithSources() throws Exception {
        Account a = service.account(DemoCounty.create(), AccountOptions.DEFAULT);
        ComponentResult r = a.result(2020, "forest");
        assertEquals("sink.area", r.trail().methodId());
        assertEquals("area.forest", r.trail().inputs().get(0).seriesId());
        assertEquals("ENTERED", r.trail().inputs().get(0).provenance());
        assertEquals("sink.forest", r.trail().coefficients().get(0).key());
        assertTrue(r.trail().coefficients().get(0).source().contains("Table 2"), r.trail().coefficients().get(0).source());
        assertEquals("set seed-guizhou", r.trail().coefficients().get(0).origin());
        assertFalse(r.trail().steps().isEmpty());
    }
}
