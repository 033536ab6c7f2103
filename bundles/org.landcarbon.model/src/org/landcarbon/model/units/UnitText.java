package org.landcarbon.model.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit symbols typeset for people: {@code 10^4 t C} reads 10⁴ t C, {@code 10^4 hm2} 10⁴ hm²,
 * {@code t CO2} t CO₂. Files (CSV, JSON, study files) keep the ASCII symbols, which {@link Unit#parse}
 * reads; this is only for what a person reads on screen, in a report or on a chart axis.
 */
public final class UnitText {

    private static final Pattern POWER = Pattern.compile("\\^(-?\\d+)");
    private static final Pattern SQUARE = Pattern.compile("\\b(hm|km|m|cm)([23])\\b");
    private static final Pattern CO2 = Pattern.compile("\\bCO2\\b");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private UnitText() {
    }

    /** Unicode: superscript powers and areas, subscript 2 in CO₂. Null stays null. */
    public static String unicode(String ascii) {
        if (ascii == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        Matcher m = POWER.matcher(ascii);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(superscript(m.group(1))));
        }
        m.appendTail(sb);
        String text = SQUARE.matcher(sb).replaceAll(r -> r.group(1) + superscript(r.group(2)));
        return CO2.matcher(text).replaceAll("CO₂");
    }

    /**
     * The ASCII symbol of a unit a person typed or saw typeset ({@code 10⁴ km²} gives {@code 10^4 km2}, {@code t CO₂}
     * {@code t CO2}), so that what is stored stays readable by {@link Unit#parse}. ASCII text is returned unchanged.
     */
    public static String ascii(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        boolean inPower = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = SUPERSCRIPTS.indexOf(c);
            boolean sup = digit >= 0 || c == '⁻';
            if (sup) {
                // after a letter (km², m³) a superscript is the area or volume; after a number (10⁴) a power
                boolean afterLetter = !inPower && sb.length() > 0 && Character.isLetter(sb.charAt(sb.length() - 1));
                if (!inPower && !afterLetter) {
                    sb.append('^');
                }
                inPower = !afterLetter;
                sb.append(digit >= 0 ? (char) ('0' + digit) : '-');
            } else {
                inPower = false;
                sb.append(c == '₂' ? '2' : c);
            }
        }
        return sb.toString();
    }

    private static String superscript(String digits) {
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            sb.append(c == '-' ? '⁻' : SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
