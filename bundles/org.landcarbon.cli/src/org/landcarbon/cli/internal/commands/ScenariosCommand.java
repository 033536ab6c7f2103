package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.ProjectionRule;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.SeriesOverride;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.ProjectionMethods;
import org.landcarbon.scenarios.ScenarioProjector;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon scenarios STUDY}: the study's scenarios, their horizons and rules. */
@Component(service = Command.class)
public final class ScenariosCommand implements Command {

    @Reference
    private ProjectionMethodRegistry registry;

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
                Usage: landcarbon scenarios STUDY.landcarbon

                Lists the scenarios of a study: name, horizon year, whether it is illustrative, its
                description, and one line per projection rule (series and rule with its parameters),
                external values and coefficient changes. Compare them with 'landcarbon compare'.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new UsageException(args.isEmpty() ? "a study file is required" : "expects exactly one study file, got '"
                    + String.join(" ", args) + "'");
        }
        Study study = load(args.get(0));
        ProjectionMethods methods = registry.snapshot();
        int base = ScenarioProjector.baseYear(study);
        out.println(study.getName() + " (data " + study.getStartYear() + "-" + base + "): "
                + study.getScenarios().size() + (study.getScenarios().size() == 1 ? " scenario" : " scenarios"));
        for (Scenario s : study.getScenarios()) {
            out.println();
            out.println(s.getName() + "  (to " + s.getHorizonYear() + (s.isIllustrative() ? ", illustrative" : "") + ")");
            if (s.getDescription() != null && !s.getDescription().isBlank()) {
                out.println("  " + s.getDescription().strip().replace("\n", "\n  "));
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
        }
        return OK;
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
