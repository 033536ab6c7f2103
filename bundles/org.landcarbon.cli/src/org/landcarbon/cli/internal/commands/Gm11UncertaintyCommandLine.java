package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.cli.UsageException;
import org.landcarbon.cli.internal.analysis.AnalysisCommandLine;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.units.Unit;
import org.landcarbon.uncertainty.ForecastBand;
import org.landcarbon.uncertainty.Gm11Intervals;
import org.landcarbon.uncertainty.MonteCarlo;
import org.landcarbon.uncertainty.Statistics;
import org.landcarbon.uncertainty.UncertaintyModel;
import org.landcarbon.uncertainty.UncertaintyService;
import org.osgi.service.component.ComponentServiceObjects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code gm11 ... --uncertainty bootstrap|mc}: the 95 % interval of the GM(1,1) forecast, by residual bootstrap over
 * the fit (any input the plain command takes) or by Monte Carlo draws of a study's account pushed through the fit.
 */
final class Gm11UncertaintyCommandLine {

    static final String USAGE = """

            Forecast intervals (docs/uncertainty.md):
              --uncertainty bootstrap  95 % prediction interval by residual bootstrap over the fit (any input)
              --uncertainty mc         Monte Carlo draws of a study's account (--input STUDY --series net|sinks_total|
                                       sources_total|COMPONENT, the computed account, not the reported values)
                                       pushed through GM(1,1)
              --draws N                replicates (bootstrap, default 2000) or draws (mc, default 10000)
              --seed S                 seed (default 1); the result depends on the seed only""";

    /** The analysis whose forecast these intervals are of. */
    static final String ANALYSIS = "grey.gm11";

    private Gm11UncertaintyCommandLine() {
    }

    static boolean wanted(List<String> args) {
        return args.contains("--uncertainty");
    }

    /**
     * Runs the interval method on the line. The uncertainty service is got only for {@code mc}: getting it activates
     * the accounting service and its methods and libraries, which a plain {@code gm11} does not need (issue 17).
     */
    static int run(Analysis<?> analysis, ComponentServiceObjects<UncertaintyService> uncertainty, List<String> args, PrintStream out)
            throws Exception {
        DrawOptions o = DrawOptions.extract(args);
        String method = o.method();
        if (!"bootstrap".equals(method) && !"mc".equals(method)) {
            throw new UsageException("--uncertainty of " + ANALYSIS + " must be bootstrap or mc, got '" + method + "'");
        }
        int n = o.draws(method.equals("mc") ? MonteCarlo.DEFAULT_DRAWS : Gm11Intervals.DEFAULT_REPLICATES);
        if (!method.equals("mc")) {
            return bootstrap(analysis, o.rest(), n, o.seed(), out);
        }
        UncertaintyService service = uncertainty == null ? null : uncertainty.getService();
        try {
            return mc(service, o, n, out);
        } finally {
            if (service != null) {
                uncertainty.ungetService(service);
            }
        }
    }

    private static int horizon(String text) throws UsageException {
        long h = UncertaintyOptions.number(text, "--horizon");
        if (h < 1 || h > 200) {
            throw new UsageException("--horizon of a forecast interval must be between 1 and 200, got " + h);
        }
        return (int) h;
    }

