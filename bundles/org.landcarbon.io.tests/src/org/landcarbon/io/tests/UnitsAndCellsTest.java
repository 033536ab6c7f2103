package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landcarbon.io.internal.Cells;
import org.landcarbon.io.internal.Units;

class UnitsAndCellsTest {

    @Test
    void chineseAndTypographicSpellingsNameTheSameUnit() {
        assertEquals("10^4 hm2", Units.parse("万公顷").orElseThrow().symbol());
        assertEquals("10^4 hm2", Units.parse("10⁴ hm²").orElseThrow().symbol());
        assertEquals("10^4 hm2", Units.parse("10^4hm2").orElseThrow().symbol());
        assertEquals("t standard coal / 10^4 yuan", Units.parse("吨标准煤/万元").orElseThrow().symbol());
        assertTrue(Units.parse("acres").isEmpty());
    }

    @Test
    void conversionsAreExactWhereTheFactorsAre() {
        var hm2 = Units.parse("hm2").orElseThrow();
        var wanHm2 = Units.parse("10^4 hm2").orElseThrow();
        var km2 = Units.parse("km2").orElseThrow();
        assertEquals(7.5, hm2.convert(75000, wanHm2), 0.0);
        assertEquals(100, km2.convert(1, hm2), 0.0);
        // 1 mu = 1/15 hm2 (China's customary unit): 150 mu = 10 hm2.
        assertEquals(10, Units.parse("亩").orElseThrow().convert(150, hm2), 1e-12);
    }

    @Test
    void numbersAndYears() {
        assertEquals(1234.5, Cells.number("1,234.5").value(), 0.0);
        assertEquals(-2.5e-3, Cells.number("−2.5E-3").value(), 0.0);
        assertFalse(Cells.number("1,23").ok());
        // Typed with a Chinese input method: full-width digits, point and minus.
        assertEquals(-123.5, Cells.number("－１２３．５").value(), 0.0);
        assertEquals(2005, Cells.year("２００５").value(), 0.0);
        assertEquals(2005, Cells.year("2005.0").value(), 0.0);
        assertFalse(Cells.year("1899").ok());
        assertEquals("0.30000000000000004", Cells.format(0.1 + 0.2));
        assertEquals("0.0000001", Cells.format(1e-7));
        assertEquals("1606400", Cells.format(1606400));
    }
}
