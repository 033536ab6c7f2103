package org.landcarbon.accounting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;

/**
 * How one number of an account came about: the method and its formula, every input with its provenance,
 * every coefficient with its source, and the arithmetic in order.
 */
public record Trail(String methodId, String methodName, String formula, List<SeriesInput> inputs,
        List<CoefficientValue> coefficients, List<ReportedFigure> reported, List<String> steps) {

    public Trail {
        inputs = List.copyOf(inputs);
        coefficients = List.copyOf(coefficients);
        reported = List.copyOf(reported);
        steps = List.copyOf(steps);
    }

    /** Significant digits of numbers in trail text: one more than the two decimals of a 10^4 t C table. */
    private static final int DIGITS = 6;

    /**
     * A number for trail text: six significant digits, but never fewer than its integer digits
     * (5101099.97 reads 5101100, 792.0962732919255 reads 792.096), and no exponent. Full precision stays in
     * the account and its JSON.
     */
    public static String number(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        BigDecimal d = new BigDecimal(v);
        d = Math.abs(v) >= Math.pow(10, DIGITS) ? d.setScale(0, RoundingMode.HALF_EVEN) : d.round(new MathContext(DIGITS));
        return d.stripTrailingZeros().toPlainString();
    }

    /** "792.096 10^4 hm2". */
    public static String quantity(Quantity q) {
        return number(q.value()) + " " + q.unit().symbol();
    }

    /**
     * An amount of carbon in t C and, when it differs, in the study's display unit, so a trail can be read
     * against a published table: "5101100 t C = 510.11 10^4 t C".
     */
    public static String carbon(Quantity carbon, Unit display) {
        Quantity tc = carbon.to(Units.T_C);
        String text = quantity(tc);
        if (display != null && !display.isEquivalent(Units.T_C)) {
            text += " = " + quantity(Account.express(tc, display));
        }
        return text;
    }

    public static Builder builder(AccountingMethod method) {
        return new Builder(method);
    }

    /** Collects a trail while a method computes; the method records what it reads as it reads it. */
    public static final class Builder {
        private final AccountingMethod method;
        private String formula;
        private final List<SeriesInput> inputs = new ArrayList<>();
        private final List<CoefficientValue> coefficients = new ArrayList<>();
        private final List<ReportedFigure> reported = new ArrayList<>();
        private final List<String> steps = new ArrayList<>();

        Builder(AccountingMethod method) {
            this.method = method;
            this.formula = method.formula();
        }

        public Builder formula(String text) {
            this.formula = text;
            return this;
        }

        public SeriesInput input(SeriesInput input) {
            if (!inputs.contains(input)) {
                inputs.add(input);
            }
            return input;
        }

        public CoefficientValue coefficient(CoefficientValue coefficient) {
            if (!coefficients.contains(coefficient)) {
                coefficients.add(coefficient);
            }
            return coefficient;
        }

        public ReportedFigure reported(ReportedFigure figure) {
            reported.add(figure);
            return figure;
        }

        public Builder step(String text) {
            steps.add(text);
            return this;
        }

        public Trail build() {
            return new Trail(method.id(), method.name(), formula, inputs, coefficients, reported, steps);
        }
    }
}
