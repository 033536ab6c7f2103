package org.landcarbon.uncertainty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.uncertainty.Distribution;
import org.landcarbon.uncertainty.Sensitivity;
import org.landcarbon.uncertainty.Sensitivity.Index;
import org.landcarbon.uncertainty.Sensitivity.Result;
import org.landcarbon.uncertainty.Target;
import org.landcarbon.uncertainty.UncertainInput;
import org.landcarbon.uncertainty.UncertaintyModel;

/** Sensitivity methods against the analytic indices of a linear model y = sum a_i x_i, x_i ~ N(m_i, s_i). */
class SensitivityTest {

    private static final double[] A = { 3, -2, 1, 0.5 };
    private static final double[] S = { 1, 1, 2, 0.1 };

    private static List<UncertainInput> inputs() {
        List<UncertainInput> in = new ArrayList<>();
        for (int i = 0; i < A.length; i++) {
            in.add(new UncertainInput("x" + i, UncertainInput.Kind.COEFFICIENT, 10 + i, "1",
                    Distribution.of("normal", S[i], 0, 0, 0, 0, 10 + i, false), "test"));
        }
        return in;
    }

    private static final ToDoubleFunction<double[]> LINEAR = x -> {
        double y = 0;
        for (int i = 0; i < A.length; i++) {
            y += A[i] * x[i];
        }
        return y;
    };

    private static double analytic(int i) {
        double sum = 0;
        for (int j = 0; j < A.length; j++) {
            sum += A[j] * A[j] * S[j] * S[j];
        }
        return A[i] * A[i] * S[i] * S[i] / sum; // 9/18.0025, 4/18.0025, 4/18.0025, 0.0025/18.0025
    }

    private static Index of(Result r, String id) {
        return r.indices().stream().filter(x -> x.input().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void sobolIndicesOfALinearModelAreItsVarianceShares() {
        Result r = Sensitivity.sobol(inputs(), LINEAR, "y", 16_384, 3);
        assertEquals(16_384 * 6, r.evaluations());
        for (int i = 0; i < A.length; i++) {
            Index x = of(r, "x" + i);
            // sampling error of these estimators at N = 16384 is below 0.02 for this model
            assertEquals(analytic(i), x.first(), 0.03, "S_" + i);
            assertEquals(analytic(i), x.total(), 0.02, "ST_" + i);
        }
        assertEquals("x0", r.indices().get(0).input());
        assertEquals(18.0025, r.variance(), 0.05 * 18.0025);
    }

    @Test
    void tornadoSwingsAreTwiceTheHalfWidthEffect() {
        Result r = Sensitivity.oat(inputs(), LINEAR, "y");
        for (int i = 0; i < A.length; i++) {
            assertEquals(2 * 1.959963984540054 * Math.abs(A[i]) * S[i], of(r, "x" + i).swing(), 1e-9);
        }
        assertEquals("x0", r.indices().get(0).input());
        assertEquals("x3", r.indices().get(3).input());
    }

    @Test
    void morrisRanksTheInputsLikeTheirEffects() {
        Result r = Sensitivity.morris(inputs(), LINEAR, "y", 50, 5);
        assertEquals("x0", r.indices().get(0).input());
        assertEquals("x3", r.indices().get(3).input());
        // a linear model has elementary effects of one sign
        assertEquals(Math.abs(of(r, "x1").mu()), of(r, "x1").muStar(), 1e-9);
        assertTrue(of(r, "x1").mu() < 0);
    }

    @Test
    void sobolOfTheAccountFindsTheDominantSink() throws Exception {
        Study study = Services.sample("demo-county.landcarbon");
        set(study, "sink.forest", 0.1);
        set(study, "sink.grassland", 0.001);
        UncertaintyModel model = Services.uncertainty().model(study, AccountOptions.DEFAULT);
        Target t = Target.parse("cumulative:2010-2015", model.years());
        Result r = Sensitivity.sobol(model.inputs(), t.of(model), t.text(), 4_096, 1);
        assertEquals("sink.forest", r.indices().get(0).input());
        assertTrue(r.indices().get(0).total() > 0.95, r.toString());
        // the target's mean is far larger than its sd: the first-order estimate must still be about 1
        assertEquals(1, r.indices().get(0).first(), 0.1, r.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Target.parse("net:1990", model.years()));
        assertTrue(e.getMessage().contains("not in the account"), e.getMessage());
    }

    private static void set(Study study, String key, double sd) {
        Uncertainty u = LandCarbonFactory.eINSTANCE.createUncertainty();
        u.setDistribution("normal");
        u.setSd(sd);
        study.getCoefficientSets().get(0).getEntries().stream().filter(c -> key.equals(c.getKey())).findFirst().orElseThrow()
                .setUncertainty(u);
    }
}
