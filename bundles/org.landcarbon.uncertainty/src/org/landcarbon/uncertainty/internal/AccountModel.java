package org.landcarbon.uncertainty.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.AccountingMethod;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.accounting.ComponentResult;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.MissingInputException;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientCorrelation;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.units.BaseDimension;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.UnitException;
import org.landcarbon.model.units.Units;
import org.landcarbon.uncertainty.Distribution;
import org.landcarbon.uncertainty.SeriesPaths;
import org.landcarbon.uncertainty.UncertainInput;
import org.landcarbon.uncertainty.UncertaintyModel;

/**
 * The account as a function of its uncertain inputs. Each number of the account is one of: a constant (no
 * uncertain input), affine in its inputs (checked at two random points to 1e-9; then evaluated by its exact
 * affine form, fast), or re-run by its method on a {@link ReplayContext} for every evaluation.
 */
final class AccountModel implements UncertaintyModel {

    private final String studyName;
    private final List<Integer> years;
    private final List<String> outputs;
    private final List<UncertainInput> inputs;
    private final double[][] correlation;
    private final double[] point;
    private final List<Cell> cells = new ArrayList<>();
    private final int[] sinkSlots;
    private final int[] sourceSlots;
    private final List<String> notes;

    /** One component-year: its slot in the output, the inputs it reads and how to evaluate it. */
    private record Cell(int slot, int[] inputs, double c0, double[] gradient, double[] multilinear, Replay replay) {
    }

    private record Replay(AccountingMethod method, String component, int year, Trail trail, Study study, List<UncertainInput> all,
            SeriesPaths paths) {

        double run(double[] x, int[] used) throws MissingInputException {
            Map<String, Double> coefficients = new HashMap<>();
            Map<String, Double> factors = new HashMap<>();
            for (int k : used) {
                UncertainInput in = all.get(k);
                if (in.kind() == UncertainInput.Kind.SERIES) {
                    factors.put(in.id().substring(UncertainInput.SERIES_PREFIX.length()), x[k]);
                } else {
                    coefficients.put(in.id(), x[k]);
                }
            }
            ReplayContext context = new ReplayContext(study, trail, coefficients, factors, paths);
            Quantity q = method.compute(component, year, context, Trail.builder(method));
            if (q.unit().dimension().exponent(BaseDimension.TIME) == -1) {
                q = q.times(new Quantity(1, Units.YEAR));
            }
            return q.to(Units.T_C).value();
        }
    }

    private final SeriesPaths paths;

