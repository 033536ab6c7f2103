package org.landcarbon.ui.scenarios.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.Components;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.scenarios.ScenarioResult;
import org.landcarbon.uncertainty.MonteCarlo;
import org.landcarbon.uncertainty.ScenarioUncertainty;
import org.landcarbon.uncertainty.Statistics;
import org.landcarbon.uncertainty.UncertainAccount;
import org.landcarbon.uncertainty.UncertaintyModel;
import org.landcarbon.uncertainty.UncertaintyService;
import org.landcarbon.ui.Services;

/**
 * The 95 % band of each scenario's net emission path, by the Monte Carlo of {@code compare --uncertainty mc}
 * ({@link ScenarioUncertainty}: the rules re-run on each draw's history; 10,000 draws, seed 1), computed in a
 * background job on copies of the studies. A new comparison cancels the running job; a result that did not change
 * keeps its band. Used on the UI thread only, except the job's own copies.
 */
public final class NetBands {

    static final int DRAWS = MonteCarlo.DEFAULT_DRAWS;
    static final long SEED = 1;

    /** The band of one path, aligned with its years, in the unit of its account; null arrays when it has none. */
    public record Band(double[] years, double[] low, double[] high, String note) {
    }

    private final Display display;
    private final Runnable onUpdate;
    private final Map<ScenarioResult, Band> bands = new IdentityHashMap<>();
    private Job job;
    private boolean on = true;

    NetBands(Display display, Runnable onUpdate) {
        this.display = display;
        this.onUpdate = onUpdate;
    }

    boolean on() {
        return on;
    }

    void setOn(boolean on, Comparison c) {
        this.on = on;
        if (on) {
            update(c);
        } else {
            cancel();
        }
    }

    /** The bands of the comparison's paths by label, those computed so far; empty when switched off. */
    Map<String, Band> of(Comparison c) {
        Map<String, Band> out = new LinkedHashMap<>();
        if (on && c != null) {
            for (ScenarioResult r : c.results()) {
                Band b = bands.get(r);
                if (b != null && b.low() != null) {
                    out.put(r.label(), b);
                }
            }
        }
        return out;
    }

    /** Why a path has no band (no range, a failure), or that bands are being computed; empty when none. */
    String note(Comparison c) {
        if (!on || c == null) {
            return "";
        }
        if (busy()) {
            return Messages.bandComputing;
        }
        List<String> notes = new ArrayList<>();
        for (ScenarioResult r : c.results()) {
            Band b = bands.get(r);
            if (b != null && b.note() != null && !notes.contains(b.note())) {
                notes.add(b.note());
            }
        }
        return String.join("; ", notes);
    }

    boolean busy() {
        return job != null;
    }

    /** Starts the job for the paths of {@code c} that have no band yet. */
    void update(Comparison c) {
        cancel();
        if (!on || c == null) {
            return;
        }
        bands.keySet().removeIf(r -> c.results().stream().noneMatch(x -> x == r));
        UncertaintyService service = Services.get(UncertaintyService.class);
        ProjectionMethodRegistry registry = Services.get(ProjectionMethodRegistry.class);
        if (service == null || registry == null) {
            return;
        }
        // Copies made here, on the UI thread that edits the studies; the job reads only them.
        Map<ScenarioResult, Study> copies = new LinkedHashMap<>();
        Map<ScenarioResult, Scenario> scenarios = new LinkedHashMap<>();
        Map<Study, Study> copied = new IdentityHashMap<>();
        for (ScenarioResult r : c.results()) {
            if (!bands.containsKey(r)) {
                Study copy = copied.computeIfAbsent(r.study(), EcoreUtil::copy);
                copies.put(r, copy);
                scenarios.put(r, copy.getScenarios().get(r.study().getScenarios().indexOf(r.scenario())));
            }
        }
        if (copies.isEmpty()) {
            return;
        }
        ScenarioProjector projector = new ScenarioProjector(registry.snapshot());
        Job next = new Job(Messages.bandJob) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Map<ScenarioResult, Band> done = new IdentityHashMap<>();
                for (ScenarioResult r : copies.keySet()) {
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    done.put(r, band(service, projector, r, copies.get(r), scenarios.get(r)));
                }
                Job self = this;
                display.asyncExec(() -> {
                    if (job == self && !monitor.isCanceled()) {
                        job = null;
                        bands.putAll(done);
                        onUpdate.run();
                    }
                });
                return Status.OK_STATUS;
            }
        };
        next.setSystem(true);
        job = next;
        next.schedule();
    }

    static Band band(UncertaintyService service, ScenarioProjector projector, ScenarioResult r, Study study, Scenario scenario) {
        try {
            UncertaintyModel model = ScenarioUncertainty.model(service, study, scenario, projector);
            if (model.inputs().isEmpty()) {
                return new Band(null, null, null, NLS.bind(Messages.bandNone, r.label()));
            }
            UncertainAccount mc = MonteCarlo.account(model, DRAWS, SEED);
            double scale = Account.express(new Quantity(1, Units.T_C), Unit.parse(r.account().unit())).value();
            var net = r.account().net().asMap();
            double[] years = new double[net.size()];
            double[] low = new double[years.length];
            double[] high = new double[years.length];
            int j = 0;
            for (int year : net.keySet()) {
                Statistics s = model.years().contains(year) ? mc.statistics(year, Components.NET) : Statistics.MISSING;
                years[j] = year;
                low[j] = s.p2_5() * scale;
                high[j++] = s.p97_5() * scale;
            }
            return new Band(years, low, high, null);
        } catch (Exception e) {
            return new Band(null, null, null, NLS.bind(Messages.bandFailed, r.label(), ComparisonSession.message(e)));
        }
    }

    void cancel() {
        if (job != null) {
            job.cancel();
            job = null;
        }
    }
}
