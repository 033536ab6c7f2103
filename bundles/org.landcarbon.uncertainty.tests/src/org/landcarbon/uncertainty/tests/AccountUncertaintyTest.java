package org.landcarbon.uncertainty.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientCorrelation;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;
import org.landcarbon.uncertainty.MonteCarlo;
import org.landcarbon.uncertainty.Propagation;
import org.landcarbon.uncertainty.Statistics;
import org.landcarbon.uncertainty.UncertainAccount;
import org.landcarbon.uncertainty.UncertaintyModel;

/**
 * Approach 1 against hand calculations of IPCC Eq. 3.1/3.2 on the demo county (synthetic data), and Approach 2
 * against Approach 1 where the account is linear, within sampling error.
 */
class AccountUncertaintyTest {

    private static final int YEAR = 2015;
    private static final double Z = 1.959963984540054;

    private static Coefficient entry(Study study, String key) {
        return study.getCoefficientSets().stream().flatMap(s -> s.getEntries().stream()).filter(c -> key.equals(c.getKey())).findFirst()
                .orElseThrow();
    }

    private static void give(Study study, String key, String kind, double sd, double min, double max, double pct) {
        Uncertainty u = LandCarbonFactory.eINSTANCE.createUncertainty();
        u.setDistribution(kind);
        u.setSd(sd);
        u.setMin(min);
        u.setMax(max);
        u.setPercent(pct);
        u.setSource("test range, made up");
        entry(study, key).setUncertainty(u);
    }

    /** Demo county with forest normal(sd 0.05), fertilizer +-20 %, the coal factor triangular +-10 %. */
    private static Study study() throws Exception {
        Study study = Services.sample("demo-county.landcarbon");
        give(study, "sink.forest", "normal", 0.05, 0, 0, 0);
        give(study, "agri.fertilizer", "interval95pct", 0, 0, 0, 20);
        double k = entry(study, "construction.coal_factor").getValue();
        give(study, "construction.coal_factor", "triangular", 0, k * 0.9, k * 1.1, 0);
        return study;
    }

    private static double term(Account account, String component, String series, String coefficient) {
        Trail trail = account.result(YEAR, component).trail();
        SeriesInput in = trail.inputs().stream().filter(i -> i.seriesId().equals(series)).findFirst().orElseThrow();
        CoefficientValue c = trail.coefficients().stream().filter(x -> x.key().equals(coefficient)).findFirst().orElseThrow();
        return Math.abs(in.quantity().times(c.quantity()).to(Units.T_C).value());
    }

    @Test
    void approachOneIsIpccEquations31And32() throws Exception {
        Study study = study();
        Account account = Services.accounting().account(study, AccountOptions.DEFAULT);
        UncertainAccount a1 = Services.uncertainty().propagate(study, AccountOptions.DEFAULT);
        // Eq. 3.1, product area x rate with an exact area: U% = U%(rate); U = 1.96 sd x area
        double area = account.result(YEAR, "forest").trail().inputs().get(0).quantity().to(Unit.parse("hm2")).value();
        double uForest = Z * 0.05 * area;
        assertEquals(uForest, a1.statistics(YEAR, "forest").p97_5() - a1.statistics(YEAR, "forest").point(), 1e-6 * uForest);
        // Eq. 3.2, a sum of five terms of which only fertilizer is uncertain (+-20 %): U = 0.2 x the fertilizer term
        double uAgri = 0.2 * term(account, "agricultural_land", "activity.fertilizer", "agri.fertilizer");
        Statistics agri = a1.statistics(YEAR, "agricultural_land");
        assertEquals(uAgri, agri.p97_5() - agri.point(), 1e-6 * uAgri);
        assertEquals(100 * uAgri / agri.point(), agri.halfWidthPct(), 1e-6);
        // construction = H x K x GDP: U%(construction) = U%(K), the 95 % half-width of the triangle in percent
        double k = entry(study, "construction.coal_factor").getValue();
        double uK = (1 - Math.sqrt(0.05)) * 0.1; // triangular(0.9k, k, 1.1k): F^-1(0.975) = 1.1k - 0.1k sqrt(0.05)
        Statistics construction = a1.statistics(YEAR, "construction");
        assertEquals(uK * 100, construction.halfWidthPct(), 1e-6);
        // net = sources - sinks, independent parts (Eq. 3.2)
        double uNet = Math.sqrt(uForest * uForest + uAgri * uAgri + Math.pow(uK * construction.point(), 2));
        Statistics net = a1.statistics(YEAR, "net");
        assertEquals(uNet, net.p97_5() - net.point(), 1e-6 * uNet);
    }

