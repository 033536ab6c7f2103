package org.landcarbon.scenarios.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.scenarios.ProjectedStudy;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ProjectionMethods;
import org.landcarbon.scenarios.ScenarioProjector;

/** The gm11 rule uses the analysis bundle's GM(1,1): checked against METHOD.md's worked Guizhou numbers. */
class Gm11RuleTest {

    /** Published net emission, seed Table 5, 2005-2019 (10^4 t C). */
    private static final double[] NET = { 2076.29, 2682.09, 3073.00, 2698.84, 3054.63, 3490.35, 3700.12, 4608.31, 4260.19,
            4379.78, 4377.37, 4459.31, 4727.81, 4705.79, 5057.62 };

    @Test
    void gm11OfTheGuizhouNetSeriesForecasts5440point92For2020() throws Exception {
        Study s = TestStudies.study(2005, 2019);
        TestStudies.reported(s, "net", 2005, NET);
        Scenario sc = TestStudies.scenario(s, "grey", 2021);
        TestStudies.rule(sc, "reported.net", "gm11");
        ProjectedStudy p = new ScenarioProjector(ProjectionMethods.builtIn()).project(s, sc);
        // METHOD.md section 4: the exact fit a = -0.044700, b = 2752.62 forecasts 5440.92 for 2020
        assertEquals(5440.92, p.components().get("net").value(2020), 0.005);
        String detail = p.projected().get("reported.net").get(0).detail();
        assertTrue(detail.startsWith("GM(1,1) fitted on 2005-2019 (a = -0.044700, b = 2752.6"), detail);
    }

    @Test
    void gm11NeedsFourConsecutivePositiveValues() {
        Study s = TestStudies.study(2017, 2019);
        TestStudies.reported(s, "net", 2017, 1, 2, 3);
        Scenario sc = TestStudies.scenario(s, "short", 2021);
        TestStudies.rule(sc, "reported.net", "gm11");
        ProjectionException e = assertThrows(ProjectionException.class,
                () -> new ScenarioProjector(ProjectionMethods.builtIn()).project(s, sc));
        assertTrue(e.getMessage().contains("needs at least 4 known values in 2017-2019, found 3"), e.getMessage());
    }
}
