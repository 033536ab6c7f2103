package org.landcarbon.uncertainty;

import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.Components;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.MethodChoice;
import org.landcarbon.model.Study;
import org.landcarbon.scenarios.ProjectedStudy;

/**
 * Monte Carlo through a scenario: the account of the projected study (every year to the horizon) as a function of
 * the uncertain inputs, its draws, the band of each number and the peak-year distribution of net emission. The
 * projected series are the scenario's point projections; the draws vary the coefficients (and series with a range)
 * that the account reads in every year, history and projection alike.
 */
public final class ScenarioUncertainty {

    /** What one scenario's draws give: the band of every number and the peak years of net emission. */
    public record Result(String scenario, UncertainAccount account, PeakDistribution peaks) {
    }

    private ScenarioUncertainty() {
    }

    /**
     * The model of a projected study. A component the scenario projects from its reported history is taken by the
     * {@code reported} method (as the scenario account does), which carries no range.
     */
    public static UncertaintyModel model(UncertaintyService service, ProjectedStudy projection) throws AccountingException {
        Study study = projection.study();
        for (String component : projection.components().keySet()) {
            if (!Components.isTotal(component)
                    && study.getMethodChoices().stream().noneMatch(c -> component.equals(c.getComponent()))) {
                MethodChoice choice = LandCarbonFactory.eINSTANCE.createMethodChoice();
                choice.setComponent(component);
                choice.setMethodId("reported");
                study.getMethodChoices().add(choice);
            }
        }
        return service.model(study, AccountOptions.DEFAULT);
    }

    /** The draws of one scenario: statistics per year and number, and the peak years of net emission. */
    public static Result monteCarlo(String scenario, UncertaintyModel model, int draws, long seed) {
        MonteCarlo.checkDraws(draws, model.point().length);
        double[][] out = MonteCarlo.run(model, draws, seed);
        PeakDistribution peaks = PeakDistribution.of(model, out, Components.NET);
        return new Result(scenario, MonteCarlo.summarize(model, out, draws, seed), peaks);
    }
}
