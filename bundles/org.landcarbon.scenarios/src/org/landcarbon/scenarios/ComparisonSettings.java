package org.landcarbon.scenarios;

import java.util.List;

/**
 * What a comparison reports besides the paths: the cumulative period, the threshold of the
 * "falls below" year, the milestone years shown side by side, and the length of the decoupling
 * periods.
 */
public record ComparisonSettings(int cumulativeFrom, int cumulativeTo, double threshold, List<Integer> milestones,
        int decouplingStep) {

    public ComparisonSettings {
        milestones = List.copyOf(milestones);
        if (cumulativeTo < cumulativeFrom) {
            throw new IllegalArgumentException("cumulative period " + cumulativeFrom + "-" + cumulativeTo + " ends before it starts");
        }
        if (decouplingStep < 1) {
            throw new IllegalArgumentException("decoupling periods must be at least one year long");
        }
    }

    /** 2020-2030 cumulative, threshold 0 (net neutrality), milestones 2030 and 2060, five-year periods. */
    public static ComparisonSettings defaults() {
        return new ComparisonSettings(2020, 2030, 0, List.of(2030, 2060), 5);
    }

    public ComparisonSettings withCumulative(int from, int to) {
        return new ComparisonSettings(from, to, threshold, milestones, decouplingStep);
    }

    public ComparisonSettings withThreshold(double value) {
        return new ComparisonSettings(cumulativeFrom, cumulativeTo, value, milestones, decouplingStep);
    }
}
