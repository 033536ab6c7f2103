package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.cli.UsageException;
import org.landcarbon.cli.internal.analysis.AnalysisCommandLine;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;
import org.landcarbon.uncertainty.ForecastBand;
import org.landcarbon.uncertainty.Gm11Intervals;
import org.landcarbon.uncertainty.MonteCarlo;
import org.landcarbon.uncertainty.Statistics;
import org.landcarbon.uncertainty.UncertaintyModel;
import org.landcarbon.uncertainty.UncertaintyService;

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

    private Gm11UncertaintyCommandLine() {
    }

    static boolean wanted(List<String> args) {
        return args.contains("--uncertainty");
    }

    static int run(Analysis<?> analysis, UncertaintyService service, List<String> args, PrintStream out) throws Exception {
        String method = null;
        Integer draws = null;
        long seed = UncertaintyOptions.DEFAULT_SEED;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--uncertainty" -> method = UncertaintyOptions.value(args, ++i, a);
                case "--draws" -> draws = (int) UncertaintyOptions.number(UncertaintyOptions.value(args, ++i, a), a);
                case "--seed" -> seed = UncertaintyOptions.number(UncertaintyOptions.value(args, ++i, a), a);
                default -> rest.add(a);
            }
        }
        if (!"bootstrap".equals(method) && !"mc".equals(method)) {
            throw new UsageException("--uncertainty of gm11 must be bootstrap or mc, got '" + method + "'");
        }
        int n = draws != null ? draws : method.equals("mc") ? MonteCarlo.DEFAULT_DRAWS : Gm11Intervals.DEFAULT_REPLICATES;
        if (n < 2 || n > MonteCarlo.MAX_DRAWS) {
            throw new UsageException("--draws must be between 2 and " + MonteCarlo.MAX_DRAWS + ", got " + n);
        }
        return method.equals("mc") ? mc(service, rest, n, seed, out) : bootstrap(analysis, rest, n, seed, out);
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

    private static int mc(UncertaintyService service, List<String> args, int draws, long seed, PrintStream out) throws Exception {
        if (service == null) {
            throw new IllegalStateException("the uncertainty bundle (org.landcarbon.uncertainty) is not installed");
        }
        String input = null;
        String series = null;
        String format = "json";
        int horizon = 5;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--input" -> input = UncertaintyOptions.value(args, ++i, a);
                case "--series", "--column" -> series = UncertaintyOptions.value(args, ++i, a);
                case "--horizon" -> horizon = horizon(UncertaintyOptions.value(args, ++i, a));
                case "--format" -> format = UncertaintyOptions.value(args, ++i, a);
                default -> throw new UsageException("'" + a + "' does not go with --uncertainty mc (--input, --series, --horizon, "
                        + "--draws, --seed, --format)");
            }
        }
        if (input == null || !input.endsWith(".landcarbon")) {
            throw new UsageException("--uncertainty mc needs --input STUDY.landcarbon (the account's inputs are drawn)");
        }
        if (series == null) {
            throw new UsageException("--uncertainty mc needs --series NUMBER: net, sinks_total, sources_total or a component");
        }
        if (!List.of("json", "csv", "table").contains(format)) {
            throw new UsageException("--format must be json, csv or table, got '" + format + "'");
        }
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
        String unitText = study.getDisplayUnits() == null || study.getDisplayUnits().getCarbon() == null ? "10^4 t C"
                : study.getDisplayUnits().getCarbon();
        Unit unit = Unit.parse(unitText);
        double scale = Account.express(new Quantity(1, Units.T_C), unit).value();
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
                out.println(indexName + ",forecast,mean,sd,p2_5,p50,p97_5,unit");
                for (int j = 0; j < s.size(); j++) {
                    Statistics x = s.get(j);
                    out.println((last + step * (j + 1)) + "," + x.point() * scale + "," + x.mean() * scale + "," + x.sd() * scale + ","
                            + x.p2_5() * scale + "," + x.p50() * scale + "," + x.p97_5() * scale + "," + unit);
                }
            }
            default -> {
                StringWriter w = new StringWriter();
                try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    g.writeStringField("analysis", "grey.gm11");
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
                        g.writeNumberField("value", x.point() * scale);
                        g.writeNumberField("mean", x.mean() * scale);
                        g.writeNumberField("sd", x.sd() * scale);
                        g.writeNumberField("p2_5", x.p2_5() * scale);
                        g.writeNumberField("p50", x.p50() * scale);
                        g.writeNumberField("p97_5", x.p97_5() * scale);
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
