package org.landcarbon.model.units;

import java.util.Objects;

/** A value with its unit, e.g. 790.73 10^4 hm2. Immutable; arithmetic checks dimensions. */
public final class Quantity {

    private final double value;
    private final Unit unit;

    public Quantity(double value, Unit unit) {
        this.value = value;
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(double value, String unit) {
        return new Quantity(value, Unit.parse(unit));
    }

    public double value() {
        return value;
    }

    public Unit unit() {
        return unit;
    }

    /** The same amount in another unit of the same dimension. */
    public Quantity to(Unit target) {
        return new Quantity(unit.convert(value, target), target);
    }

    public Quantity to(String target) {
        return to(Unit.parse(target));
    }

    /** The number this quantity is in {@code target}. */
    public double in(Unit target) {
        return unit.convert(value, target);
    }

    public double in(String target) {
        return in(Unit.parse(target));
    }

    /** Sum in this quantity's unit; refuses other dimensions (area plus carbon, C plus CO2). */
    public Quantity plus(Quantity other) {
        return new Quantity(value + other.in(unit), unit);
    }

    public Quantity minus(Quantity other) {
        return new Quantity(value - other.in(unit), unit);
    }

    /** Product with the units multiplied: 10^4 hm2 x t C / (hm2 a) x a = 10^4 t C. */
    public Quantity times(Quantity other) {
        return new Quantity(value * other.value, unit.times(other.unit));
    }

    public Quantity times(double scalar) {
        return new Quantity(value * scalar, unit);
    }

    public Quantity dividedBy(Quantity other) {
        return new Quantity(value / other.value, unit.dividedBy(other.unit));
    }

    public Quantity dividedBy(double scalar) {
        return new Quantity(value / scalar, unit);
    }

    public Quantity negate() {
        return new Quantity(-value, unit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && Double.compare(value, q.value) == 0 && unit.equals(q.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, unit);
    }

    /** "790.73 10^4 hm2"; "1" units are left out. */
    @Override
    public String toString() {
        String v = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        return unit.equals(Unit.ONE) ? v : v + " " + unit.symbol();
    }
}
