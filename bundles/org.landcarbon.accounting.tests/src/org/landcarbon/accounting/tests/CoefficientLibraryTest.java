package org.landcarbon.accounting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.CoefficientCsv;
import org.landcarbon.accounting.CoefficientEntry;
import org.landcarbon.accounting.CoefficientLibrary;
import org.landcarbon.accounting.CoefficientSetData;
import org.landcarbon.accounting.CoefficientSetDiff;
import org.landcarbon.accounting.Figure;
import org.landcarbon.model.Study;
import org.osgi.framework.ServiceRegistration;

/** The shipped coefficient sets, the CSV format, diffs, and switching sets. */
class CoefficientLibraryTest {

    private static AccountingService service;

    @BeforeAll
    static void service() throws Exception {
        service = Services.accounting();
    }

    @Test
    void seedSetHasThePapersValuesEachWithASource() throws Exception {
        CoefficientSetData seed = service.coefficientSet(null, "seed-guizhou").orElseThrow();
        Map<String, CoefficientEntry> e = seed.byKey();
        assertEquals(29, e.size());
        assertEquals(895.6, e.get("agri.fertilizer").value());
        assertEquals(16.47, e.get("agri.sown_area").value());
        assertEquals(0.18, e.get("agri.machinery_power").value());
        assertEquals(266.48, e.get("agri.irrigated_area").value());
        assertEquals(5.18, e.get("agri.plastic_film").value());
        assertEquals(0.7476, e.get("construction.coal_factor").value());
        assertEquals(-0.644, e.get("sink.forest").value());
        assertEquals(-0.218, e.get("sink.water").value());
        assertEquals(0.4853, e.get("crop.carbon_rate.wheat").value());
        assertEquals(0.70, e.get("crop.economic_coefficient.tubers").value());
        for (CoefficientEntry c : seed.entries()) {
            assertFalse(c.source().isBlank(), c.key());
            c.quantity(); // every unit parses
        }
        assertTrue(seed.citation().contains("Wei Yuan"));
    }

    @Test
    void seedSetMatchesTheTranscribedCoefficientsCsv() throws Exception {
        // /work/shared/data/guizhou-2005-2019/coefficients.csv, transcribed from the paper, copied to testdata
        Map<String, CoefficientEntry> e = service.coefficientSet(null, "seed-guizhou").orElseThrow().byKey();
        Map<String, String> keyOf = Map.of("fertilizer_pure", "agri.fertilizer", "crop_sown_area", "agri.sown_area", "machinery_power",
                "agri.machinery_power", "irrigated_area", "agri.irrigated_area", "plastic_film", "agri.plastic_film",
                "coal_carbon_factor", "construction.coal_factor");
        int compared = 0;
        for (String[] row : TestData.csvRows("coefficients.csv")) {
            String key = switch (row[0]) {
                case "sink_rate" -> "sink." + row[1];
                case "crop_economic_coefficient" -> "crop.economic_coefficient." + row[1];
                case "crop_carbon_absorption_rate" -> "crop.carbon_rate." + row[1];
                default -> keyOf.get(row[1]);
            };
            assertEquals(Double.parseDouble(row[2]), e.get(key).value(), 0.0, key);
            compared++;
        }
        assertEquals(29, compared);
    }

    @Test
    void alternativeSetExtendsTheSeedWithCitedFuelFactors() throws Exception {
        CoefficientSetData alt = service.coefficientSet(null, "seed-guizhou+fuel-heliyon-2023").orElseThrow();
        assertEquals("seed-guizhou", alt.base());
        assertTrue(alt.citation().contains("10.1016/j.heliyon.2023.e21241"));
        CoefficientSetDiff diff = service.diff(null, "seed-guizhou", "seed-guizhou+fuel-heliyon-2023");
        assertEquals(8, diff.changes().size());
        assertTrue(diff.changes().stream().allMatch(c -> c.kind() == CoefficientSetDiff.Kind.ADDED && c.key().startsWith("fuel.")));
        assertEquals(0.54, service.resolvedEntries(null, "seed-guizhou+fuel-heliyon-2023").get("fuel.raw_coal.factor").value());
    }

    @Test
    void csvErrorsNameFileRowAndColumn() {
        String head = "# id: t\nkey,value,unit,source,note\n";
        IOException e = assertThrows(IOException.class, () -> CoefficientCsv.parse(head + "sink.forest,abc,t C / (hm2 a),src,\n", "x.csv"));
        assertEquals("x.csv, row 3, column value: 'abc' is not a number", e.getMessage());
        e = assertThrows(IOException.class, () -> CoefficientCsv.parse(head + "sink.forest,-0.6,t C / (hectare a),src,\n", "x.csv"));
        assertTrue(e.getMessage().startsWith("x.csv, row 3, column unit: "), e.getMessage());
        e = assertThrows(IOException.class, () -> CoefficientCsv.parse(head + "sink.forest,-0.6,t C / (hm2 a),,\n", "x.csv"));
        assertTrue(e.getMessage().contains("column source"), e.getMessage());
        e = assertThrows(IOException.class, () -> CoefficientCsv.parse("key,value,unit,source,note\n", "x.csv"));
        assertTrue(e.getMessage().contains("# id:"), e.getMessage());
    }

    @Test
    void aLibraryServiceAddsASetAndSwitchingChangesExactlyTheComponentsThatUseTheChangedCoefficients() throws Exception {
        String csv = """
                # id: test-alternative
                # name: Test alternative (values made up for this test)
                # base: seed-guizhou
                key,value,unit,source,note
                sink.forest,-0.578,t C / (hm2 a),made up for this test,
                agri.irrigated_area,20.476,kg C / hm2,made up for this test,
                """;
        CoefficientSetData set = CoefficientCsv.parse(csv, "test.csv");
        ServiceRegistration<CoefficientLibrary> reg = Services.register(CoefficientLibrary.class, () -> List.of(set));
        try {
            CoefficientSetDiff diff = service.diff(null, "seed-guizhou", "test-alternative");
            assertEquals(Set.of("sink.forest", "agri.irrigated_area"), diff.keysWithDifferentValues());

            Study s = DemoCounty.create();
            Account seed = service.account(s, AccountOptions.DEFAULT);
            Account alt = service.account(s, new AccountOptions(null, "test-alternative"));
            Set<String> changed = new HashSet<>();
            for (String c : seed.components()) {
                for (int year : seed.years()) {
                    Figure a = seed.value(year, c);
                    Figure b = alt.value(year, c);
                    if (Double.compare(a.value().value(), b.value().value()) != 0) {
                        changed.add(c);
                    }
                }
            }
            assertEquals(Set.of("forest", "agricultural_land"), changed);
            // forest 2020: 2.0 x 10^4 hm2 x 0.578 = 11 560 t C
            assertEquals(11_560, alt.value(2020, "forest").value().value(), 1e-6);
            assertNotEquals(seed.value(2020, "net").value().value(), alt.value(2020, "net").value().value());
        } finally {
            reg.unregister();
        }
        assertTrue(service.coefficientSet(null, "test-alternative").isEmpty());
    }
}
