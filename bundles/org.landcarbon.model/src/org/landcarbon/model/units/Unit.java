package org.landcarbon.model.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A unit of measure: a decimal multiplier (such as 10^4) times a product of {@link Atom}s with integer
 * exponents, e.g. "10^4 hm2", "t C / (hm2 a)", "t standard coal / 10^4 yuan". Immutable; equal when the
 * canonical symbols are equal. Values convert only between units of the same {@link Dimension}.
 *
 * <p>Unit text grammar: {@code expr := group ('/' group)*}, {@code group := factor+} (juxtaposition or
 * {@code *} multiplies), {@code factor := '(' expr ')' | number | 10^n | atom[^n]}. Atoms may be several
 * words ("t C", "t standard coal"); the longest match wins, so "t C" is carbon and "t" alone is substance
 * mass.
 */
public final class Unit {

    private static final Map<String, Unit> CACHE = new ConcurrentHashMap<>();

    /** The unit of pure numbers. */
    public static final Unit ONE = new Unit(BigDecimal.ONE, BigDecimal.ONE, Map.of());

    private final BigDecimal numeratorScale;
    private final BigDecimal denominatorScale;
    private final Map<Atom, Integer> powers;
    private final Dimension dimension;
    private final double factor;
    private final String symbol;

    private Unit(BigDecimal num, BigDecimal den, Map<Atom, Integer> powers) {
        BigDecimal[] scales = reduce(num, den);
        this.numeratorScale = scales[0];
        this.denominatorScale = scales[1];
        Map<Atom, Integer> p = new LinkedHashMap<>();
        powers.forEach((atom, e) -> {
            if (e != 0) {
                p.put(atom, e);
            }
        });
        this.powers = Collections.unmodifiableMap(p);
        Dimension d = Dimension.NONE;
        double f = numeratorScale.doubleValue() / denominatorScale.doubleValue();
        for (Map.Entry<Atom, Integer> e : this.powers.entrySet()) {
            d = d.times(e.getKey().dimension().power(e.getValue()));
            f *= Math.pow(e.getKey().factor(), e.getValue());
        }
        this.dimension = d;
        this.factor = f;
        this.symbol = render();
    }

    /**
     * Parses unit text such as "10^4 hm2", "kg C / km2", "t C / (hm2 a)" or "1".
     *
     * @throws UnitException naming the text and what is wrong with it
     */
    public static Unit parse(String text) {
        if (text == null || text.isBlank()) {
            throw new UnitException("empty unit: write \"1\" for a pure number");
        }
        return CACHE.computeIfAbsent(text.strip(), t -> new Parser(t).parse());
    }

    /** The exponents over base dimensions. */
    public Dimension dimension() {
        return dimension;
    }

    /** How many base units (hm2, t C, t, yuan, ... see {@link BaseDimension}) one of this unit is. */
    public double factor() {
        return factor;
    }

    /** Canonical text, which {@link #parse} reads back to an equal unit. */
    public String symbol() {
        return symbol;
    }

    public boolean isCompatible(Unit other) {
        return dimension.equals(other.dimension);
    }

    /** True when this and {@code other} are the same quantity even if written differently (tce, t standard coal). */
    public boolean isEquivalent(Unit other) {
        return isCompatible(other) && Math.abs(factor - other.factor) <= 1e-12 * Math.max(Math.abs(factor), Math.abs(other.factor));
    }

    /**
     * Converts a value in this unit to {@code to}.
     *
     * @throws UnitException when the dimensions differ, e.g. "cannot convert 10^4 hm2 to t C: area is not carbon"
     */
    public double convert(double value, Unit to) {
        if (!isCompatible(to)) {
            throw new UnitException("cannot convert " + symbol + " to " + to.symbol + ": " + dimension + " is not " + to.dimension);
        }
        if (this == to || factor == to.factor) {
            return value;
        }
        return value * factor / to.factor;
    }

    public Unit times(Unit other) {
        Map<Atom, Integer> p = new LinkedHashMap<>(powers);
        other.powers.forEach((atom, e) -> p.merge(atom, e, Integer::sum));
        return new Unit(numeratorScale.multiply(other.numeratorScale), denominatorScale.multiply(other.denominatorScale), p);
    }

