package org.landcarbon.accounting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountingMethod;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.accounting.ComponentResult;
import org.landcarbon.accounting.ComponentResult.Status;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.Figure;
import org.landcarbon.accounting.MissingInputException;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.MethodChoice;
import org.landcarbon.model.study.Studies;
import org.landcarbon.model.units.BaseDimension;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.UnitException;
import org.landcarbon.model.units.Units;

/** Chooses a method per component, runs it year by year and assembles the account. */
final class AccountBuilder {

    private static final String[] GDP_SECTORS = { "gdp.primary", "gdp.secondary", "gdp.tertiary" };

    private final StudyContext context;
    private final List<AccountingMethod> methods;

    private final Set<String> notApplicable;

    AccountBuilder(StudyContext context, List<AccountingMethod> methods, Set<String> notApplicable) {
        this.context = context;
        this.methods = methods;
        this.notApplicable = notApplicable;
    }

    /** The method for each component: the study's choice, else the automatic method with the highest priority. */
    Map<String, Choice> choose() {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (MethodChoice c : context.study().getMethodChoices()) {
            if (c.getComponent() != null && c.getMethodId() != null) {
                chosen.put(c.getComponent(), c.getMethodId());
            }
        }
        Map<String, List<AccountingMethod>> offers = new LinkedHashMap<>();
        for (AccountingMethod m : methods) {
            for (String component : m.components(context)) {
                offers.computeIfAbsent(component, k -> new ArrayList<>()).add(m);
            }
        }
        Set<String> components = new LinkedHashSet<>();
        offers.forEach((component, list) -> {
            if (list.stream().anyMatch(AccountingMethod::automatic)) {
                components.add(component);
            }
        });
        components.addAll(chosen.keySet());
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (String component : components) {
            List<AccountingMethod> candidates = offers.getOrDefault(component, List.of());
            String wanted = chosen.get(component);
            if (wanted != null) {
                Optional<AccountingMethod> m = methods.stream().filter(x -> x.id().equals(wanted)).findFirst();
                if (m.isEmpty()) {
                    choices.put(component, new Choice(null, "the study chose method " + wanted + " for " + component
                            + ", which is not installed (installed: " + ids(methods) + ")", candidates));
                } else if (!m.get().components(context).contains(component)) {
                    choices.put(component, new Choice(null, "method " + wanted + " does not produce " + component + " for this study",
                            candidates));
                } else {
                    choices.put(component, new Choice(m.get(), "chosen by the study", candidates));
                }
                continue;
            }
            choices.put(component, automatic(component, candidates));
        }
        return choices;
    }

    /**
     * Without a MethodChoice: the highest-priority automatic method that has its inputs; the methods passed over
     * and the alternatives are named, so a default is never silent when another coefficient is present.
     */
    private Choice automatic(String component, List<AccountingMethod> candidates) {
        List<AccountingMethod> automatic = new ArrayList<>(candidates.stream().filter(AccountingMethod::automatic).toList());
        automatic.sort(Comparator.comparingInt(AccountingMethod::priority).reversed());
        if (automatic.size() == 1) {
            return new Choice(automatic.get(0), "default: the only automatic method for " + component, candidates);
        }
        Map<AccountingMethod, String> lacking = new LinkedHashMap<>();
        for (AccountingMethod m : automatic) {
            m.unavailable(component, context).ifPresent(why -> lacking.put(m, why));
        }
        AccountingMethod best = automatic.stream().filter(m -> !lacking.containsKey(m)).findFirst().orElse(null);
        StringBuilder why = new StringBuilder();
        if (best == null) {
            best = automatic.get(0);
            why.append("default: highest priority among ").append(ids(automatic)).append("; none has all its inputs");
        } else {
            why.append("default: ").append(automatic.indexOf(best) == 0 ? "highest priority among " + ids(automatic)
                    : "the highest-priority method whose inputs the study has");
        }
        lacking.forEach((m, reason) -> why.append("; not ").append(m.id()).append(": ").append(reason));
        for (AccountingMethod m : automatic) {
            if (m != best && !lacking.containsKey(m)) {
                why.append("; ").append(m.id()).append(" is also possible (set-method ").append(component).append(' ').append(m.id()).append(')');
            }
        }
        return new Choice(best, why.toString(), candidates);
    }

    record Choice(AccountingMethod method, String why, List<AccountingMethod> candidates) {
    }

    private static String ids(List<AccountingMethod> list) {
        return String.join(", ", list.stream().map(AccountingMethod::id).toList());
    }

