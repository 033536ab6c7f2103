package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.landcarbon.accounting.Components;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.uncertainty.MonteCarlo;
import org.landcarbon.uncertainty.PeakDistribution;
import org.landcarbon.uncertainty.ScenarioUncertainty;
import org.landcarbon.uncertainty.Statistics;
import org.landcarbon.uncertainty.UncertaintyModel;
import org.landcarbon.uncertainty.UncertaintyService;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code scenarios|compare STUDY --uncertainty mc}: Monte Carlo draws pushed through each scenario's account: the
 * 95 % band of net emission per year, the peak-year distribution and the probability of a peak by a year.
 */
final class ScenarioUncertaintyCommandLine {

    static final String USAGE = """

            Monte Carlo through the scenarios (docs/uncertainty.md):
              --uncertainty mc    draws of the uncertain coefficients pushed through each scenario's account:
                                  band of net emission per year, peak-year distribution, P(peak by YEAR)
              --draws N           draws (default 10000)     --seed S   seed (default 1)
              --peak-by YEAR      the year of P(peak by YEAR) (default 2030)
              --scenarios A,B     scenarios (default all)   --format table|csv|json""";

    private ScenarioUncertaintyCommandLine() {
    }

    static int run(ProjectionMethodRegistry registry, UncertaintyService service, List<String> args, PrintStream out) throws Exception {
        DrawOptions.require(service);
        DrawOptions o = DrawOptions.extract(args);
        List<String> files = new ArrayList<>();
        Map<String, String> options = o.options(List.of("--scenarios", "--peak-by", "--format"), files, "--uncertainty mc");
        if (!"mc".equals(o.method())) {
            throw new UsageException("--uncertainty of scenarios and compare must be mc, got '" + o.method() + "'");
        }
        if (files.size() > 1) {
            throw new UsageException("expects one study file, got '" + files.get(0) + "' and '" + files.get(1) + "'");
        }
        if (files.isEmpty()) {
            throw new UsageException("a study file is required");
        }
        String file = files.get(0);
        int draws = o.draws(MonteCarlo.DEFAULT_DRAWS);
        long seed = o.seed();
        int peakBy = (int) UncertaintyOptions.number(options.getOrDefault("--peak-by", "2030"), "--peak-by");
        String format = options.getOrDefault("--format", "table");
        List<String> names = !options.containsKey("--scenarios") ? null
                : Arrays.stream(options.get("--scenarios").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        DrawOptions.checkFormat(format, List.of("table", "csv", "json"));
        Study study = ScenariosCommand.load(file);
        List<Scenario> scenarios = select(study, names, file);
        ScenarioProjector projector = new ScenarioProjector(registry.snapshot());
        List<ScenarioUncertainty.Result> results = new ArrayList<>();
        List<UncertaintyModel> models = new ArrayList<>();
        for (Scenario s : scenarios) {
            UncertaintyModel model = ScenarioUncertainty.model(service, study, s, projector);
            try {
                MonteCarlo.checkDraws(draws, model.point().length);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--draws: " + e.getMessage());
            }
            models.add(model);
            results.add(ScenarioUncertainty.monteCarlo(s.getName(), model, draws, seed));
        }
        Unit unit = DrawOptions.carbonUnit(study);
        double scale = DrawOptions.perTonne(unit);
        switch (format) {
            case "csv" -> csv(results, peakBy, scale, unit, out);
            case "json" -> json(study, results, draws, seed, peakBy, scale, unit, out);
            default -> table(study, results, models, draws, seed, peakBy, scale, unit, out);
        }
        return 0;
    }

    private static List<Scenario> select(Study study, List<String> names, String file) {
        if (study.getScenarios().isEmpty()) {
            throw new IllegalArgumentException(file + ": the study has no scenarios");
        }
        if (names == null) {
            return List.copyOf(study.getScenarios());
        }
        List<Scenario> out = new ArrayList<>();
        for (String n : names) {
            out.add(study.getScenarios().stream().filter(x -> n.equals(x.getName())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(file + ": no scenario '" + n + "'; the study has: "
                            + String.join(", ", study.getScenarios().stream().map(Scenario::getName).toList()))));
        }
        return out;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String year(int y) {
        return y == Integer.MAX_VALUE ? "none" : String.valueOf(y);
    }

    private static void table(Study study, List<ScenarioUncertainty.Result> results, List<UncertaintyModel> models, int draws, long seed,
            int peakBy, double scale, Unit unit, PrintStream out) {
        out.println(study.getName() + ": Monte Carlo through the scenarios, " + draws + " draws, seed " + seed + "; net emission in "
                + unit.symbol());
        for (int i = 0; i < results.size(); i++) {
            ScenarioUncertainty.Result r = results.get(i);
            PeakDistribution p = r.peaks();
            UncertaintyModel m = models.get(i);
            out.println();
            out.println(r.scenario() + " (to " + m.years().get(m.years().size() - 1) + ", " + m.inputs().size() + " uncertain inputs)");
            out.println("  peak of the point path: " + (p.pointReached() ? String.valueOf(p.pointYear()) : "none before the horizon"));
            out.println("  peak year over the draws: median " + year(p.quantileYear(0.5)) + ", 95 % " + year(p.quantileYear(0.025)) + " to "
                    + year(p.quantileYear(0.975)));
            out.printf(Locale.ROOT, "  P(peak by %d) = %.4f; P(no peak before the horizon) = %.4f%n", peakBy, p.probabilityByYear(peakBy),
                    p.probabilityNoPeak());
            for (Map.Entry<Integer, Integer> e : p.years().entrySet()) {
                out.printf(Locale.ROOT, "    peak in %d: %d draws%n", e.getKey(), e.getValue());
            }
            out.printf(Locale.ROOT, "  %-6s %14s %14s %14s %14s %14s%n", "year", "net", "mean", "p2.5", "p50", "p97.5");
            for (int y : m.years()) {
                Statistics s = r.account().statistics(y, Components.NET);
                out.printf(Locale.ROOT, "  %-6d %14.2f %14.2f %14.2f %14.2f %14.2f%n", y, s.point() * scale, s.mean() * scale,
                        s.p2_5() * scale, s.p50() * scale, s.p97_5() * scale);
            }
            m.notes().forEach(n -> out.println("  note: " + n));
        }
    }

    private static void csv(List<ScenarioUncertainty.Result> results, int peakBy, double scale, Unit unit, PrintStream out) {
        out.println("scenario,point_peak_year,peak_year_p50,peak_year_p2_5,peak_year_p97_5,p_peak_by_" + peakBy + ",p_no_peak");
        for (ScenarioUncertainty.Result r : results) {
            PeakDistribution p = r.peaks();
            out.println(String.join(",", quote(r.scenario()), p.pointReached() ? String.valueOf(p.pointYear()) : "none",
                    year(p.quantileYear(0.5)), year(p.quantileYear(0.025)), year(p.quantileYear(0.975)),
                    String.valueOf(p.probabilityByYear(peakBy)), String.valueOf(p.probabilityNoPeak())));
        }
        out.println();
        out.println("scenario,year,net," + DrawOptions.CSV + ",unit");
        for (ScenarioUncertainty.Result r : results) {
            for (int y : r.account().model().years()) {
                Statistics s = r.account().statistics(y, Components.NET);
                out.println(quote(r.scenario()) + "," + y + "," + DrawOptions.csv(s, scale) + "," + unit.symbol());
            }
        }
    }

    private static void json(Study study, List<ScenarioUncertainty.Result> results, int draws, long seed, int peakBy, double scale, Unit unit,
            PrintStream out) throws Exception {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("study", study.getName());
            g.writeStringField("uncertainty", "mc");
            g.writeNumberField("draws", draws);
            g.writeNumberField("seed", seed);
            g.writeNumberField("peak_by", peakBy);
            g.writeStringField("unit", unit.symbol());
            g.writeArrayFieldStart("scenarios");
            for (ScenarioUncertainty.Result r : results) {
                PeakDistribution p = r.peaks();
                g.writeStartObject();
                g.writeStringField("name", r.scenario());
                g.writeNumberField("uncertain_inputs", r.account().model().inputs().size());
                g.writeObjectFieldStart("peak");
                if (p.pointReached()) {
                    g.writeNumberField("point_year", p.pointYear());
                } else {
                    g.writeNullField("point_year");
                }
                g.writeNumberField("p_by_year", p.probabilityByYear(peakBy));
                g.writeNumberField("p_no_peak", p.probabilityNoPeak());
                g.writeObjectFieldStart("years");
                for (Map.Entry<Integer, Integer> e : p.years().entrySet()) {
                    g.writeNumberField(String.valueOf(e.getKey()), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
                g.writeArrayFieldStart("net");
                for (int y : r.account().model().years()) {
                    Statistics s = r.account().statistics(y, Components.NET);
                    g.writeStartObject();
                    g.writeNumberField("year", y);
                    DrawOptions.json(g, s, scale);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("notes");
                for (String n : r.account().model().notes()) {
                    g.writeString(n);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println(w);
    }
}
