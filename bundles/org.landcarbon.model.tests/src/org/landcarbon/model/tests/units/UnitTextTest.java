package org.landcarbon.model.tests.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitText;

/** Typesetting units for people and reading back what they typed: both ways give the same unit. */
class UnitTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10^4 km2    | 10⁴ km²",
        "10^4 hm2    | 10⁴ hm²",
        "10^4 t C    | 10⁴ t C",
        "10^4 t CO2  | 10⁴ t CO₂",
        "Mt CO2      | Mt CO₂",
        "hm2         | hm²",
        "10^-3 t     | 10⁻³ t",
        "10^12 m3    | 10¹² m³",
    })
    void typesetAndBack(String ascii, String typeset) {
        assertEquals(typeset, UnitText.unicode(ascii));
        assertEquals(ascii, UnitText.ascii(typeset));
        assertEquals(ascii, UnitText.ascii(ascii), "ASCII stays as it is");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "10⁴ km² | 1e6", "10⁴ hm² | 1e4", "km² | 100" })
    void whatAPersonTypesParsesAsTheUnit(String typed, double hectares) {
        assertEquals(hectares, Unit.parse(UnitText.ascii(typed)).factor(), 1e-9);
    }

    @org.junit.jupiter.api.Test
    void nullStaysNull() {
        assertNull(UnitText.ascii(null));
        assertNull(UnitText.unicode(null));
    }
}