    public Unit dividedBy(Unit other) {
        Map<Atom, Integer> p = new LinkedHashMap<>(powers);
        other.powers.forEach((atom, e) -> p.merge(atom, -e, Integer::sum));
        return new Unit(numeratorScale.multiply(other.denominatorScale), denominatorScale.multiply(other.numeratorScale), p);
    }

    Unit power(int n) {
        Map<Atom, Integer> p = new LinkedHashMap<>();
        powers.forEach((atom, e) -> p.put(atom, e * n));
        BigDecimal num = n >= 0 ? numeratorScale.pow(n) : denominatorScale.pow(-n);
        BigDecimal den = n >= 0 ? denominatorScale.pow(n) : numeratorScale.pow(-n);
        return new Unit(num, den, p);
    }

    /** The same unit with each atom replaced by its carbon/CO2 counterpart ("10^4 t C" to "10^4 t CO2"). */
    Unit swapCarbonAndCo2() {
        Map<Atom, Integer> p = new LinkedHashMap<>();
        powers.forEach((atom, e) -> p.merge(atom.counterpart() == null ? atom : Atom.BY_NAME.get(atom.counterpart()), e, Integer::sum));
        return new Unit(numeratorScale, denominatorScale, p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && symbol.equals(u.symbol);
    }

    @Override
    public int hashCode() {
        return symbol.hashCode();
    }

    @Override
    public String toString() {
        return symbol;
    }

    // Keeps the multiplier on one side where possible: 10^4 t / 10^4 hm2 is t / hm2.
    private static BigDecimal[] reduce(BigDecimal num, BigDecimal den) {
        if (num.compareTo(BigDecimal.ONE) == 0 || den.compareTo(BigDecimal.ONE) == 0) {
            return new BigDecimal[] { num.stripTrailingZeros(), den.stripTrailingZeros() };
        }
        try {
            BigDecimal ratio = num.divide(den, MathContext.UNLIMITED);
            if (ratio.compareTo(BigDecimal.ONE) >= 0) {
                return new BigDecimal[] { ratio.stripTrailingZeros(), BigDecimal.ONE };
            }
            return new BigDecimal[] { BigDecimal.ONE, den.divide(num, MathContext.UNLIMITED).stripTrailingZeros() };
        } catch (ArithmeticException notExact) {
            return new BigDecimal[] { num, den };
        }
    }

    private String render() {
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        if (numeratorScale.compareTo(BigDecimal.ONE) != 0) {
            num.add(scaleText(numeratorScale));
        }
        if (denominatorScale.compareTo(BigDecimal.ONE) != 0) {
            den.add(scaleText(denominatorScale));
        }
        powers.forEach((atom, e) -> {
            if (e > 0) {
                num.add(e == 1 ? atom.name() : atom.name() + "^" + e);
            } else {
                den.add(e == -1 ? atom.name() : atom.name() + "^" + (-e));
            }
        });
        String n = num.isEmpty() ? "1" : String.join(" ", num);
        if (den.isEmpty()) {
            return n;
        }
        // "t C / (hm2 a)" but "t standard coal / 10^4 yuan": brackets only around several atoms
        long denAtoms = powers.values().stream().filter(e -> e < 0).count();
        String d = String.join(" ", den);
        return n + " / " + (denAtoms > 1 ? "(" + d + ")" : d);
    }

    private static String scaleText(BigDecimal scale) {
        BigDecimal s = scale.stripTrailingZeros();
        if (s.unscaledValue().equals(java.math.BigInteger.ONE) && s.scale() <= -2) {
            return "10^" + (-s.scale());
        }
        return s.toPlainString();
    }

    /** Recursive-descent parser over whitespace/parenthesis tokens. */
    private static final class Parser {
        private final String text;
        private final List<String> tokens = new ArrayList<>();
        private int pos;

        Parser(String text) {
            this.text = text;
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || "()/*·".indexOf(c) >= 0) {
                    if (!current.isEmpty()) {
                        tokens.add(current.toString());
                        current.setLength(0);
                    }
                    if (!Character.isWhitespace(c)) {
                        tokens.add(c == '·' ? "*" : String.valueOf(c));
                    }
                } else {
                    current.append(c);
                }
            }
            if (!current.isEmpty()) {
                tokens.add(current.toString());
            }
        }

