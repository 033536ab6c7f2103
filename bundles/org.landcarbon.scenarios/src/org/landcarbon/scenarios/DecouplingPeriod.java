package org.landcarbon.scenarios;

/**
 * Tapio decoupling of net emission from GDP over one period.
 *
 * <p>Computed here rather than by the example plugin {@code org.landcarbon.examples.decoupling}:
 * that bundle shows how an institution adds an analysis and is optional, and the core never
 * depends on an example; the scenario key figures need the state for every scenario, and the
 * classification is a few lines ({@link DecouplingState#classify}).
 *
 * @param emissionChange relative change of net emission, {@code (C1 - C0) / C0}
 * @param gdpChange      relative change of GDP, {@code (G1 - G0) / G0}
 * @param elasticity     {@code emissionChange / gdpChange}
 * @param state          the state, or null when it is undefined (see {@code note})
 * @param note           why the state is undefined, or empty
 */
public record DecouplingPeriod(int from, int to, double emissionChange, double gdpChange, double elasticity,
        DecouplingState state, String note) {

    public static DecouplingPeriod of(int from, int to, double c0, double c1, double g0, double g1) {
        if (c0 <= 0) {
            return new DecouplingPeriod(from, to, Double.NaN, Double.NaN, Double.NaN, null,
                    "net emission in " + from + " is not positive: the relative change is undefined");
        }
        if (g0 <= 0) {
            return new DecouplingPeriod(from, to, Double.NaN, Double.NaN, Double.NaN, null,
                    "GDP in " + from + " is not positive");
        }
        double dc = (c1 - c0) / c0;
        double dg = (g1 - g0) / g0;
        DecouplingState state = DecouplingState.classify(dc, dg);
        return new DecouplingPeriod(from, to, dc, dg, dg == 0 ? Double.NaN : dc / dg, state,
                state == null ? "GDP did not change" : "");
    }

    public String label() {
        return state == null ? "undefined (" + note + ")" : state.label();
    }
}
