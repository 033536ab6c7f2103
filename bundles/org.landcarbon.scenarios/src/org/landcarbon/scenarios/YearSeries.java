package org.landcarbon.scenarios;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;

/** An immutable yearly series: year to value, in ascending year order. */
public final class YearSeries {

    private static final YearSeries EMPTY = new YearSeries(new TreeMap<>());

    private final NavigableMap<Integer, Double> values;

    private YearSeries(NavigableMap<Integer, Double> values) {
        this.values = Collections.unmodifiableNavigableMap(values);
    }

    public static YearSeries empty() {
        return EMPTY;
    }

    public static YearSeries of(Map<Integer, Double> values) {
        return new YearSeries(new TreeMap<>(values));
    }

    /** A series of consecutive years starting at {@code firstYear}. */
    public static YearSeries consecutive(int firstYear, double... values) {
        TreeMap<Integer, Double> map = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(firstYear + i, values[i]);
        }
        return new YearSeries(map);
    }

    public NavigableMap<Integer, Double> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int size() {
        return values.size();
    }

    public boolean has(int year) {
        return values.containsKey(year);
    }

    public OptionalDouble get(int year) {
        Double v = values.get(year);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The value of a year that must exist. */
    public double value(int year) {
        Double v = values.get(year);
        if (v == null) {
            throw new IllegalArgumentException("no value for " + year);
        }
        return v;
    }

    public int firstYear() {
        return values.firstKey();
    }

    public int lastYear() {
        return values.lastKey();
    }

    public double lastValue() {
        return values.lastEntry().getValue();
    }

    /** The values from {@code from} to {@code to}, both inclusive. */
    public YearSeries between(int from, int to) {
        return new YearSeries(new TreeMap<>(values.subMap(from, true, to, true)));
    }

    /** This series with the other's values added (the other's win on common years). */
    public YearSeries with(YearSeries other) {
        TreeMap<Integer, Double> map = new TreeMap<>(values);
        map.putAll(other.values);
        return new YearSeries(map);
    }

    /** Year by year combination over the years both series have. */
    public YearSeries combine(YearSeries other, DoubleBinaryOperator op) {
        TreeMap<Integer, Double> map = new TreeMap<>();
        values.forEach((year, v) -> {
            Double w = other.values.get(year);
            if (w != null) {
                map.put(year, op.applyAsDouble(v, w));
            }
        });
        return new YearSeries(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearSeries s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