    private static int bootstrap(Analysis<?> analysis, List<String> args, int replicates, long seed, PrintStream out) throws Exception {
        AnalysisCommandLine.Input in = AnalysisCommandLine.read(analysis, args);
        for (String s : in.settings().keySet()) {
            if (!s.equals("horizon")) {
                throw new UsageException("--" + s + " does not go with --uncertainty (only --horizon, --draws, --seed)");
            }
        }
        int horizon = horizon(in.settings().getOrDefault("horizon", "5"));
        DataTable t = in.table();
        if (!t.hasNumericIndex() || t.rows() < 2) {
            throw new UsageException(t.source() + ": a forecast interval needs years or an integer index at equal steps");
        }
        int[] index = t.index();
        int step = index[1] - index[0];
        for (int k = 2; k < index.length; k++) {
            if (index[k] - index[k - 1] != step) {
                throw new UsageException(t.source() + ": GM(1,1) needs equal steps; " + t.indexName() + " goes " + index[k - 1] + ", "
                        + index[k]);
            }
        }
        DataTable.Column c = t.columns().get(0);
        ForecastBand band;
        try {
            band = Gm11Intervals.bootstrap(c.values(), horizon, replicates, seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(t.source() + ", column " + c.name() + ": " + e.getMessage());
        }
        print(band, t.source() + ", column " + c.name(), t.indexName(), index[index.length - 1], step, c.unit() == null ? "" : c.unit(), 1,
                in.format(), out);
        return 0;
    }

    private static int mc(UncertaintyService service, DrawOptions o, int draws, PrintStream out) throws Exception {
        DrawOptions.require(service);
        long seed = o.seed();
        Map<String, String> options = o.options(List.of("--input", "--series", "--column", "--horizon", "--format"), null,
                "--uncertainty mc");
        String input = options.get("--input");
        String series = options.getOrDefault("--series", options.get("--column"));
        String format = options.getOrDefault("--format", "json");
        int horizon = horizon(options.getOrDefault("--horizon", "5"));
        if (input == null || !input.endsWith(".landcarbon")) {
            throw new UsageException("--uncertainty mc needs --input STUDY.landcarbon (the account's inputs are drawn)");
        }
        if (series == null) {
            throw new UsageException("--uncertainty mc needs --series NUMBER: net, sinks_total, sources_total or a component");
        }
        DrawOptions.checkFormat(format, List.of("json", "csv", "table"));
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new java.io.IOException(input + ": no such file");
        }
        Study study = StudyFiles.load(file);
        UncertaintyModel model = service.model(study, AccountOptions.DEFAULT);
        if (!model.outputs().contains(series)) {
            throw new UsageException("--series " + series + " is not a number of the account; choose one of " + model.outputs());
        }
        try {
            MonteCarlo.checkDraws(draws, model.point().length);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--draws: " + e.getMessage());
        }
        Unit unit = DrawOptions.carbonUnit(study);
        double scale = DrawOptions.perTonne(unit);
        ForecastBand band;
        try {
            band = Gm11Intervals.monteCarlo(model, series, horizon, draws, seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(input + ": " + e.getMessage());
        }
        List<Integer> years = model.years();
        print(band, input + ", " + series + " of the account", "year", years.get(years.size() - 1), 1, unit.symbol(), scale, format, out);
        for (String note : model.notes()) {
            if (!format.equals("json") && !format.equals("csv")) {
                out.println("note: " + note);
            }
        }
        return 0;
    }

    private static String how(ForecastBand b) {
        return b.method().equals("mc")
                ? "Monte Carlo: " + b.runs() + " draws of the account's uncertain inputs (one per input for all years), GM(1,1) refitted on each drawn path, seed " + b.seed()
                : "residual bootstrap: " + b.runs() + " replicates, relative residuals of points 2..n resampled onto the fit, GM(1,1) refitted, "
                        + "each forecast step times (1 + a resampled residual); seed " + b.seed();
    }

    private static void print(ForecastBand b, String what, String indexName, int last, int step, String unit, double scale, String format,
            PrintStream out) throws Exception {
        List<Statistics> s = b.statistics();
        switch (format) {
            case "table" -> {
                out.println("GM(1,1) forecast of " + what + " with its 95 % interval" + (unit.isEmpty() ? "" : "; " + unit));
                out.println(how(b) + (b.left() > 0 ? "; " + b.left() + " left out (not positive or not finite)" : ""));
                out.printf(Locale.ROOT, "%-8s %14s %14s %12s %14s %14s %14s%n", indexName, "forecast", "mean", "sd", "p2.5", "p50", "p97.5");
                for (int j = 0; j < s.size(); j++) {
                    Statistics x = s.get(j);
                    out.printf(Locale.ROOT, "%-8d %14.4f %14.4f %12.4f %14.4f %14.4f %14.4f%n", last + step * (j + 1), x.point() * scale,
                            x.mean() * scale, x.sd() * scale, x.p2_5() * scale, x.p50() * scale, x.p97_5() * scale);
                }
            }
            case "csv" -> {
                out.println(indexName + ",forecast," + DrawOptions.CSV + ",unit");
                for (int j = 0; j < s.size(); j++) {
                    out.println((last + step * (j + 1)) + "," + DrawOptions.csv(s.get(j), scale) + "," + unit);
                }
            }
            default -> {
                StringWriter w = new StringWriter();
                try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    g.writeStringField("analysis", ANALYSIS);
                    g.writeStringField("input", what);
                    g.writeStringField("uncertainty", b.method());
                    g.writeNumberField(b.method().equals("mc") ? "draws" : "replicates", b.runs());
                    g.writeNumberField("seed", b.seed());
                    g.writeNumberField("left_out", b.left());
                    g.writeStringField("unit", unit);
                    g.writeStringField("method", how(b));
                    g.writeArrayFieldStart("forecast");
                    for (int j = 0; j < s.size(); j++) {
                        Statistics x = s.get(j);
                        g.writeStartObject();
                        g.writeNumberField(indexName.equals("year") ? "year" : "index", last + step * (j + 1));
                        DrawOptions.json(g, x, scale);
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.println(w);
            }
        }
    }
}
