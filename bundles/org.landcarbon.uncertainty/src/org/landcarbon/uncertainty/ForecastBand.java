package org.landcarbon.uncertainty;

import java.util.List;

/**
 * The distribution of a forecast, step by step: the point forecast and the statistics of the replicates (residual
 * bootstrap) or draws (Monte Carlo) at each step after the last input point.
 *
 * @param method "bootstrap" (GM(1,1) prediction interval from the fit's residuals) or "mc" (input draws of the
 *               account pushed through the fit)
 * @param runs replicates or draws asked for
 * @param left the runs left out because their series or forecast was unusable (non-positive, not finite)
 * @param statistics one per forecast step; {@code point} is the forecast of the unperturbed data
 */
public record ForecastBand(String method, int runs, long seed, int left, List<Statistics> statistics) {

    public ForecastBand {
        statistics = List.copyOf(statistics);
    }
}
