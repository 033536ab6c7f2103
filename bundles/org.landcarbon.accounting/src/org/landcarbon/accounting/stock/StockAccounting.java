package org.landcarbon.accounting.stock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.landcarbon.accounting.Trail;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;
import org.landcarbon.model.units.Units;

/**
 * Carbon-stock accounting in the manner of InVEST's carbon model: for each land class and year,
 * {@code stock = area.<class> x sum over pools of density(class, pool)}. Areas come from the study's
 * {@code area.<class>} series, densities from a {@link CarbonDensities} table.
 */
public final class StockAccounting {

    private StockAccounting() {
    }

    /**
     * @param pools the pools to add up; empty means every pool the table gives
     * @param display the unit trail text shows beside t C
     */
    public static StockAccount compute(Study study, CarbonDensities densities, Set<CarbonPool> pools, Unit display) {
        List<CarbonPool> used = pools.isEmpty() ? densities.pools() : List.copyOf(new TreeSet<>(pools));
        Map<String, Series> areas = new LinkedHashMap<>();
        for (Series s : study.getSeries()) {
            if (s.getId() != null && s.getId().startsWith("area.") && !s.getValues().isEmpty()) {
                areas.put(s.getId().substring("area.".length()), s);
            }
        }
        List<String> notes = new ArrayList<>();
        List<String> classes = new ArrayList<>(areas.keySet());
        for (String c : densities.byClass().keySet()) {
            if (!areas.containsKey(c)) {
                notes.add(c + ": " + densities.file() + " row " + densities.byClass().get(c).row() + " gives densities, but there are no areas of "
                        + c + "; not counted");
            }
        }
        Set<Integer> years = new TreeSet<>();
        areas.values().forEach(s -> s.getValues().forEach(v -> years.add(v.getYear())));
        Map<Integer, Map<String, StockValue>> stocks = new LinkedHashMap<>();
        for (int year : years) {
            Map<String, StockValue> row = new LinkedHashMap<>();
            for (String c : classes) {
                row.put(c, stock(areas.get(c), c, year, densities, used, display));
            }
            stocks.put(year, row);
        }
        return new StockAccount(new ArrayList<>(years), classes, used, stocks, notes, display);
    }

    private static StockValue stock(Series area, String c, int year, CarbonDensities densities, List<CarbonPool> pools, Unit display) {
        YearValue v = area.getValues().stream().filter(x -> x.getYear() == year).findFirst().orElse(null);
        if (v == null || Double.isNaN(v.getValue())) {
            return StockValue.missing("area." + c + " has no value for " + year, List.of());
        }
        Unit unit;
        try {
            unit = Unit.parse(area.getUnit());
        } catch (UnitException | NullPointerException e) {
            return StockValue.missing("area." + c + ": unit '" + area.getUnit() + "' is not a unit of area", List.of());
        }
        if (!unit.isCompatible(Units.HM2)) {
            return StockValue.missing("area." + c + ": " + unit + " is not an area", List.of());
        }
        CarbonDensities.ClassDensities d = densities.byClass().get(c);
        if (d == null) {
            return StockValue.missing(c + " has areas but no row in " + densities.file() + " (give one, 0 for a pool that stores none, with a source)",
                    List.of());
        }
        Quantity areaQ = new Quantity(v.getValue(), unit);
        List<String> trail = new ArrayList<>();
        trail.add("area." + c + " " + year + " = " + Trail.quantity(areaQ) + " [" + v.getProvenance()
                + (v.getProvenanceDetail() == null || v.getProvenanceDetail().isBlank() ? "" : ": " + v.getProvenanceDetail()) + "]");
        Quantity density = null;
        List<String> terms = new ArrayList<>();
        for (CarbonPool p : pools) {
            Quantity q = d.pools().get(p);
            if (q == null) {
                return StockValue.missing(densities.file() + " row " + d.row() + " gives no " + p.id() + " density for " + c, trail);
            }
            density = density == null ? q : density.plus(q);
            terms.add(p.id() + " " + Trail.quantity(q));
        }
        trail.add("density " + c + " = " + String.join(" + ", terms) + " = " + Trail.quantity(density) + " (" + densities.file() + " row " + d.row()
                + "; source: " + d.source() + ")");
        Quantity stock = areaQ.times(density).to(Units.T_C);
        trail.add("stock " + c + " " + year + " = " + Trail.quantity(areaQ) + " x " + Trail.quantity(density) + " = " + Trail.carbon(stock, display));
        return new StockValue(stock, null, trail);
    }
}
