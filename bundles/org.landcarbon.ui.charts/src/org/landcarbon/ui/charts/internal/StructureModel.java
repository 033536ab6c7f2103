package org.landcarbon.ui.charts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.accounting.Figure;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;
import org.landcarbon.ui.ModelLabels;

/**
 * The structure of the carbon sources and of the sinks of one year of a computed account: each
 * component's amount and its share of its kind's total, as the account itself computes it.
 */
public final class StructureModel {

    static final String UNIT = "10^4 t C";

    /** One doughnut: components with a value in the year, their amounts (in {@link #UNIT}) and shares (0-1). */
    public record Ring(String title, List<String> keys, List<String> labels, double[] values, double[] shares, double total) {
    }

    /** Both doughnuts of a year; {@code years} are the years that can be chosen. */
    public record Structure(String title, String caption, int year, String unit, Ring sources, Ring sinks, List<Integer> years) {
    }

    private StructureModel() {
    }

    /** Years of the account whose sources and sinks totals are both complete. */
    public static List<Integer> years(Account account) {
        List<Integer> out = new ArrayList<>();
        for (int y : account.years()) {
            if (account.value(y, "sources_total").isPresent() && account.value(y, "sinks_total").isPresent()) {
                out.add(y);
            }
        }
        return out;
    }

    /** The structure of {@code year}, or of the last complete year when it is null or not complete; null when none is. */
    public static Structure of(Study study, Account account, Integer year) {
        List<Integer> years = years(account);
        if (years.isEmpty()) {
            return null;
        }
        int y = year != null && years.contains(year) ? year : years.get(years.size() - 1);
        Ring sources = ring(study, account, y, ComponentKind.SOURCE);
        Ring sinks = ring(study, account, y, ComponentKind.SINK);
        String name = ModelLabels.study(study);
        return new Structure(NLS.bind(Messages.structureTitle, name, y),
                NLS.bind(Messages.structureCaption, account.coefficientSetDescription()), y, UNIT, sources, sinks, years);
    }

    private static Ring ring(Study study, Account account, int year, ComponentKind kind) {
        Unit unit = Unit.parse(UNIT);
        List<String> keys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (String c : account.components()) {
            if (account.kind(c) != kind) {
                continue;
            }
            Figure f = account.value(year, c);
            Figure share = account.share(year, c);
            if (!f.isPresent() || !share.isPresent() || f.value().value() == 0) {
                continue; // an empty slice has no place in a doughnut; the total is still the account's
            }
            double pct = share.value().value() * 100;
            keys.add(c);
            labels.add(ModelLabels.component(study, c) + String.format(Locale.ROOT, " %.1f %%", pct));
            values.add(Account.express(f.value(), unit).value());
            shares.add(share.value().value());
        }
        double total = Account.express(account.value(year, kind == ComponentKind.SINK ? "sinks_total" : "sources_total").value(), unit)
                .value();
        String title = NLS.bind(kind == ComponentKind.SINK ? Messages.structureSinks : Messages.structureSources,
                String.format(Locale.ROOT, "%.2f", total), UNIT);
        return new Ring(title, List.copyOf(keys), List.copyOf(labels), values.stream().mapToDouble(Double::doubleValue).toArray(),
                shares.stream().mapToDouble(Double::doubleValue).toArray(), total);
    }
}
