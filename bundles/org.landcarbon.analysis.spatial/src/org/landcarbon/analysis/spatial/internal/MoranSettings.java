package org.landcarbon.analysis.spatial.internal;

import org.landcarbon.analysis.Setting;

/** Settings of {@code spatial.moran}. */
public class MoranSettings {

    /** Weight style: W row-standardised, B binary/as given (spdep's names). */
    public enum Style {
        ROW, AS_GIVEN
    }

    @Setting(name = "weights", label = "Weights CSV", labelZh = "空间权重CSV", required = true,
            description = "CSV of id,neighbour,weight (one line per link; the ids are the row labels of the input)")
    public String weights;

    @Setting(name = "style", label = "Weight style", labelZh = "权重标准化",
            description = "row: each row divided by its sum (spdep style W); as-given: the weights of the file (style B for 0/1)")
    public Style style = Style.ROW;

    @Setting(name = "permutations", label = "Permutations", labelZh = "置换次数", min = 99, max = 99999,
            description = "random permutations for the pseudo p values")
    public int permutations = 999;

    @Setting(name = "seed", label = "Random seed", labelZh = "随机种子", min = 0,
            description = "seed of the permutations (the same seed gives the same p values)")
    public long seed = 20260101L;

    @Setting(name = "alpha", label = "Significance level", labelZh = "显著性水平", min = 0.0001, max = 0.5,
            description = "pseudo p value at or below which a local cluster is reported")
    public double alpha = 0.05;
}
