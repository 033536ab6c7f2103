package org.landcarbon.ui.internal.account;

import org.eclipse.osgi.util.NLS;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.ComponentResult;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.Figure;
import org.landcarbon.accounting.ReportedFigure;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;
import org.landcarbon.ui.ModelLabels;

/** One number of an account explained: method and formula, inputs with provenance, coefficients with sources, steps. */
final class TrailText {

    private TrailText() {
    }

    static String of(Account account, Study study, int year, String id, String unit, String audit) {
        StringBuilder b = new StringBuilder();
        Figure f = account.value(year, id);
        b.append(ModelLabels.component(study, id)).append(", ").append(year).append(": ");
        b.append(f.isPresent() ? String.format(java.util.Locale.ROOT, "%.4f", Account.express(f.value(), Unit.parse(unit)).value()) + " " + unit
                : f.reason()).append('\n');
        if (audit != null) {
            b.append(audit).append('\n');
        }
        if (Components.isTotal(id)) {
            b.append(NLS.bind(Messages.trailTotal, id.equals(Components.NET) ? Messages.trailNet : Messages.trailSum)).append('\n');
            return b.toString();
        }
        ComponentResult r = account.result(year, id);
        Trail t = r.trail();
        if (t == null) {
            return b.append(r.reason() == null ? "" : r.reason()).toString();
        }
        b.append(NLS.bind(Messages.trailMethod, t.methodName(), t.methodId())).append('\n');
        if (t.formula() != null) {
            b.append(NLS.bind(Messages.trailFormula, t.formula())).append('\n');
        }
        for (SeriesInput in : t.inputs()) {
            b.append("  ").append(NLS.bind(Messages.trailInput, new Object[] { in.seriesId(), Integer.toString(in.year()), Trail.quantity(in.quantity()),
                    in.provenance() + (in.detail() == null || in.detail().isBlank() ? "" : ": " + in.detail())
                            + (in.scenario() == null ? "" : "; " + in.scenario()) })).append('\n');
        }
        for (CoefficientValue c : t.coefficients()) {
            b.append("  ").append(NLS.bind(Messages.trailCoefficient, new Object[] { c.key(), Trail.quantity(c.quantity()),
                    c.source() == null ? "?" : c.source() })).append('\n');
        }
        for (ReportedFigure rf : t.reported()) {
            b.append("  ").append(NLS.bind(Messages.trailReported, new Object[] { rf.component(), Integer.toString(rf.year()), Trail.quantity(rf.quantity()),
                    rf.source() }))
                    .append('\n');
        }
        for (String step : t.steps()) {
            b.append("  ").append(step).append('\n');
        }
        return b.toString();
    }
}
