package org.landcarbon.model.tests.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;
import org.landcarbon.model.units.Units;

class QuantityTest {

    @Test
    void forestSinkOf2009FromAreaAndRate() {
        // METHOD.md: forest 2009, 790.73 10^4 hm2 x -0.644 t C/(hm2 a) x 1 a = -509.23 10^4 t C
        // (790.73 x 0.644 = 509.23012)
        Quantity area = Quantity.of(790.73, "10^4 hm2");
        Quantity rate = Quantity.of(-0.644, "t C / (hm2 a)");
        Quantity sink = area.times(rate).times(Quantity.of(1, "a"));
        assertEquals("10^4 t C", sink.unit().symbol());
        assertEquals(-509.23012, sink.value(), 1e-9);
        assertEquals(-5_092_301.2, sink.in("t C"), 1e-6);
    }

    @Test
    void rateInKm2AppliedToHm2AreaIsNotSilentlyAccepted() {
        // 312.6 kg C/km2 on 200 hm2: multiplying the numbers gives 62 520 "kg C" which is wrong by 100x.
        Quantity area = Quantity.of(200, "hm2");
        Quantity rate = Quantity.of(312.6, "kg C / km2");
        Quantity product = area.times(rate);
        // the product keeps hm2 / km2 in its unit, so reading it as kg C converts correctly:
        assertEquals("hm2 kg C / km2", product.unit().symbol());
        assertEquals(625.2, product.in("kg C"), 1e-9); // 200 hm2 = 2 km2; 2 x 312.6 = 625.2
        // and it is not carbon per area, so it cannot be mistaken for a rate
        assertThrows(UnitException.class, () -> product.in("kg C / hm2"));
        // converting the rate first gives the same answer: 3.126 kg C/hm2 x 200 hm2
        Quantity perHm2 = rate.to("kg C / hm2");
        assertEquals(3.126, perHm2.value(), 1e-12);
        assertEquals(625.2, area.times(perHm2).in("kg C"), 1e-9);
    }

    @Test
    void tenThousandHectaresAreNotHectares() {
        Quantity a = Quantity.of(7.41, "10^4 hm2");
        Quantity b = Quantity.of(7.41, "hm2");
        // sum in the left unit: 7.41 + 0.000741 = 7.410741 10^4 hm2
        assertEquals(7.410741, a.plus(b).value(), 1e-12);
        assertEquals("10^4 hm2", a.plus(b).unit().symbol());
        // in the other order: 7.41 + 74 100 = 74 107.41 hm2
        assertEquals(74_107.41, b.plus(a).value(), 1e-9);
        assertEquals(-74_092.59, b.minus(a).value(), 1e-9);
    }

    @Test
    void addingCarbonToCo2OrAreaIsRefused() {
        Quantity c = Quantity.of(1, "10^4 t C");
        UnitException e = assertThrows(UnitException.class, () -> c.plus(Quantity.of(1, "10^4 t CO2")));
        assertEquals("cannot convert 10^4 t CO2 to 10^4 t C: CO2 is not carbon", e.getMessage());
        assertThrows(UnitException.class, () -> c.minus(Quantity.of(1, "10^4 hm2")));
    }

    @Test
    void explicitCarbonToCo2Uses44Over12() {
        // 12 10^4 t C x 44/12 = 44 10^4 t CO2
        Quantity co2 = Units.carbonToCo2(Quantity.of(12, "10^4 t C"));
        assertEquals("10^4 t CO2", co2.unit().symbol());
        assertEquals(44, co2.value(), 1e-12);
        Quantity back = Units.co2ToCarbon(co2);
        assertEquals(Unit.parse("10^4 t C"), back.unit());
        assertEquals(12, back.value(), 1e-12);
        // a rate: 0.644 t C/(hm2 a) = 2.3613 t CO2/(hm2 a)
        Quantity rate = Units.carbonToCo2(Quantity.of(0.644, "t C / (hm2 a)"));
        assertEquals("t CO2 / (hm2 a)", rate.unit().symbol());
        assertEquals(0.644 * 44 / 12, rate.value(), 1e-12);
        assertThrows(UnitException.class, () -> Units.carbonToCo2(Quantity.of(1, "t")));
        assertThrows(UnitException.class, () -> Units.co2ToCarbon(Quantity.of(1, "t C")));
    }

    @Test
    void energyIntensityTimesGdpIsEnergy() {
        // 1.5 t standard coal / 10^4 yuan x 2000 10^8 yuan = 3000 10^4 t standard coal
        Quantity energy = Quantity.of(1.5, "tce / 10^4 yuan").times(Quantity.of(2000, "10^8 yuan"));
        assertEquals(3000, energy.in("10^4 t standard coal"), 1e-9);
        // x 0.7476 t C / t standard coal = 2242.8 10^4 t C
        Quantity carbon = energy.times(Quantity.of(0.7476, "t C / t standard coal"));
        assertEquals(2242.8, carbon.in("10^4 t C"), 1e-9);
    }

    @Test
    void divisionGivesARate() {
        // 509.23 10^4 t C / 790.73 10^4 hm2 = 0.644 t C / hm2
        Quantity rate = Quantity.of(509.23, "10^4 t C").dividedBy(Quantity.of(790.73, "10^4 hm2"));
        assertEquals(509.23 / 790.73, rate.in("t C / hm2"), 1e-12);
        assertTrue(Math.abs(rate.in("t C / hm2") - 0.644) < 0.0001);
    }

    @Test
    void printsValueAndUnit() {
        assertEquals("790.73 10^4 hm2", Quantity.of(790.73, "10^4 hm2").toString());
        assertEquals("3", Quantity.of(3, "1").toString());
    }
}
