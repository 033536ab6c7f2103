package org.landcarbon.uncertainty;

import java.util.List;

/**
 * The uncertainty of every number of an account, by Approach 1 (error propagation) or Approach 2 (Monte
 * Carlo), laid out as {@link UncertaintyModel#index}.
 *
 * @param method "propagation" or "mc"
 * @param draws the number of Monte Carlo draws (0 for propagation)
 * @param seed the seed of the draws (0 for propagation)
 */
public record UncertainAccount(UncertaintyModel model, String method, int draws, long seed, List<Statistics> statistics) {

    public UncertainAccount {
        statistics = List.copyOf(statistics);
    }

    public Statistics statistics(int year, String output) {
        return statistics.get(model.index(year, output));
    }
}