    AccountModel(AccountingService accounting, Study study, Account account, Scenario scenario, SeriesPaths paths) throws AccountingException {
        this.paths = paths;
        this.studyName = account.studyName();
        this.years = account.years();
        List<String> outs = new ArrayList<>(account.components());
        outs.addAll(Components.TOTALS);
        this.outputs = List.copyOf(outs);
        List<String> notes = new ArrayList<>();
        this.inputs = List.copyOf(collectInputs(study, account, scenario, paths, notes));
        this.correlation = correlation(study, inputs, notes);
        int n = outputs.size();
        point = new double[years.size() * n];
        java.util.Arrays.fill(point, Double.NaN);
        List<Integer> sinks = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        for (int c = 0; c < account.components().size(); c++) {
            (account.kind(account.components().get(c)) == ComponentKind.SINK ? sinks : sources).add(c);
        }
        sinkSlots = sinks.stream().mapToInt(Integer::intValue).toArray();
        sourceSlots = sources.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < inputs.size(); k++) {
            index.put(inputs.get(k).id(), k);
        }
        double[] x0 = pointInputs();
        SplittableRandom random = new SplittableRandom(20260101L);
        List<String> replayed = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            for (int c = 0; c < account.components().size(); c++) {
                ComponentResult r = account.result(years.get(y), account.components().get(c));
                int slot = y * n + c;
                if (!r.hasValue()) {
                    continue;
                }
                point[slot] = r.value().in(Units.T_C);
                cells.add(cell(accounting, study, r, slot, index, x0, random, replayed));
            }
            totals(point, y * n);
        }
        if (!replayed.isEmpty()) {
            notes.add("not affine in their uncertain inputs, so re-run by their method for every draw: " + String.join(", ", replayed));
        }
        this.notes = List.copyOf(notes);
    }

    private Cell cell(AccountingService accounting, Study study, ComponentResult r, int slot, Map<String, Integer> index, double[] x0,
            SplittableRandom random, List<String> replayed) throws AccountingException {
        List<Integer> used = new ArrayList<>();
        Trail trail = r.trail();
        if (trail != null && r.status() == ComponentResult.Status.COMPUTED) {
            for (CoefficientValue v : trail.coefficients()) {
                Integer k = index.get(v.key());
                if (k != null && !used.contains(k)) {
                    used.add(k);
                }
            }
            for (SeriesInput s : trail.inputs()) {
                for (String driver : paths.drivers(s.seriesId())) {
                    Integer k = index.get(UncertainInput.SERIES_PREFIX + driver);
                    if (k != null && !used.contains(k)) {
                        used.add(k);
                    }
                }
            }
        }
        double p = point[slot];
        if (used.isEmpty()) {
            return new Cell(slot, new int[0], p, new double[0], null, null);
        }
        int[] u = used.stream().mapToInt(Integer::intValue).toArray();
        AccountingMethod method = accounting.method(r.methodId()).orElseThrow(
                () -> new AccountingException("method " + r.methodId() + " of " + r.component() + " " + r.year() + " is no longer installed"));
        Replay replay = new Replay(method, r.component(), r.year(), trail, study, inputs, paths);
        String what = r.component() + " " + r.year() + " (method " + method.id() + ")";
        double at0 = run(replay, x0, u, what);
        if (Math.abs(at0 - p) > 1e-9 * Math.max(1, Math.abs(p))) {
            throw new AccountingException("re-running " + what + " on its trail gives " + at0 + " t C instead of " + p
                    + ": the method reads an input it does not record, so its uncertainty cannot be computed");
        }
        double[] g = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            double h = inputs.get(u[i]).distribution().halfWidth95();
            double[] x = x0.clone();
            x[u[i]] += h;
            g[i] = (run(replay, x, u, what) - p) / h;
        }
        boolean affine = true;
        for (int t = 0; t < 2 && affine; t++) {
            double[] x = x0.clone();
            double lin = p;
            for (int i = 0; i < u.length; i++) {
                x[u[i]] = inputs.get(u[i]).distribution().quantile(0.02 + 0.96 * random.nextDouble());
                lin += g[i] * (x[u[i]] - x0[u[i]]);
            }
            double f = run(replay, x, u, what);
            affine = Math.abs(f - lin) <= 1e-9 * Math.max(Math.abs(f), Math.abs(p)) + 1e-12;
        }
        if (affine) {
            return new Cell(slot, u, p, g, null, null);
        }
        double[] m = u.length <= MULTILINEAR_MAX ? multilinear(replay, x0, u, what, random) : null;
        if (m == null) {
            replayed.add(what);
        }
        return new Cell(slot, u, p, g, m, m == null ? replay : null);
    }

    /** Inputs of one number up to which a multilinear form (2^m terms) is tried. */
    static final int MULTILINEAR_MAX = 6;

    /**
     * The coefficients c_S of f(x) = sum over subsets S of c_S prod_{i in S} (x_i - x0_i), from f at the 2^m corners
     * x0 + h_i (Moebius inversion), when f is multilinear in its inputs (a product such as area x rate is): checked
     * at two random points to 1e-9 as the affine form is; null otherwise.
     */
    private double[] multilinear(Replay replay, double[] x0, int[] u, String what, SplittableRandom random) throws AccountingException {
        int m = u.length;
        double[] h = new double[m];
        for (int i = 0; i < m; i++) {
            h[i] = inputs.get(u[i]).distribution().halfWidth95();
        }
        double[] c = new double[1 << m];
        for (int t = 0; t < c.length; t++) {
            double[] x = x0.clone();
            for (int i = 0; i < m; i++) {
                if ((t & (1 << i)) != 0) {
                    x[u[i]] += h[i];
                }
            }
            c[t] = run(replay, x, u, what);
        }
        for (int i = 0; i < m; i++) { // Moebius inversion over the subset lattice, one input at a time
            for (int t = 0; t < c.length; t++) {
                if ((t & (1 << i)) != 0) {
                    c[t] = (c[t] - c[t ^ (1 << i)]) / h[i];
                }
            }
        }
        for (int t = 0; t < 2; t++) {
            double[] x = x0.clone();
            for (int i = 0; i < m; i++) {
                x[u[i]] = inputs.get(u[i]).distribution().quantile(0.02 + 0.96 * random.nextDouble());
            }
            double f = run(replay, x, u, what);
            double form = multilinear(c, x, u);
            if (!(Math.abs(f - form) <= 1e-9 * Math.max(Math.abs(f), Math.abs(c[0])) + 1e-12)) {
                return null;
            }
        }
        return c;
    }

    private double multilinear(double[] c, double[] x, int[] u) {
        double[] prod = new double[c.length];
        prod[0] = 1;
        double v = c[0];
        for (int t = 1; t < c.length; t++) {
            int low = Integer.numberOfTrailingZeros(t);
            prod[t] = prod[t & (t - 1)] * (x[u[low]] - inputs.get(u[low]).point());
            v += c[t] * prod[t];
        }
        return v;
    }

    private static double run(Replay replay, double[] x, int[] used, String what) throws AccountingException {
        try {
            return replay.run(x, used);
        } catch (MissingInputException | UnitException e) {
            throw new AccountingException("re-running " + what + ": " + e.getMessage());
        }
    }

    private void totals(double[] out, int base) {
        double sinks = 0;
        double sources = 0;
        for (int s : sinkSlots) {
            sinks += out[base + s];
        }
        for (int s : sourceSlots) {
            sources += out[base + s];
        }
        int n = outputs.size();
        out[base + n - 3] = sinks;
        out[base + n - 2] = sources;
        out[base + n - 1] = sources - sinks;
    }

    /** Every coefficient the account read that carries a range, and every series with an uncertainty. */
    private static List<UncertainInput> collectInputs(Study study, Account account, Scenario scenario, SeriesPaths paths, List<String> notes)
            throws AccountingException {
        Map<String, CoefficientValue> used = new LinkedHashMap<>();
        Map<String, String> seriesUsed = new LinkedHashMap<>();
        for (int year : account.years()) {
            for (ComponentResult r : account.results(year)) {
                if (r.trail() != null && r.status() == ComponentResult.Status.COMPUTED) {
                    r.trail().coefficients().forEach(c -> used.putIfAbsent(c.key(), c));
                    r.trail().inputs().forEach(s -> paths.drivers(s.seriesId()).forEach(d -> seriesUsed.putIfAbsent(d, d)));
                }
            }
        }
        List<UncertainInput> inputs = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        for (CoefficientValue c : used.values()) {
            Optional<UncertainInput> in = coefficientInput(study, scenario, c);
            in.ifPresentOrElse(inputs::add, () -> exact.add(c.key()));
        }
        for (Series s : study.getSeries()) {
            if (s.getUncertainty() != null && seriesUsed.containsKey(s.getId())) {
                try {
                    inputs.add(new UncertainInput(UncertainInput.SERIES_PREFIX + s.getId(), UncertainInput.Kind.SERIES, 1, "1",
                            Distribution.of(s.getUncertainty(), 1, true), nz(s.getUncertainty().getSource())));
                } catch (IllegalArgumentException e) {
                    throw new AccountingException("series " + s.getId() + ", uncertainty: " + e.getMessage());
                }
            }
        }
        if (!exact.isEmpty()) {
            notes.add(exact.size() + " coefficient(s) have no range and are taken as exact: " + String.join(", ", exact));
        }
        return inputs;
    }

    private static Optional<UncertainInput> coefficientInput(Study study, Scenario scenario, CoefficientValue c) throws AccountingException {
        String origin = c.origin();
        double value = c.quantity().value();
        Uncertainty u = null;
        String where = c.key() + " (" + origin + ")";
        if (origin.equals("study override")) {
            u = find(study.getCoefficientOverrides(), c.key());
        } else if (scenario != null && origin.equals("scenario " + scenario.getName())) {
            u = find(scenario.getCoefficientOverrides(), c.key());
        } else if (origin.startsWith("set ")) {
            String setId = origin.substring(4);
            CoefficientSet own = study.getCoefficientSets().stream().filter(s -> setId.equals(s.getId())).findFirst().orElse(null);
            if (own != null) {
                u = find(own.getEntries(), c.key());
            } else {
                Optional<RangeLibrary.Range> range = RangeLibrary.find(setId, c.key());
                if (range.isPresent() && range.get().given()) {
                    RangeLibrary.Range r = range.get();
                    try {
                        return Optional.of(new UncertainInput(c.key(), UncertainInput.Kind.COEFFICIENT, value, c.quantity().unit().symbol(),
                                Distribution.of(r.distribution(), r.sd(), r.min(), r.max(), r.percent(), r.percentUpper(), value, false),
                                r.source()));
                    } catch (IllegalArgumentException e) {
                        throw new AccountingException(r.where() + " (" + c.key() + " = " + value + "): " + e.getMessage());
                    }
                }
            }
        }
        if (u == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UncertainInput(c.key(), UncertainInput.Kind.COEFFICIENT, value, c.quantity().unit().symbol(),
                    Distribution.of(u, value, false), nz(u.getSource())));
        } catch (IllegalArgumentException e) {
            throw new AccountingException("coefficient " + where + " = " + value + ", uncertainty: " + e.getMessage());
        }
    }

    private static Uncertainty find(List<Coefficient> list, String key) {
        return list.stream().filter(x -> key.equals(x.getKey())).map(Coefficient::getUncertainty).filter(x -> x != null).findFirst()
                .orElse(null);
    }

    private static double[][] correlation(Study study, List<UncertainInput> inputs, List<String> notes) throws AccountingException {
        int k = inputs.size();
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) {
            r[i][i] = 1;
        }
        for (CoefficientCorrelation c : study.getCoefficientCorrelations()) {
            int a = indexOf(inputs, c.getKeyA());
            int b = indexOf(inputs, c.getKeyB());
            if (a < 0 || b < 0) {
                notes.add("correlation " + c.getKeyA() + " ~ " + c.getKeyB() + " ignored: " + (a < 0 ? c.getKeyA() : c.getKeyB())
                        + " is not an uncertain input of this account");
                continue;
            }
            if (a == b || !(Math.abs(c.getRho()) <= 1)) {
                throw new AccountingException("correlation " + c.getKeyA() + " ~ " + c.getKeyB() + ": rho " + c.getRho()
                        + " must be between -1 and 1 between two different coefficients");
            }
            r[a][b] = r[b][a] = c.getRho();
        }
        return r;
    }

    private static int indexOf(List<UncertainInput> inputs, String id) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).id().equals(id) || inputs.get(i).id().equals(UncertainInput.SERIES_PREFIX + id)) {
                return i;
            }
        }
        return -1;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    double[] pointInputs() {
        double[] x = new double[inputs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = inputs.get(i).point();
        }
        return x;
    }

    @Override
    public double[] evaluate(double[] x) {
        double[] out = point.clone();
        for (Cell c : cells) {
            if (c.inputs().length == 0) {
                continue;
            }
            double v;
            if (c.multilinear() != null) {
                v = multilinear(c.multilinear(), x, c.inputs());
            } else if (c.replay() == null) {
                v = c.c0();
                for (int i = 0; i < c.inputs().length; i++) {
                    v += c.gradient()[i] * (x[c.inputs()[i]] - inputs.get(c.inputs()[i]).point());
                }
            } else {
                try {
                    v = c.replay().run(x, c.inputs());
                } catch (MissingInputException | UnitException e) {
                    v = Double.NaN;
                }
            }
            out[c.slot()] = v;
        }
        for (int y = 0; y < years.size(); y++) {
            totals(out, y * outputs.size());
        }
        return out;
    }

    @Override
    public String studyName() {
        return studyName;
    }

    @Override
    public List<Integer> years() {
        return years;
    }

    @Override
    public List<String> outputs() {
        return outputs;
    }

    @Override
    public List<UncertainInput> inputs() {
        return inputs;
    }

    @Override
    public double[][] correlation() {
        double[][] copy = new double[correlation.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = correlation[i].clone();
        }
        return copy;
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public List<String> notes() {
        return notes;
    }
}
