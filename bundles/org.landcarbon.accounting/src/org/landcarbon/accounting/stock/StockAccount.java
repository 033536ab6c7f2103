package org.landcarbon.accounting.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;

/**
 * Carbon stocks per land class and year (area x carbon density summed over the chosen pools), their totals,
 * and stock changes between two years. Sign convention: {@link #change} is stock(Y2) - stock(Y1), positive when
 * the land gained carbon; {@link #emission} is its negative, the emission equivalent (positive = carbon released),
 * which {@link Account#express} turns into CO2 by 44/12 when a CO2 unit is asked for.
 */
public final class StockAccount {

    private final List<Integer> years;
    private final List<String> classes;
    private final List<CarbonPool> pools;
    private final Map<Integer, Map<String, StockValue>> stocks;
    private final List<String> notes;
    private final Unit display;

    StockAccount(List<Integer> years, List<String> classes, List<CarbonPool> pools, Map<Integer, Map<String, StockValue>> stocks,
            List<String> notes, Unit display) {
        this.years = List.copyOf(years);
        this.classes = List.copyOf(classes);
        this.pools = List.copyOf(pools);
        this.stocks = stocks;
        this.notes = List.copyOf(notes);
        this.display = display;
    }

    public List<Integer> years() {
        return years;
    }

    public List<String> classes() {
        return classes;
    }

    public List<CarbonPool> pools() {
        return pools;
    }

    public List<String> notes() {
        return notes;
    }

    public StockValue stock(int year, String landClass) {
        StockValue v = stocks.getOrDefault(year, Map.of()).get(landClass);
        if (v == null) {
            throw new IllegalArgumentException("no stock of " + landClass + " in " + year + " (years " + years + ", classes " + classes + ")");
        }
        return v;
    }

    /** The sum over every class; missing when any class is, naming it. */
    public StockValue total(int year) {
        Quantity sum = new Quantity(0, Units.T_C);
        List<String> missing = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String c : classes) {
            StockValue v = stock(year, c);
            if (v.isPresent()) {
                sum = sum.plus(v.value());
                parts.add(c + " " + Trail.number(v.value().in(Units.T_C)));
            } else {
                missing.add(c + " (" + v.reason() + ")");
            }
        }
        if (!missing.isEmpty()) {
            return StockValue.missing("total " + year + " lacks " + String.join("; ", missing), List.of());
        }
        return new StockValue(sum, null, List.of("total " + year + " = " + String.join(" + ", parts) + " = " + Trail.carbon(sum, display)));
    }

    /** stock(to) - stock(from) of a class, or of the total when {@code landClass} is "total"; positive = carbon gained. */
    public StockValue change(int from, int to, String landClass) {
        StockValue a = "total".equals(landClass) ? total(from) : stock(from, landClass);
        StockValue b = "total".equals(landClass) ? total(to) : stock(to, landClass);
        if (!a.isPresent()) {
            return StockValue.missing(landClass + " " + from + "-" + to + ": " + a.reason(), a.trail());
        }
        if (!b.isPresent()) {
            return StockValue.missing(landClass + " " + from + "-" + to + ": " + b.reason(), b.trail());
        }
        Quantity d = b.value().minus(a.value());
        List<String> trail = new ArrayList<>(a.trail());
        trail.addAll(b.trail());
        trail.add("change " + landClass + " " + from + "-" + to + " = stock " + to + " " + Trail.number(b.value().in(Units.T_C)) + " - stock " + from
                + " " + Trail.number(a.value().in(Units.T_C)) + " = " + Trail.carbon(d, display) + (d.value() >= 0 ? " (gain)" : " (loss)"));
        return new StockValue(d, null, trail);
    }

    /** The emission equivalent of the change: -(stock(to) - stock(from)), positive when carbon was released. */
    public StockValue emission(int from, int to, String landClass) {
        StockValue c = change(from, to, landClass);
        if (!c.isPresent()) {
            return c;
        }
        Quantity e = c.value().negate();
        List<String> trail = new ArrayList<>(c.trail());
        trail.add("emission equivalent = -(change) = " + Trail.carbon(e, display) + " (positive = released; x 44/12 for CO2 = "
                + Trail.quantity(Units.carbonToCo2(e.to(Units.T_C))) + ")");
        return new StockValue(e, null, trail);
    }
}
