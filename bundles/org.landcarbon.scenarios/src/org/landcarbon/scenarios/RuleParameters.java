package org.landcarbon.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.landcarbon.model.Parameter;
import org.landcarbon.model.ProjectionRule;

/**
 * The parameters of one projection rule, read with types. A wrong or missing parameter is a
 * {@link ProjectionException} whose message names the scenario, the rule and the parameter.
 */
public final class RuleParameters {

    private final String where;
    private final Map<String, String> values;

    public RuleParameters(String where, Map<String, String> values) {
        this.where = where;
        this.values = new LinkedHashMap<>(values);
    }

    /** The parameters of a model rule; {@code scenarioName} only serves error messages. */
    public static RuleParameters of(String scenarioName, ProjectionRule rule) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Parameter p : rule.getParameters()) {
            if (p.getName() != null) {
                map.put(p.getName().trim(), p.getValue() == null ? "" : p.getValue().trim());
            }
        }
        return new RuleParameters("scenario '" + scenarioName + "', rule " + rule.getKind() + " for "
                + rule.getSeriesId(), map);
    }

    /** Where these parameters come from, for messages: scenario, rule kind and series. */
    public String where() {
        return where;
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    public boolean has(String name) {
        String v = values.get(name);
        return v != null && !v.isEmpty();
    }

    public Optional<String> text(String name) {
        return has(name) ? Optional.of(values.get(name)) : Optional.empty();
    }

    public String text(String name, String defaultValue) {
        return text(name).orElse(defaultValue);
    }

    public String requireText(String name) throws ProjectionException {
        return text(name).orElseThrow(() -> missing(name));
    }

    public Optional<Double> number(String name) throws ProjectionException {
        if (!has(name)) {
            return Optional.empty();
        }
        String raw = values.get(name);
        try {
            double d = Double.parseDouble(raw);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return Optional.of(d);
        } catch (NumberFormatException e) {
            throw new ProjectionException(where + ": parameter '" + name + "' must be a number, got '" + raw + "'");
        }
    }

    public double number(String name, double defaultValue) throws ProjectionException {
        return number(name).orElse(defaultValue);
    }

    public double requireNumber(String name) throws ProjectionException {
        return number(name).orElseThrow(() -> missing(name));
    }

    public Optional<Integer> year(String name) throws ProjectionException {
        if (!has(name)) {
            return Optional.empty();
        }
        String raw = values.get(name);
        try {
            return Optional.of(Integer.parseInt(raw));
        } catch (NumberFormatException e) {
            throw new ProjectionException(where + ": parameter '" + name + "' must be a year, got '" + raw + "'");
        }
    }

    public int year(String name, int defaultValue) throws ProjectionException {
        return year(name).orElse(defaultValue);
    }

    public int requireYear(String name) throws ProjectionException {
        return year(name).orElseThrow(() -> missing(name));
    }

    /** A problem with this rule, as an exception whose message says where. */
    public ProjectionException problem(String message) {
        return new ProjectionException(where + ": " + message);
    }

    private ProjectionException missing(String name) {
        return new ProjectionException(where + ": parameter '" + name + "' is required");
    }
}
