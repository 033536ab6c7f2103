package org.landcarbon.scenarios.internal.rules;

import static org.landcarbon.scenarios.internal.Numbers.num;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcarbon.scenarios.ParameterInfo;
import org.landcarbon.scenarios.ProjectedValue;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ProjectionMethod;
import org.landcarbon.scenarios.ProjectionRequest;
import org.landcarbon.scenarios.RuleParameters;
import org.landcarbon.scenarios.YearSeries;
import org.osgi.service.component.annotations.Component;

/**
 * {@code markov}: land-use areas projected jointly by a Markov chain, {@code a(t + s) = a(t) x P},
 * with {@code a} the row vector of the classes' areas, {@code P} the transition matrix over a step
 * of {@code s} years (row i: the shares of class i's area that go to each class; rows sum to 1, so
 * the total area is conserved). Years between steps are interpolated linearly. With
 * {@code normalize=true} the matrix may be a transfer matrix in area units (from a class-to-class
 * change table), whose rows are divided by their sums.
 *
 * <p>The rule's {@code seriesId} lists the area series, comma separated, in the matrix's order.
 */
@Component(service = ProjectionMethod.class)
public final class MarkovChainMethod implements ProjectionMethod {

    private static final double ROW_SUM_TOLERANCE = 1e-6;

    @Override
    public String kind() {
        return "markov";
    }

    @Override
    public String label() {
        return "Markov chain of land-use areas";
    }

    @Override
    public List<ParameterInfo> parameters() {
        return List.of(
                ParameterInfo.required("matrix", "rows separated by ';', entries by ',' or spaces; row i = from the i-th series"),
                ParameterInfo.optional("step", "years per transition", "1"),
                ParameterInfo.optional("normalize", "true: rows are areas transferred, divided by their sums", "false"));
    }

    @Override
    public String summarize(RuleParameters p) {
        return "Markov chain, step " + p.text("step", "1") + " a";
    }

    @Override
    public Map<String, List<ProjectedValue>> project(ProjectionRequest request) throws ProjectionException {
        RuleParameters p = request.parameters();
        List<String> ids = request.seriesIds();
        int n = ids.size();
        double[][] matrix = parseMatrix(p, n);
        int step = p.year("step", 1);
        if (step < 1) {
            throw p.problem("parameter 'step' must be at least 1 year, got " + step);
        }
        int y0 = Integer.MIN_VALUE;
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            YearSeries s = request.known().get(ids.get(i));
            if (s == null || s.isEmpty()) {
                throw p.problem("series " + ids.get(i) + " has no values to project from");
            }
            if (i > 0 && s.lastYear() != y0) {
                throw p.problem("all series of a Markov chain must end in the same year: " + ids.get(0) + " ends in "
                        + y0 + ", " + ids.get(i) + " in " + s.lastYear());
            }
            y0 = s.lastYear();
            start[i] = s.lastValue();
        }
        String detail = "Markov chain from the " + y0 + " areas (total " + num(sum(start)) + "), "
                + (step == 1 ? "one transition a year" : "one transition per " + step + " years, linear between");
        Map<String, List<ProjectedValue>> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, new ArrayList<>()));
        double[] previous = start;
        int previousYear = y0;
        while (previousYear < request.untilYear()) {
            double[] next = multiply(previous, matrix);
            int nextYear = previousYear + step;
            for (int y = previousYear + 1; y <= Math.min(nextYear, request.untilYear()); y++) {
                double share = (double) (y - previousYear) / step;
                for (int i = 0; i < n; i++) {
                    double v = previous[i] + (next[i] - previous[i]) * share;
                    out.get(ids.get(i)).add(new ProjectedValue(y, v, detail));
                }
            }
            previous = next;
            previousYear = nextYear;
        }
        return out;
    }

    static double[] multiply(double[] row, double[][] matrix) {
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            double s = 0;
            for (int i = 0; i < row.length; i++) {
                s += row[i] * matrix[i][j];
            }
            out[j] = s;
        }
        return out;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    private static double[][] parseMatrix(RuleParameters p, int n) throws ProjectionException {
        String[] rows = p.requireText("matrix").split(";");
        if (rows.length != n) {
            throw p.problem("the matrix has " + rows.length + " rows for " + n + " series");
        }
        boolean normalize = Boolean.parseBoolean(p.text("normalize", "false"));
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            String[] cells = rows[i].trim().split("[,\\s]+");
            if (cells.length != n) {
                throw p.problem("matrix row " + (i + 1) + " has " + cells.length + " entries, expected " + n);
            }
            double rowSum = 0;
            for (int j = 0; j < n; j++) {
                try {
                    m[i][j] = Double.parseDouble(cells[j]);
                } catch (NumberFormatException e) {
                    throw p.problem("matrix row " + (i + 1) + ", column " + (j + 1) + ": '" + cells[j] + "' is not a number");
                }
                if (m[i][j] < 0 || !Double.isFinite(m[i][j])) {
                    throw p.problem("matrix row " + (i + 1) + ", column " + (j + 1) + ": " + cells[j] + " is negative");
                }
                rowSum += m[i][j];
            }
            if (normalize) {
                if (rowSum <= 0) {
                    throw p.problem("matrix row " + (i + 1) + " sums to 0 and cannot be normalized");
                }
                for (int j = 0; j < n; j++) {
                    m[i][j] /= rowSum;
                }
            } else if (Math.abs(rowSum - 1) > ROW_SUM_TOLERANCE) {
                throw p.problem("matrix row " + (i + 1) + " sums to " + num(rowSum)
                        + ", not 1 (give probabilities, or areas with normalize=true)");
            }
        }
        return m;
    }
}
