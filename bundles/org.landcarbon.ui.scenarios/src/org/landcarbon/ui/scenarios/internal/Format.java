package org.landcarbon.ui.scenarios.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

import org.eclipse.osgi.util.NLS;
import org.landcarbon.scenarios.KeyFigures;

/** Numbers on screen rounded as {@code landcarbon compare} rounds them: half up to the study's decimals. */
public final class Format {

    private Format() {
    }

    public static String number(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    public static String number(OptionalDouble v, int decimals) {
        return v.isPresent() ? number(v.getAsDouble(), decimals) : Messages.noValue;
    }

    /** A table cell of {@link org.landcarbon.scenarios.ComparisonTables}: numbers rounded, "-" for none. */
    public static String cell(Object cell, int decimals) {
        if (cell == null) {
            return Messages.noValue;
        }
        return cell instanceof Double d ? number(d, decimals) : String.valueOf(cell);
    }

    /** The peak year, or "none to HORIZON" when the path has not turned by its horizon. */
    public static String peakYear(KeyFigures k) {
        return k.peak().reached() ? String.valueOf(k.peak().year()) : NLS.bind(Messages.noPeak, String.valueOf(k.peak().year()));
    }

    public static String cumulative(KeyFigures k, int decimals) {
        return k.cumulative() == null ? Messages.noValue : number(k.cumulative(), decimals);
    }
}