        Unit parse() {
            Unit u = expression();
            if (pos < tokens.size()) {
                throw error("unexpected '" + tokens.get(pos) + "'");
            }
            return u;
        }

        private Unit expression() {
            Unit u = group();
            while (pos < tokens.size() && tokens.get(pos).equals("/")) {
                pos++;
                if (pos >= tokens.size() || tokens.get(pos).equals(")") || tokens.get(pos).equals("/")) {
                    throw error("'/' without a unit after it");
                }
                u = u.dividedBy(group());
            }
            return u;
        }

        private Unit group() {
            Unit u = null;
            while (pos < tokens.size()) {
                String t = tokens.get(pos);
                if (t.equals("/") || t.equals(")")) {
                    break;
                }
                if (t.equals("*")) {
                    if (u == null) {
                        throw error("'*' without a unit before it");
                    }
                    pos++;
                    continue;
                }
                Unit f = factor();
                u = u == null ? f : u.times(f);
            }
            if (u == null) {
                throw error(pos < tokens.size() ? "'" + tokens.get(pos) + "' without a unit before it" : "missing unit");
            }
            return u;
        }

        private Unit factor() {
            String t = tokens.get(pos);
            if (t.equals("(")) {
                pos++;
                Unit inner = expression();
                if (pos >= tokens.size() || !tokens.get(pos).equals(")")) {
                    throw error("'(' without a matching ')'");
                }
                pos++;
                return inner;
            }
            BigDecimal number = number(t);
            if (number != null) {
                pos++;
                if (number.signum() <= 0) {
                    throw error("the multiplier " + t + " must be positive");
                }
                return new Unit(number, BigDecimal.ONE, Map.of());
            }
            // longest multi-word atom first: "t standard coal" before "t C" before "t"
            for (int words = Math.min(Atom.maxWords(), tokens.size() - pos); words >= 1; words--) {
                String phrase = String.join(" ", tokens.subList(pos, pos + words));
                Atom atom = Atom.BY_NAME.get(phrase);
                if (atom != null) {
                    pos += words;
                    return new Unit(BigDecimal.ONE, BigDecimal.ONE, Map.of(atom, 1));
                }
            }
            int caret = t.indexOf('^');
            if (caret > 0) {
                Atom atom = Atom.BY_NAME.get(t.substring(0, caret));
                if (atom != null) {
                    try {
                        int e = Integer.parseInt(t.substring(caret + 1));
                        pos++;
                        return new Unit(BigDecimal.ONE, BigDecimal.ONE, Map.of(atom, e));
                    } catch (NumberFormatException notInt) {
                        throw error("the exponent in '" + t + "' is not a whole number");
                    }
                }
            }
            if (t.equals("C") || t.equals("CO2")) {
                throw error("'" + t + "' needs a mass before it, e.g. 't " + t + "' or 'kg " + t + "'");
            }
            if (t.equals(")")) {
                throw error("')' without a matching '('");
            }
            throw error("unknown unit '" + t + "' (known: " + String.join(", ", Atom.BY_NAME.keySet()) + ")");
        }

        private BigDecimal number(String t) {
            if (t.startsWith("10^")) {
                try {
                    int e = Integer.parseInt(t.substring(3));
                    return BigDecimal.ONE.scaleByPowerOfTen(e);
                } catch (NumberFormatException notPower) {
                    throw error("'" + t + "' is not a power of ten such as 10^4");
                }
            }
            if (!t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-' || t.charAt(0) == '.')) {
                try {
                    return new BigDecimal(t);
                } catch (NumberFormatException notNumber) {
                    return null;
                }
            }
            return null;
        }

        private UnitException error(String problem) {
            return new UnitException("unit \"" + text + "\": " + problem);
        }
    }
}
