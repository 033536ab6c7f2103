package org.landcarbon.io;

import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.study.Uncertainties;

/**
 * The classification accuracy of a land-cover product, attached to the areas computed from it as their relative
 * uncertainty (docs/uncertainty.md, "Land-cover accuracy"). Assumption: an area of a class whose user's accuracy is
 * P % lies within +-(100 - P) % of the mapped area with 95 % probability, a symmetric {@code interval95pct} (the
 * share of its pixels that may belong elsewhere; errors of omission, which producer's accuracy would give, and
 * their partial cancelling are not modelled).
 *
 * @param landClass   a land class (id or name) of the study, or empty for every class (an overall accuracy)
 * @param accuracyPct the class's user's accuracy, or the overall accuracy, in percent: 0 < P < 100
 * @param source      where the accuracy comes from (required), e.g. {@code CLCD overall accuracy 79.31 %, Yang & Huang 2021}
 * @param where       for messages: {@code FILE:ROW} of the accuracy table, or {@code --accuracy}
 * @since 0.1.1
 */
public record AreaAccuracy(String landClass, double accuracyPct, String source, String where) {

    /** An accuracy for every class. */
    public static AreaAccuracy overall(double accuracyPct, String source) {
        return new AreaAccuracy("", accuracyPct, source, "--accuracy");
    }

    /** Why an accuracy cannot be used, or {@code null} when it can. */
    public static String problem(double accuracyPct, String source) {
        if (!(accuracyPct > 0 && accuracyPct < 100)) {
            return "an accuracy is a percentage above 0 and below 100, got " + accuracyPct;
        }
        if (source == null || source.isBlank()) {
            return "an accuracy must cite its source (the product's accuracy assessment)";
        }
        return null;
    }

    /** The range of an area series: {@code interval95pct} of +-(100 - P) %, with this source. */
    public Uncertainty range() {
        Uncertainty u = LandCarbonFactory.eINSTANCE.createUncertainty();
        u.setDistribution(Uncertainties.INTERVAL95PCT);
        // 100 - 79.31 is 20.689999999999998 in binary; keep the digits the user gave
        u.setPercent(new java.math.BigDecimal(Double.toString(100)).subtract(new java.math.BigDecimal(Double.toString(accuracyPct)))
                .doubleValue());
        u.setSource(source.strip());
        return u;
    }
}
