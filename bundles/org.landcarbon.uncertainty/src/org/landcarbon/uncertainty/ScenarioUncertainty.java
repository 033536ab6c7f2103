package org.landcarbon.uncertainty;

import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.Components;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.MethodChoice;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.scenarios.ProjectedStudy;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.uncertainty.internal.Reprojection;

/**
 * Monte Carlo through a scenario: the account of the projected study (every year to the horizon) as a function of
 * the uncertain inputs, its draws, the band of each number and the peak-year distribution of net emission. A draw's
 * coefficients serve history and projection alike; a draw's series multipliers scale the history, and the
 * scenario's rules are re-run on it, so the projected years move as the rules make them move.
 */
public final class ScenarioUncertainty {

    /** What one scenario's draws give: the band of every number and the peak years of net emission. */
    public record Result(String scenario, UncertainAccount account, PeakDistribution peaks) {
    }

    private ScenarioUncertainty() {
    }

    /**
     * The model of a scenario: the account of the study projected under it, every year to the horizon, with each
     * draw's series values from the scenario's rules re-run on the drawn history ({@link Reprojection}). A component
     * the scenario projects from its reported history is taken by the {@code reported} method (as the scenario
     * account does), which carries no range.
     */
    public static UncertaintyModel model(UncertaintyService service, Study study, Scenario scenario, ScenarioProjector projector)
            throws AccountingException, ProjectionException {
        ProjectedStudy projection = projector.project(study, scenario);
        Study projected = projection.study();
        for (String component : projection.components().keySet()) {
            if (!Components.isTotal(component)
                    && projected.getMethodChoices().stream().noneMatch(c -> component.equals(c.getComponent()))) {
                MethodChoice choice = LandCarbonFactory.eINSTANCE.createMethodChoice();
                choice.setComponent(component);
                choice.setMethodId("reported");
                projected.getMethodChoices().add(choice);
            }
        }
        return service.model(projected, AccountOptions.DEFAULT, new Reprojection(study, scenario, projector));
    }

    /** The draws of one scenario: statistics per year and number, and the peak years of net emission. */
    public static Result monteCarlo(String scenario, UncertaintyModel model, int draws, long seed) {
        MonteCarlo.checkDraws(draws, model.point().length);
        double[][] out = MonteCarlo.run(model, draws, seed);
        PeakDistribution peaks = PeakDistribution.of(model, out, Components.NET);
        return new Result(scenario, MonteCarlo.summarize(model, out, draws, seed), peaks);
    }
}