    @Test
    void monteCarloAgreesWithApproachOneOnTheLinearAccount() throws Exception {
        Study study = study();
        UncertaintyModel model = Services.uncertainty().model(study, AccountOptions.DEFAULT);
        assertEquals(3, model.inputs().size());
        UncertainAccount a1 = Propagation.account(model);
        UncertainAccount mc = MonteCarlo.account(model, 10_000, 42);
        for (String output : new String[] { "forest", "agricultural_land", "net" }) {
            Statistics p = a1.statistics(YEAR, output);
            Statistics m = mc.statistics(YEAR, output);
            double u = p.p97_5() - p.point();
            // the mean of 10,000 draws is within 4 standard errors of the point value (every distribution is symmetric)
            assertEquals(p.point(), m.mean(), 4 * m.sd() / Math.sqrt(10_000), output);
            assertEquals(p.sd(), m.sd(), 0.05 * p.sd(), output);
            assertEquals(p.p2_5(), m.p2_5(), 0.06 * u, output);
            assertEquals(p.p97_5(), m.p97_5(), 0.06 * u, output);
        }
    }

    @Test
    void sameSeedSameNumbersWhateverTheThreads() throws Exception {
        UncertaintyModel model = Services.uncertainty().model(study(), AccountOptions.DEFAULT);
        UncertainAccount all = MonteCarlo.account(model, 3_000, 7);
        UncertainAccount one = new ForkJoinPool(1).submit(() -> MonteCarlo.account(model, 3_000, 7)).get();
        UncertainAccount other = MonteCarlo.account(model, 3_000, 8);
        assertEquals(all.statistics(), one.statistics());
        assertTrue(!all.statistics(YEAR, "net").equals(other.statistics(YEAR, "net")));
        assertArrayEquals(MonteCarlo.inputs(model, 600, 7)[599], MonteCarlo.inputs(model, 1_000, 7)[599]);
    }

    @Test
    void correlatedCoefficientsAddTheirHalfWidths() throws Exception {
        Study study = study();
        give(study, "sink.garden", "normal", 0.05, 0, 0, 0);
        CoefficientCorrelation r = LandCarbonFactory.eINSTANCE.createCoefficientCorrelation();
        r.setKeyA("sink.forest");
        r.setKeyB("sink.garden");
        r.setRho(1);
        study.getCoefficientCorrelations().add(r);
        UncertaintyModel model = Services.uncertainty().model(study, AccountOptions.DEFAULT);
        UncertainAccount a1 = Propagation.account(model);
        double uf = a1.statistics(YEAR, "forest").p97_5() - a1.statistics(YEAR, "forest").point();
        double ug = a1.statistics(YEAR, "garden").p97_5() - a1.statistics(YEAR, "garden").point();
        Statistics sinks = a1.statistics(YEAR, "sinks_total");
        assertEquals(uf + ug, sinks.p97_5() - sinks.point(), 1e-6 * (uf + ug));
        Statistics mc = MonteCarlo.account(model, 10_000, 1).statistics(YEAR, "sinks_total");
        assertEquals(sinks.sd(), mc.sd(), 0.05 * sinks.sd());
    }

    @Test
    void withoutRangesTheAccountIsExactAndSaysSo() throws Exception {
        Study study = Services.sample("guizhou-2005-2019.landcarbon");
        UncertaintyModel model = Services.uncertainty().model(study, AccountOptions.DEFAULT);
        assertEquals(0, model.inputs().size());
        assertTrue(model.notes().get(0).contains("no range and are taken as exact"), model.notes().toString());
        Statistics net = MonteCarlo.account(model, 100, 1).statistics(2010, "net");
        assertEquals(0, net.sd());
        assertEquals(net.point(), net.p97_5());
    }

    @Test
    void impossibleParametersNameTheCoefficient() throws Exception {
        Study study = study();
        give(study, "sink.forest", "triangular", 0, -0.5, -0.4, 0);
        AccountingException e = assertThrows(AccountingException.class, () -> Services.uncertainty().model(study, AccountOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith("coefficient sink.forest (set demo-county)"), e.getMessage());
        assertTrue(e.getMessage().contains("excludes the point value"), e.getMessage());
        assertTrue(org.eclipse.emf.ecore.util.Diagnostician.INSTANCE.validate(study).getChildren().stream()
                .anyMatch(d -> d.getMessage().contains("coefficient sink.forest") && d.getMessage().contains("excludes the point value")));
    }
}
