package org.landcarbon.analysis.forecast;

/**
 * One forecasting method: from a history (oldest first) the next h values. Implementations fit on the
 * history they are given, so a rolling-origin evaluation simply calls them with longer histories.
 */
public interface Forecaster {

    /** Stable key used in result keys, e.g. {@code gm11}. */
    String key();

    /** Name for tables, e.g. {@code GM(1,1)}. */
    String label();

    /** Whether the method needs strictly positive values (the grey models). */
    default boolean needsPositive() {
        return false;
    }

    /** The next h values; throws {@link IllegalArgumentException} when the history does not suit the method. */
    double[] forecast(double[] history, int h);

    /** The fitted model on this history in words (parameters), for the report. */
    String describe(double[] history);
}
