package org.landcarbon.model.units;

import java.util.Arrays;

/** An exponent vector over {@link BaseDimension}s, e.g. carbon / (area time) for a sink rate. Immutable. */
public final class Dimension {

    private static final BaseDimension[] BASES = BaseDimension.values();

    /** The dimension of pure numbers (coefficients, shares). */
    public static final Dimension NONE = new Dimension(new int[BASES.length]);

    private final int[] exponents;

    private Dimension(int[] exponents) {
        this.exponents = exponents;
    }

    /** The dimension of one base unit. */
    public static Dimension of(BaseDimension base) {
        int[] e = new int[BASES.length];
        e[base.ordinal()] = 1;
        return new Dimension(e);
    }

    public int exponent(BaseDimension base) {
        return exponents[base.ordinal()];
    }

    public boolean isDimensionless() {
        return equals(NONE);
    }

    public Dimension times(Dimension other) {
        int[] e = new int[BASES.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = exponents[i] + other.exponents[i];
        }
        return new Dimension(e);
    }

    public Dimension power(int n) {
        int[] e = new int[BASES.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = exponents[i] * n;
        }
        return new Dimension(e);
    }

    public Dimension dividedBy(Dimension other) {
        return times(other.power(-1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dimension d && Arrays.equals(exponents, d.exponents);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(exponents);
    }

    /** Readable form for messages: "area", "carbon / (area time)", "dimensionless". */
    @Override
    public String toString() {
        StringBuilder num = new StringBuilder();
        StringBuilder den = new StringBuilder();
        int denCount = 0;
        for (BaseDimension b : BASES) {
            int e = exponents[b.ordinal()];
            if (e > 0) {
                append(num, b.label(), e);
            } else if (e < 0) {
                append(den, b.label(), -e);
                denCount++;
            }
        }
        if (num.isEmpty() && den.isEmpty()) {
            return "dimensionless";
        }
        String n = num.isEmpty() ? "1" : num.toString();
        if (den.isEmpty()) {
            return n;
        }
        return n + " / " + (denCount > 1 ? "(" + den + ")" : den.toString());
    }

    private static void append(StringBuilder sb, String label, int e) {
        if (!sb.isEmpty()) {
            sb.append(' ');
        }
        sb.append(label);
        if (e != 1) {
            sb.append('^').append(e);
        }
    }
}