    Account build(List<Integer> years, String scenario, List<String> notes) {
        Map<String, Choice> choices = choose();
        Map<String, ComponentKind> kinds = new HashMap<>();
        choices.forEach((c, choice) -> kinds.put(c, kindOf(c, choice)));
        List<String> order = new ArrayList<>(choices.keySet());
        order.sort(Components.order(kinds::get));
        for (String c : notApplicable) {
            if (!choices.containsKey(c)) {
                notes.add(c + " is declared not applicable; no method offers it for this study, so nothing is left out");
            }
        }
        choices.forEach((c, choice) -> {
            if (choice.method() != null && !notApplicable.contains(c) && choice.candidates().stream().filter(AccountingMethod::automatic).count() > 1) {
                notes.add("method for " + c + ": " + choice.method().id() + " (" + choice.why() + ")");
            }
        });
        Map<Integer, Map<String, ComponentResult>> results = new LinkedHashMap<>();
        Map<Integer, Figure> gdp = new LinkedHashMap<>();
        Map<Integer, Figure> population = new LinkedHashMap<>();
        for (int year : years) {
            Map<String, ComponentResult> row = new LinkedHashMap<>();
            for (String component : order) {
                row.put(component, compute(component, year, choices.get(component), kinds.get(component)));
            }
            results.put(year, row);
            gdp.put(year, gdp(year));
            population.put(year, series("population", year));
        }
        return new Account(context.study().getName(), scenario, context.coefficientSetDescription(), years, order, results, gdp, population,
                notes);
    }

    private static ComponentKind kindOf(String component, Choice choice) {
        if (choice.method() != null) {
            return choice.method().kind(component);
        }
        for (AccountingMethod m : choice.candidates()) {
            return m.kind(component);
        }
        return Components.TABLE_ORDER.indexOf(component) >= Components.TABLE_ORDER.indexOf(Components.CONSTRUCTION)
                ? ComponentKind.SOURCE : ComponentKind.SINK;
    }

    private ComponentResult compute(String component, int year, Choice choice, ComponentKind kind) {
        AccountingMethod method = choice.method();
        if (notApplicable.contains(component)) {
            return new ComponentResult(component, year, kind, Status.NOT_APPLICABLE, null, null, null,
                    "declared not applicable to this study (left out of the totals)");
        }
        if (method == null) {
            return new ComponentResult(component, year, kind, Status.MISSING, null, null, null,
                    choice.why().startsWith("default") ? "no installed method computes " + component : choice.why());
        }
        Trail.Builder trail = Trail.builder(method);
        try {
            Quantity q = method.compute(component, year, context, trail);
            if (q.unit().dimension().exponent(BaseDimension.TIME) == -1) {
                q = q.times(new Quantity(1, Units.YEAR));
                trail.step("x 1 a (the account is annual) = " + Trail.quantity(q));
            }
            Quantity tc;
            try {
                tc = q.to(Units.T_C);
            } catch (UnitException e) {
                throw new UnitException(method.id() + " gives " + q.unit().symbol() + " (" + q.unit().dimension()
                        + "), not an amount of carbon: check the units of its inputs and coefficients");
            }
            trail.step(component + (kind == ComponentKind.SINK ? " absorbs " : " emits ") + Trail.carbon(tc, context.carbonDisplayUnit())
                    + "; method " + method.id() + " (" + choice.why() + ")");
            return new ComponentResult(component, year, kind, method.reportsValues() ? Status.REPORTED : Status.COMPUTED, tc, method.id(),
                    trail.build(), null);
        } catch (MissingInputException e) {
            return new ComponentResult(component, year, kind, Status.MISSING, null, method.id(), trail.build(), e.getMessage());
        } catch (UnitException e) {
            return new ComponentResult(component, year, kind, Status.INVALID, null, method.id(), trail.build(), e.getMessage());
        }
    }

    private Figure gdp(int year) {
        Quantity sum = null;
        for (String id : GDP_SECTORS) {
            Figure f = series(id, year);
            if (!f.isPresent()) {
                return f;
            }
            sum = sum == null ? f.value() : sum.plus(f.value());
        }
        return Figure.of(sum);
    }

    private Figure series(String id, int year) {
        try {
            Optional<SeriesInput> in = context.input(id, year);
            return in.map(i -> Figure.of(i.quantity()))
                    .orElseGet(() -> Figure.missing(context.seriesIds().contains(id) ? id + " has no value for " + year : "no series " + id));
        } catch (UnitException e) {
            return Figure.missing(e.getMessage());
        }
    }

    /**
     * Years of the account: the years of the study's range that have any series or reported value (a five-yearly
     * study lists only its years; the years left out are named in {@code notes}), the whole range when no year
     * has data, plus every later year a scenario override adds.
     */
    static List<Integer> years(StudyContext context, boolean scenario, List<String> notes) {
        Set<Integer> years = new TreeSet<>();
        int start = context.study().getStartYear();
        int end = context.study().getEndYear();
        Set<Integer> data = new TreeSet<>(context.dataYears());
        context.study().getReportedValues().forEach(r -> data.add(r.getYear()));
        if (start > 0 && end >= start) {
            List<Integer> empty = new ArrayList<>();
            for (int y = start; y <= end; y++) {
                (data.contains(y) ? years : empty).add(y);
            }
            if (years.isEmpty()) {
                years.addAll(empty);
            } else if (!empty.isEmpty()) {
                notes.add("years without any data are not listed: " + Studies.formatYears(empty));
            }
            if (scenario) {
                years.addAll(context.dataYears().stream().filter(y -> y > end).toList());
            }
        } else {
            years.addAll(data);
        }
        return new ArrayList<>(years);
    }
}
