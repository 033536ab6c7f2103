package org.landcarbon.uncertainty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.uncertainty.MonteCarlo;
import org.landcarbon.uncertainty.Statistics;
import org.landcarbon.uncertainty.UncertaintyModel;

/**
 * Area and rate both uncertain: the forest sink is a product of two inputs, evaluated by its exact multilinear form
 * (not re-run per draw), and its Monte Carlo moments are those of a product of independent normals.
 */
class MultilinearTest {

    @Test
    void productOfAnUncertainAreaAndRate() throws Exception {
        Study study = Services.sample("demo-county.landcarbon");
        Uncertainty rate = LandCarbonFactory.eINSTANCE.createUncertainty();
        rate.setDistribution("normal");
        rate.setSd(0.1);
        rate.setSource("test range, made up");
        var forest = study.getCoefficientSets().stream().flatMap(s -> s.getEntries().stream()).filter(c -> "sink.forest".equals(c.getKey()))
                .findFirst().orElseThrow();
        forest.setUncertainty(rate);
        Uncertainty area = LandCarbonFactory.eINSTANCE.createUncertainty();
        area.setDistribution("normal");
        area.setSd(10); // percent of each value
        area.setSource("test range, made up");
        study.getSeries().stream().filter(s -> s.getId().equals("area.forest")).findFirst().orElseThrow().setUncertainty(area);

        UncertaintyModel model = Services.uncertainty().model(study, AccountOptions.DEFAULT);
        assertEquals(2, model.inputs().size());
        assertTrue(model.notes().stream().noneMatch(n -> n.contains("re-run") && n.contains("forest ")), model.notes().toString());

        int year = model.years().get(0);
        double point = model.point()[model.index(year, "forest")];
        double r = forest.getValue();
        // forest = A M R (M ~ N(1, 0.1), R ~ N(r, 0.1)): var = (A)^2 (sdR^2 + r^2 sdM^2 + sdM^2 sdR^2), A = point / r
        double a = point / r;
        double sd = Math.abs(a) * Math.sqrt(0.1 * 0.1 + r * r * 0.01 + 0.01 * 0.01);
        // the form is exact: a corner far from the point is the product itself
        double[] x = { model.inputs().get(0).point() * 1.7, model.inputs().get(1).point() * 0.4 };
        double product = point * x[0] * x[1] / r; // one input is the rate, the other the area's multiplier (point 1)
        assertEquals(product, model.evaluate(x)[model.index(year, "forest")], 1e-9 * Math.abs(product));

        Statistics s = MonteCarlo.account(model, 20_000, 9).statistics(year, "forest");
        assertEquals(point, s.mean(), 4 * sd / Math.sqrt(20_000));
        assertEquals(sd, s.sd(), 0.03 * sd);
    }
}
