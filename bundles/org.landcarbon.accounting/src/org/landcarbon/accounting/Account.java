package org.landcarbon.accounting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;

/**
 * The carbon account of a study: for each year and component the value (t C) with its trail, and the
 * totals and indicators derived from them. A total or indicator whose parts are missing is missing too,
 * with the reason; nothing missing is ever counted as zero.
 */
public final class Account {

    /** Unit of carbon intensity: t C per 10^4 yuan of GDP. */
    public static final Unit INTENSITY_UNIT = Unit.parse("t C / 10^4 yuan");
    /** Unit of per-capita emission: t C per person. */
    public static final Unit PER_CAPITA_UNIT = Unit.parse("t C / person");

    private final String studyName;
    private final String scenario;
    private final String coefficientSetDescription;
    private final List<Integer> years;
    private final List<String> components;
    private final Map<Integer, Map<String, ComponentResult>> results;
    private final Map<Integer, Figure> gdp;
    private final Map<Integer, Figure> population;
    private final List<String> notes;

    public Account(String studyName, String scenario, String coefficientSetDescription, List<Integer> years, List<String> components,
            Map<Integer, Map<String, ComponentResult>> results, Map<Integer, Figure> gdp, Map<Integer, Figure> population,
            List<String> notes) {
        this.studyName = studyName;
        this.scenario = scenario;
        this.coefficientSetDescription = coefficientSetDescription;
        this.years = List.copyOf(years);
        this.components = List.copyOf(components);
        this.results = results;
        this.gdp = gdp;
        this.population = population;
        this.notes = List.copyOf(notes);
    }

    public String studyName() {
        return studyName;
    }

    /** The scenario applied, or null. */
    public String scenario() {
        return scenario;
    }

    public String coefficientSetDescription() {
        return coefficientSetDescription;
    }

    public List<Integer> years() {
        return years;
    }

    /** Component ids in Table 5 order (sinks first, then sources). */
    public List<String> components() {
        return components;
    }

    public List<String> notes() {
        return notes;
    }

    public ComponentKind kind(String component) {
        for (Map<String, ComponentResult> row : results.values()) {
            ComponentResult r = row.get(component);
            if (r != null) {
                return r.kind();
            }
        }
        throw new IllegalArgumentException("no component " + component + " in the account");
    }

    public ComponentResult result(int year, String component) {
        ComponentResult r = results.getOrDefault(year, Map.of()).get(component);
        if (r == null) {
            throw new IllegalArgumentException("no component " + component + " in " + year + " (components: " + components + ")");
        }
        return r;
    }

    public List<ComponentResult> results(int year) {
        return new ArrayList<>(results.getOrDefault(year, Map.of()).values());
    }

    /** A component's value or a total (sinks_total, sources_total, net), in t C. */
    public Figure value(int year, String id) {
        return switch (id) {
            case Components.SINKS_TOTAL -> total(year, ComponentKind.SINK);
            case Components.SOURCES_TOTAL -> total(year, ComponentKind.SOURCE);
            case Components.NET -> net(year);
            default -> {
                ComponentResult r = result(year, id);
                yield r.hasValue() ? Figure.of(r.value()) : Figure.missing(id + " " + year + ": " + r.reason());
            }
        };
    }

    private Figure total(int year, ComponentKind kind) {
        Quantity sum = new Quantity(0, Units.T_C);
        List<String> missing = new ArrayList<>();
        for (String c : components) {
            ComponentResult r = result(year, c);
            if (r.kind() != kind || r.status() == ComponentResult.Status.NOT_APPLICABLE) {
                continue;
            }
            if (r.hasValue()) {
                sum = sum.plus(r.value());
            } else {
                missing.add(c + " (" + r.reason() + ")");
            }
        }
        if (!missing.isEmpty()) {
            return Figure.missing((kind == ComponentKind.SINK ? "sinks" : "sources") + " total " + year + " lacks " + String.join("; ", missing));
        }
        return Figure.of(sum);
    }

    private Figure net(int year) {
        Figure sources = total(year, ComponentKind.SOURCE);
        Figure sinks = total(year, ComponentKind.SINK);
        if (!sources.isPresent()) {
            return Figure.missing("net " + year + ": " + sources.reason());
        }
        if (!sinks.isPresent()) {
            return Figure.missing("net " + year + ": " + sinks.reason());
        }
        return Figure.of(sources.value().minus(sinks.value()));
    }

    /** A component's share of its kind's total (sources or sinks), as a pure number (0.25 = 25 %). */
    public Figure share(int year, String component) {
        ComponentResult r = result(year, component);
        Figure total = total(year, r.kind());
        if (!r.hasValue()) {
            return Figure.missing(component + " " + year + ": " + r.reason());
        }
        if (!total.isPresent()) {
            return total;
        }
        if (total.value().value() == 0) {
            return Figure.missing("the " + (r.kind() == ComponentKind.SINK ? "sinks" : "sources") + " total of " + year + " is zero");
        }
        return Figure.of(new Quantity(r.value().in(Units.T_C) / total.value().in(Units.T_C), Unit.ONE));
    }

    /** Net emission per unit GDP (primary + secondary + tertiary), in {@link #INTENSITY_UNIT}. */
    public Figure carbonIntensity(int year) {
        return ratio(net(year), gdp.getOrDefault(year, Figure.missing("no GDP for " + year)), INTENSITY_UNIT);
    }

    /** Net emission per resident, in {@link #PER_CAPITA_UNIT}. */
    public Figure perCapita(int year) {
        return ratio(net(year), population.getOrDefault(year, Figure.missing("no population for " + year)), PER_CAPITA_UNIT);
    }

    /** Carbon compensation coefficient: sinks total / sources total. */
    public Figure compensation(int year) {
        return ratio(total(year, ComponentKind.SINK), total(year, ComponentKind.SOURCE), Unit.ONE);
    }

    private static Figure ratio(Figure numerator, Figure denominator, Unit unit) {
        if (!numerator.isPresent()) {
            return numerator;
        }
        if (!denominator.isPresent()) {
            return denominator;
        }
        if (denominator.value().value() == 0) {
            return Figure.missing("division by zero");
        }
        return Figure.of(numerator.value().dividedBy(denominator.value()).to(unit));
    }

    /** The GDP (sum of the three sectors) used for the intensity. */
    public Figure gdp(int year) {
        return gdp.getOrDefault(year, Figure.missing("no GDP for " + year));
    }

    public Figure population(int year) {
        return population.getOrDefault(year, Figure.missing("no population for " + year));
    }

    /**
     * Expresses a carbon amount in an output unit: a carbon unit ("10^4 t C"), or a CO2 unit ("Mt CO2"), in
     * which case carbon is converted explicitly by 44/12.
     */
    public static Quantity express(Quantity carbon, Unit target) {
        if (target.dimension().equals(Units.T_CO2.dimension())) {
            return Units.carbonToCo2(carbon).to(target);
        }
        return carbon.to(target);
    }

    /** All values of every year, for tables: component and total ids to figures, in display order. */
    public Map<String, Figure> row(int year) {
        Map<String, Figure> row = new LinkedHashMap<>();
        for (String c : components) {
            row.put(c, value(year, c));
        }
        for (String t : Components.TOTALS) {
            row.put(t, value(year, t));
        }
        return Collections.unmodifiableMap(row);
    }
}
