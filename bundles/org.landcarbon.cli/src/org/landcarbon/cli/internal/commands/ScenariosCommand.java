package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.ProjectionRule;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.SeriesOverride;
import org.landcarbon.model.Study;
import org.landcarbon.model.text.Limits;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.study.Regions;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ProjectionMethods;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.scenarios.ScenarioTemplate;
import org.landcarbon.scenarios.ScenarioTemplates;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon scenarios STUDY}: the study's scenarios, their horizons and rules. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=scenarios")
public final class ScenariosCommand implements Command {

    @Reference
    private ProjectionMethodRegistry registry;

    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.landcarbon.uncertainty.UncertaintyService uncertainty;

    @Override
    public String name() {
        return "scenarios";
    }

    @Override
    public String summary() {
        return "list a study's scenarios: horizon, rules, external values, coefficient changes";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon scenarios STUDY.landcarbon [--region CODE|all]
                       landcarbon scenarios STUDY.landcarbon --add-template natural|ecological|economic
                                  --horizon YEAR [--trend-from YEAR] [--reported C1,C2] [--output FILE]

                Lists the scenarios of a study: name, horizon year, whether it is illustrative, its
                description, and one line per projection rule (series and rule with its parameters),
                external values and coefficient changes, and what limits it (series no rule covers,
                rules that cannot run). Compare them with 'landcarbon compare'. --region projects them on one
                region of the study's region tree, or on each (all); a subregion keeps the rules and coefficient
                changes but not the external series values, given for the whole (docs/regions.md).

                --add-template adds a scenario built from the study's own trends (see docs/scenarios.md)
                and saves the study (or writes it to --output); a scenario of the same name is replaced.
                  --horizon YEAR      last year of the scenario
                  --trend-from YEAR   first year of the base period (default: the study's first year)
                  --reported C1,C2    components whose reported history is projected too (those the
                                      study cannot compute, e.g. construction,agricultural_land,cropland)""" + ScenarioUncertaintyCommandLine.USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.contains("--uncertainty")) {
            return ScenarioUncertaintyCommandLine.run(registry, uncertainty, args, out);
        }
        String file = null;
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (OPTIONS.contains(a)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(a + " needs a value");
                }
                options.put(a, args.get(++i));
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option '" + a + "'");
            } else if (file == null) {
                file = a;
            } else {
                throw new UsageException("expects one study file, got '" + file + "' and '" + a + "'");
            }
        }
        if (file == null) {
            throw new UsageException("a study file is required");
        }
        String region = options.remove("--region");
        if (options.containsKey("--add-template")) {
            if (region != null) {
                throw new UsageException("--region lists a region's scenarios; --add-template works on the study as a whole");
            }
            return addTemplate(file, options, out);
        }
        if (!options.isEmpty()) {
            throw new UsageException(String.join(", ", options.keySet()) + " only go with --add-template");
        }
        Study study = load(file);
        if (region == null) {
            list(study, out);
        } else if ("all".equals(region)) {
            for (Regions.Node n : Regions.walk(study)) {
                out.println("== " + "  ".repeat(n.depth()) + Regions.label(n.region()));
                list(Regions.view(study, n.region()), out);
                out.println();
            }
        } else {
            list(RegionAccounts.view(study, region), out);
        }
        return OK;
    }

    /** The listing of one study (or region view): each scenario, its rules and what limits it. */
    private void list(Study study, PrintStream out) {
        ProjectionMethods methods = registry.snapshot();
        int base = ScenarioProjector.baseYear(study);
        out.println(study.getName() + " (data " + study.getStartYear() + "-" + base + "): "
                + study.getScenarios().size() + (study.getScenarios().size() == 1 ? " scenario" : " scenarios"));
        for (Scenario s : study.getScenarios()) {
            out.println();
            out.println(s.getName() + "  (to " + s.getHorizonYear() + (s.isIllustrative() ? ", illustrative" : "") + ")");
            if (s.getDescription() != null && !s.getDescription().isBlank()) {
                wrap(s.getDescription().strip(), 96).forEach(line -> out.println("  " + line));
            }
            int width = s.getRules().stream().mapToInt(r -> String.valueOf(r.getSeriesId()).length()).max().orElse(0);
            for (ProjectionRule r : s.getRules()) {
                out.printf("  %-" + Math.max(width, 1) + "s  %s%n", r.getSeriesId(), methods.summarize(s.getName(), r));
            }
            for (SeriesOverride o : s.getSeriesOverrides()) {
                out.println("  " + o.getSeriesId() + "  external values for " + o.getValues().size() + " years");
            }
            for (Coefficient c : s.getCoefficientOverrides()) {
                out.println("  coefficient " + c.getKey() + " = " + c.getValue() + (c.getUnit() == null ? "" : " " + c.getUnit())
                        + (c.getSource() == null ? "" : " (" + c.getSource() + ")"));
            }
            // Projecting is cheap: say now what would stop or limit the scenario, not first in 'compare'.
            try {
                for (String note : new ScenarioProjector(methods).project(study, s).notes()) {
                    out.println("  note: " + note);
                }
            } catch (ProjectionException e) {
                out.println("  cannot be projected: " + e.getMessage());
            }
        }
    }

    private static final List<String> OPTIONS = List.of("--add-template", "--horizon", "--trend-from", "--reported", "--output",
            "--region");

    private static int addTemplate(String file, Map<String, String> options, PrintStream out) throws Exception {
        String id = options.get("--add-template");
        ScenarioTemplate template = Arrays.stream(ScenarioTemplate.values()).filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new UsageException("--add-template must be natural, ecological or economic, got '" + id + "'"));
        if (!options.containsKey("--horizon")) {
            throw new UsageException("--add-template needs --horizon YEAR");
        }
        Study study = load(file);
        int base = ScenarioProjector.baseYear(study);
        int horizon = year(options.get("--horizon"), "--horizon");
        if (horizon <= base) {
            throw new UsageException("--horizon " + horizon + " must come after the study's last year " + base);
        }
        if (horizon > base + Limits.MAX_HORIZON_YEARS) {
            throw new UsageException("--horizon " + horizon + " is more than " + Limits.MAX_HORIZON_YEARS
                    + " years after the study's last year " + base + " (the limit, docs/limits.md)");
        }
        int from = options.containsKey("--trend-from") ? year(options.get("--trend-from"), "--trend-from") : study.getStartYear();
        if (from >= base) {
            throw new UsageException("--trend-from " + from + " must come before the study's last year " + base);
        }
        List<String> reported = options.containsKey("--reported")
                ? Arrays.stream(options.get("--reported").split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList()
                : List.of();
        Scenario scenario = ScenarioTemplates.create(template, study, horizon, from, reported);
        study.getScenarios().removeIf(s -> s.getName().equals(scenario.getName()));
        study.getScenarios().add(scenario);
        Path target = Path.of(options.getOrDefault("--output", file));
        StudyFiles.save(study, target);
        out.println("added '" + scenario.getName() + "' (to " + horizon + ", " + scenario.getRules().size() + " rules from the "
                + from + "-" + base + " trends) to " + target);
        return OK;
    }

    private static int year(String text, String option) throws UsageException {
        try {
            int y = Integer.parseInt(text.trim());
            if (y < Limits.MIN_YEAR || y > Limits.MAX_YEAR) {
                throw new UsageException(option + " " + y + " is outside " + Limits.MIN_YEAR + "-" + Limits.MAX_YEAR);
            }
            return y;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a year, got " + org.landcarbon.model.text.Texts.quote(text));
        }
    }

    /** Words into lines of at most {@code width} characters (a longer word gets its own line). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Loads a study, with a message naming the file when it is missing or unreadable. */
    static Study load(String arg) throws Exception {
        Path file = Path.of(arg);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(arg + ": no such study file");
        }
        return StudyFiles.load(file);
    }
}
