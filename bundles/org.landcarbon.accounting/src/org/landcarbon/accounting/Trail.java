package org.landcarbon.accounting;

import java.util.ArrayList;
import java.util.List;

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
