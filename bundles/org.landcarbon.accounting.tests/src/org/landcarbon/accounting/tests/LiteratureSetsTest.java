package org.landcarbon.accounting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.CoefficientEntry;
import org.landcarbon.accounting.CoefficientSetData;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Units;

/** The IPCC 2006 fuel set: every entry cites its table, and the account reproduces the Guidelines' own emission factor. */
class LiteratureSetsTest {

    private static AccountingService service;

    @BeforeAll
    static void service() throws Exception {
        service = Services.accounting();
    }

    @Test
    void everyEntryCitesItsTable() throws Exception {
        CoefficientSetData set = service.coefficientSet(null, "seed-guizhou+ipcc-2006-fuels").orElseThrow();
        assertEquals("seed-guizhou", set.base());
        assertTrue(set.citation().startsWith("IPCC (2006). 2006 IPCC Guidelines for National Greenhouse Gas Inventories, Volume 2"));
        assertEquals(18, set.entries().size());
        for (CoefficientEntry e : set.entries()) {
            String table = e.key().endsWith(".ncv") ? "Table 1.2" : "Table 1.3";
            assertTrue(e.source().startsWith("IPCC 2006, Vol. 2, Ch. 1, " + table), e.key() + ": " + e.source());
        }
        Map<String, CoefficientEntry> all = service.resolvedEntries(null, set.id());
        assertEquals(0.7476, all.get("construction.coal_factor").value(), 0, "the base set's entries come through");
    }

    @Test
    void dieselByNcvAndCarbonContent() throws Exception {
        Study s = DemoCounty.create();
        s.getSeries().removeIf(x -> x.getId().startsWith("energy."));
        DemoCounty.series(s, "energy.diesel", "10^4 t", 10, 12);
        DemoCounty.choose(s, "construction", "construction.fuel");
        Account a = service.account(s, new AccountOptions(null, "seed-guizhou+ipcc-2006-fuels"));
        // 10 x 10^4 t = 100 000 t x 43.0 GJ/t x 20.2 kg C/GJ x oxidation 1 = 86 860 000 kg C = 86 860 t C
        double tc = a.value(2020, "construction").value().in(Units.T_C);
        assertEquals(86_860, tc, 1e-6);
        // the Guidelines' CO2 factor for gas/diesel oil, 74 100 kg CO2/TJ (Table 1.4), gives 4300 TJ x 74.1 t = 318 630 t CO2;
        // it is the same product rounded to three digits, so the two agree within 0.1 %
        assertEquals(318_630, tc * 44 / 12, 318_630 * 1e-3);
        assertTrue(a.result(2020, "construction").trail().steps().stream().anyMatch(x -> x.contains("(no fuel.diesel.oxidation: 1)")));
    }
}
