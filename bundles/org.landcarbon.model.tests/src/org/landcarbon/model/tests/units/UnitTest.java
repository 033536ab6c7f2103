package org.landcarbon.model.tests.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.landcarbon.model.units.BaseDimension;
import org.landcarbon.model.units.Dimension;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;

class UnitTest {

    /** Text, canonical symbol, factor to the base unit of its dimension (hand-worked), dimension. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hm2                          | hm2                           | 1      | area",
        "km2                          | km2                           | 100    | area",
        "10^4 hm2                     | 10^4 hm2                      | 1e4    | area",
        "t                            | t                             | 1      | mass",
        "kg                           | kg                            | 1e-3   | mass",
        "10^4 t                       | 10^4 t                        | 1e4    | mass",
        "t C                          | t C                           | 1      | carbon",
        "kg C                         | kg C                          | 1e-3   | carbon",
        "10^4 t C                     | 10^4 t C                      | 1e4    | carbon",
        "Mt C                         | Mt C                          | 1e6    | carbon",
        "kt C                         | kt C                          | 1e3    | carbon",
        "t CO2                        | t CO2                         | 1      | CO2",
        "10^4 t CO2                   | 10^4 t CO2                    | 1e4    | CO2",
        "t standard coal              | t standard coal               | 1      | energy",
        "tce                          | t standard coal               | 1      | energy",
        "10^4 yuan                    | 10^4 yuan                     | 1e4    | currency",
        "10^8 yuan                    | 10^8 yuan                     | 1e8    | currency",
        "yuan                         | yuan                          | 1      | currency",
        "kW                           | kW                            | 1      | power",
        "10^4 kW                      | 10^4 kW                       | 1e4    | power",
        "person                       | person                        | 1      | count",
        "10^4 persons                 | 10^4 persons                  | 1e4    | count",
        "kg C / hm2                   | kg C / hm2                    | 1e-3   | carbon / area",
        "kg C / km2                   | kg C / km2                    | 1e-5   | carbon / area",
        "kg C / t                     | kg C / t                      | 1e-3   | carbon / mass",
        "kg C / kW                    | kg C / kW                     | 1e-3   | carbon / power",
        "kg C / kg                    | kg C / kg                     | 1      | carbon / mass",
        "t C / (hm2 a)                | t C / (hm2 a)                 | 1      | carbon / (area time)",
        "t C/(hm2*a)                  | t C / (hm2 a)                 | 1      | carbon / (area time)",
        "t C / t standard coal        | t C / t standard coal         | 1      | carbon / energy",
        "t standard coal / 10^4 yuan  | t standard coal / 10^4 yuan   | 1e-4   | energy / currency",
        "tce / 10^4 yuan              | t standard coal / 10^4 yuan   | 1e-4   | energy / currency",
        "1                            | 1                             | 1      | dimensionless",
        "10^8 m3                      | 10^8 m3                       | 1e8    | volume",
        "Gg C                         | Gg C                          | 1e3    | carbon",
        "Tg C                         | Tg C                          | 1e6    | carbon",
        "Pg C                         | Pg C                          | 1e9    | carbon",
        "Gg CO2                       | Gg CO2                        | 1e3    | CO2",
        "Tg CO2                       | Tg CO2                        | 1e6    | CO2",
        "PgCO2                        | Pg CO2                        | 1e9    | CO2",
        "Gg                           | Gg                            | 1e3    | mass",
        "kg C / GJ                    | kg C / GJ                     | 29.3076e-3 | carbon / energy",
        "TJ / Gg                      | TJ / Gg                       | 0.03412084237535656 | energy / mass",
    })
    void parsesUnitsOfTheStudyConventions(String text, String symbol, double factor, String dimension) {
        Unit u = Unit.parse(text);
        assertEquals(symbol, u.symbol());
        assertEquals(factor, u.factor(), factor * 1e-12);
        assertEquals(dimension, u.dimension().toString());
        assertEquals(u, Unit.parse(u.symbol()), "the symbol reads back to the same unit");
    }

    @Test
    void carbonPerSubstanceMassIsNotDimensionless() {
        // "kg C / kg" is carbon per kg of film: a number of C per substance, never a pure number
        Dimension d = Unit.parse("kg C / kg").dimension();
        assertEquals(1, d.exponent(BaseDimension.CARBON));
        assertEquals(-1, d.exponent(BaseDimension.MASS));
        assertFalse(d.isDimensionless());
        assertFalse(Unit.parse("kg C / kg").isCompatible(Unit.ONE));
    }

    @Test
    void convertsWithinADimension() {
        // 790.73 10^4 hm2 = 7 907 300 hm2 = 79 073 km2
        assertEquals(7_907_300, Unit.parse("10^4 hm2").convert(790.73, Unit.parse("hm2")), 1e-6);
        assertEquals(79_073, Unit.parse("10^4 hm2").convert(790.73, Unit.parse("km2")), 1e-8);
        // 312.6 kg C/km2: 1 km2 = 100 hm2, so 312.6 / 100 = 3.126 kg C/hm2
        assertEquals(3.126, Unit.parse("kg C / km2").convert(312.6, Unit.parse("kg C / hm2")), 1e-12);
        // 2.5 Mt C = 250 10^4 t C
        assertEquals(250, Unit.parse("Mt C").convert(2.5, Unit.parse("10^4 t C")), 1e-12);
        // 1.2 t standard coal / 10^4 yuan = 1.2e-4 t standard coal / yuan
        assertEquals(1.2e-4, Unit.parse("tce / 10^4 yuan").convert(1.2, Unit.parse("t standard coal / yuan")), 1e-18);
    }

    @Test
    void convertsTheLargeCarbonUnitsOfNationalInventories() {
        // 1 Tg = 10^12 g = 10^6 t, so 1.5 Tg C = 150 10^4 t C; 0.1 Pg C = 100 Tg C; 1 Gg = 1 kt
        assertEquals(150, Unit.parse("Tg C").convert(1.5, Unit.parse("10^4 t C")), 1e-9);
        assertEquals(100, Unit.parse("Pg C").convert(0.1, Unit.parse("Tg C")), 1e-9);
        assertEquals(1, Unit.parse("Gg CO2").convert(1, Unit.parse("kt CO2")), 1e-12);
        // 1 t standard coal = 29.3076 GJ (7000 kcal/kg x 4.1868 kJ/kcal)
        assertEquals(29.3076, Unit.parse("t standard coal").convert(1, Unit.parse("GJ")), 1e-9);
        // IPCC NCV of natural gas 48.0 TJ/Gg = 48.0 GJ/t
        assertEquals(48.0, Unit.parse("TJ / Gg").convert(48.0, Unit.parse("GJ / t")), 1e-9);
    }

    @Test
    void refusesToConvertAreaToCarbon() {
        UnitException e = assertThrows(UnitException.class, () -> Unit.parse("10^4 hm2").convert(1, Unit.parse("t C")));
        assertEquals("cannot convert 10^4 hm2 to t C: area is not carbon", e.getMessage());
    }

    @Test
    void refusesToConvertCarbonToCo2Implicitly() {
        UnitException e = assertThrows(UnitException.class, () -> Unit.parse("t C").convert(1, Unit.parse("t CO2")));
        assertEquals("cannot convert t C to t CO2: carbon is not CO2", e.getMessage());
    }

    @Test
    void refusesToTreatCarbonAsSubstanceMass() {
        assertThrows(UnitException.class, () -> Unit.parse("kg C").convert(1, Unit.parse("kg")));
    }

    @Test
    void equivalentSpellingsAreEqual() {
        assertEquals(Unit.parse("tce"), Unit.parse("t standard coal"));
        assertEquals(Unit.parse("t C / (hm2 a)"), Unit.parse("t C / hm2 / a"));
        assertTrue(Unit.parse("10^4 hm2").isEquivalent(Unit.parse("100 km2")));
        assertFalse(Unit.parse("10^4 hm2").isEquivalent(Unit.parse("hm2")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "acres           | unknown unit 'acres'",
        "C               | 'C' needs a mass before it",
        "kg C / (hm2 a   | '(' without a matching ')'",
        "kg C /          | '/' without a unit after it",
        "t C / hm2)      | unexpected ')'",
        "10^x t          | '10^x' is not a power of ten",
        "-5 t            | the multiplier -5 must be positive",
        "hm2^x           | the exponent in 'hm2^x' is not a whole number",
    })
    void unknownOrMalformedTextIsRefusedWithItsProblem(String text, String problem) {
        UnitException e = assertThrows(UnitException.class, () -> Unit.parse(text));
        assertTrue(e.getMessage().startsWith("unit \"" + text.strip() + "\": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   " })
    void emptyTextIsRefused(String text) {
        UnitException e = assertThrows(UnitException.class, () -> Unit.parse(text));
        assertTrue(e.getMessage().contains("empty unit"), e.getMessage());
    }
}
