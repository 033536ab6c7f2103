package org.landcarbon.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.Setting;
import org.landcarbon.analysis.SettingInfo;
import org.landcarbon.analysis.SettingType;
import org.landcarbon.analysis.SettingsException;
import org.landcarbon.analysis.SettingsModel;

class SettingsModelTest {

    enum Method {
        INITIAL, MIN_MAX
    }

    public static class Sample {
        @Setting(name = "horizon", description = "steps", min = 0, max = 50)
        public int horizon = 5;

        @Setting(name = "rho", description = "resolution", min = 0.001, max = 1)
        public double rho = 0.5;

        @Setting(name = "method", description = "transform")
        public Method method = Method.INITIAL;

        @Setting(name = "side", description = "which side", choices = {"left", "right"})
        public String side = "left";

        @Setting(name = "weights", description = "weights", min = 0)
        public double[] weights = new double[0];

        @Setting(name = "reference", description = "column", defaultText = "the first column")
        public String reference;

        @Setting(name = "a", description = "printed a", required = true)
        public Double a;

        public int notASetting = 7;
    }

    public static class Broken {
        @Setting(name = "x", description = "unsupported type")
        public Object x;
    }

    private final SettingsModel<Sample> model = SettingsModel.of(Sample.class);

    @Test
    void readsSettingsInDeclarationOrderWithDefaultsFromInitializers() {
        assertEquals(List.of("horizon", "rho", "method", "side", "weights", "reference", "a"),
                model.settings().stream().map(SettingInfo::name).toList());
        SettingInfo method = model.find("method").orElseThrow();
        assertEquals(SettingType.CHOICE, method.type());
        assertEquals(List.of("initial", "min-max"), method.choices());
        assertEquals("initial", method.defaultText());
        assertEquals("the first column", model.find("reference").orElseThrow().defaultText());
        assertEquals("0 to 50", model.find("horizon").orElseThrow().constraintText());
        assertEquals("at least 0", model.find("weights").orElseThrow().constraintText());
    }

    @Test
    void parsesTextIntoTypedValues() throws Exception {
        Sample s = model.parse(Map.of("horizon", "11", "rho", "0.25", "method", "min-max", "side", "right",
                "weights", "1, 2,3", "a", "-0.047"));
        assertEquals(11, s.horizon);
        assertEquals(0.25, s.rho, 0);
        assertEquals(Method.MIN_MAX, s.method);
        assertEquals("right", s.side);
        assertArrayEquals(new double[] {1, 2, 3}, s.weights, 0);
        assertEquals(-0.047, s.a, 0);
        assertEquals("11", model.describe(s).get("horizon"));
        assertEquals("min-max", model.describe(s).get("method"));
        assertEquals("the first column", model.describe(s).get("reference"));
    }

    @Test
    void rejectsOutOfRangeMalformedUnknownAndMissingValuesByName() {
        assertMessage(Map.of("a", "1", "rho", "1.5"), "--rho must be 0.001 to 1, got 1.5");
        assertMessage(Map.of("a", "1", "horizon", "ten"), "--horizon must be a whole number (0 to 50), got 'ten'");
        assertMessage(Map.of("a", "1", "method", "median"), "--method must be one of initial|min-max, got 'median'");
        assertMessage(Map.of("a", "1", "side", "up"), "--side must be one of left|right, got 'up'");
        assertMessage(Map.of("a", "1", "weights", "1,-2"), "--weights must be at least 0, got -2");
        assertMessage(Map.of("a", "1", "colour", "red"), "unknown setting --colour");
        assertMessage(Map.of(), "--a is required");
        assertMessage(Map.of("a", "NaN"), "--a must be a number, got 'NaN'");
    }

    @Test
    void aSettingsClassWithAnUnsupportedTypeIsAProgrammingError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SettingsModel.of(Broken.class));
        assertTrue(e.getMessage().contains("unsupported type"), e.getMessage());
    }

    private void assertMessage(Map<String, String> values, String expected) {
        SettingsException e = assertThrows(SettingsException.class, () -> model.parse(values));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
