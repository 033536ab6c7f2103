package org.landcarbon.uncertainty;

import org.hipparchus.distribution.continuous.LogNormalDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TriangularDistribution;
import org.hipparchus.distribution.continuous.UniformRealDistribution;
import org.hipparchus.special.Erf;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.study.Uncertainties;

/**
 * A distribution of one uncertain input around its point value, in the input's own unit (a series' relative
 * uncertainty becomes a multiplier around 1). Sampling goes through {@link #fromStandardNormal}: a standard
 * normal draw is mapped by the quantile function, so correlated inputs share a Gaussian copula.
 *
 * <p>interval95pct: symmetric as a normal with sd = percent x |point| / 196; asymmetric as a split normal
 * whose halves have the lower and upper 95 % half-widths (its mode is the point value).
 */
public final class Distribution {

    private static final double Z975 = 1.959963984540054;

    private final String kind;
    private final double point;
    private final String text;
    private final org.hipparchus.distribution.RealDistribution hipparchus;
    private final double sign;
    private final double sdLow;
    private final double sdHigh;

    private Distribution(String kind, double point, String text, org.hipparchus.distribution.RealDistribution d, double sign, double sdLow,
            double sdHigh) {
        this.kind = kind;
        this.point = point;
        this.text = text;
        this.hipparchus = d;
        this.sign = sign;
        this.sdLow = sdLow;
        this.sdHigh = sdHigh;
    }

    /**
     * The distribution of an uncertainty around {@code point}; {@code relative}: parameters are percent of each
     * value (a series) and the result is a multiplier around 1.
     *
     * @throws IllegalArgumentException with the reason when the parameters are impossible
     */
    public static Distribution of(Uncertainty u, double point, boolean relative) {
        return of(u.getDistribution(), u.getSd(), u.getMin(), u.getMax(), u.getPercent(), u.getPercentUpper(), point, relative);
    }

    public static Distribution of(String kind, double sd, double min, double max, double percent, double percentUpper, double point,
            boolean relative) {
        String problem = Uncertainties.problem(kind, sd, min, max, percent, percentUpper, relative ? 0 : point, relative);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (relative) {
            // a relative uncertainty is a multiplier: +-10 % of each value is 0.9 .. 1.1 around 1
            return of(kind, sd / 100, 1 + min / 100, 1 + max / 100, percent, percentUpper, 1, false);
        }
        String pct = relative ? " %" : "";
        return switch (kind) {
        case Uncertainties.NORMAL -> new Distribution(kind, point, "normal(sd " + sd + pct + ")", new NormalDistribution(point, sd), 1, 0, 0);
        case Uncertainties.LOGNORMAL -> {
            // arithmetic mean |point| and sd: sigma^2 = ln(1 + sd^2/m^2), mu = ln m - sigma^2/2; the sign of the point is kept
            double m = Math.abs(point);
            double s2 = Math.log1p(sd * sd / (m * m));
            yield new Distribution(kind, point, "lognormal(sd " + sd + ")",
                    new LogNormalDistribution(Math.log(m) - s2 / 2, Math.sqrt(s2)), Math.signum(point), 0, 0);
        }
        case Uncertainties.TRIANGULAR -> new Distribution(kind, point, "triangular(" + min + ", " + point + ", " + max + ")",
                new TriangularDistribution(min, point, max), 1, 0, 0);
        case Uncertainties.UNIFORM -> new Distribution(kind, point, "uniform(" + min + ", " + max + ")", new UniformRealDistribution(min, max),
                1, 0, 0);
        default -> {
            double up = percentUpper > 0 ? percentUpper : percent;
            double lo = Math.abs(point) * percent / 100 / Z975;
            double hi = Math.abs(point) * up / 100 / Z975;
            String t = up == percent ? "+-" + percent + " % (95 %)" : "-" + percent + " % / +" + up + " % (95 %)";
            yield new Distribution(kind, point, t, up == percent && lo > 0 ? new NormalDistribution(point, lo) : null, 1, lo, hi);
        }
        };
    }

    public String kind() {
        return kind;
    }

    /** The point value the distribution is built around (1 for a relative series uncertainty). */
    public double point() {
        return point;
    }

    /** "triangular(-0.8, -0.644, -0.5)". */
    public String describe() {
        return text;
    }

    /** The value at cumulative probability p (0 < p < 1). */
    public double quantile(double p) {
        if (hipparchus == null) {
            return fromStandardNormal(normalQuantile(p));
        }
        double v = hipparchus.inverseCumulativeProbability(sign < 0 ? 1 - p : p);
        return sign < 0 ? -v : v;
    }

    /** The value whose cumulative probability equals that of the standard normal draw z. */
    public double fromStandardNormal(double z) {
        if (hipparchus == null) {
            return point + z * (z < 0 ? sdLow : sdHigh);
        }
        if (hipparchus instanceof NormalDistribution n) {
            return n.getMean() + z * n.getStandardDeviation();
        }
        return quantile(normalCdf(z));
    }

    /** Half the width of the central 95 % interval, the U of IPCC Approach 1 in absolute terms. */
    public double halfWidth95() {
        return (quantile(0.975) - quantile(0.025)) / 2;
    }

    public double mean() {
        if (hipparchus == null) {
            return point + (sdHigh - sdLow) * Math.sqrt(2 / Math.PI);
        }
        return sign * hipparchus.getNumericalMean();
    }

    public double sd() {
        if (hipparchus == null) {
            double d = sdHigh - sdLow;
            return Math.sqrt((1 - 2 / Math.PI) * d * d + sdLow * sdHigh);
        }
        return Math.sqrt(hipparchus.getNumericalVariance());
    }

    static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    static double normalQuantile(double p) {
        return -Math.sqrt(2) * Erf.erfcInv(2 * p);
    }
}
