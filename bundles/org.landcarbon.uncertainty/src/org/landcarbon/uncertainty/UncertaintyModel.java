package org.landcarbon.uncertainty;

import java.util.List;

/**
 * The account of a study as a function of its uncertain inputs: {@link #evaluate} gives, for a vector of input
 * values, every component and total of every year ({@link #index}). Thread-safe.
 */
public interface UncertaintyModel {

    String studyName();

    List<Integer> years();

    /** Components in Table 5 order, then sinks_total, sources_total, net. */
    List<String> outputs();

    List<UncertainInput> inputs();

    /** Correlation matrix of the inputs' Gaussian copula (identity when the study names no pairs). */
    double[][] correlation();

    /** The point values, laid out as {@link #index}; NaN where the account has no value. */
    double[] point();

    /** Position of (year, output) in {@link #point} and {@link #evaluate}. */
    default int index(int year, String output) {
        int y = years().indexOf(year);
        int o = outputs().indexOf(output);
        if (y < 0 || o < 0) {
            throw new IllegalArgumentException("no " + output + " in " + year + " (years " + years().get(0) + "-"
                    + years().get(years().size() - 1) + ", outputs " + outputs() + ")");
        }
        return y * outputs().size() + o;
    }

    /** Every output for the given input values (one per {@link #inputs}, same order), in t C. */
    double[] evaluate(double[] x);

    /** What the model did that a reader should know (inputs without a range, methods re-run per draw). */
    List<String> notes();
}
