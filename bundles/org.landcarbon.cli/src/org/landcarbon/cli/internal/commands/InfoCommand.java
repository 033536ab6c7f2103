package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.Region;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFileException;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.study.Studies;
import org.osgi.service.component.annotations.Component;

/** {@code landcarbon info STUDY}: what a study holds, at a glance. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=info")
public final class InfoCommand implements Command {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "summarize a study: region, years, classes, series, coefficients, reported values";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon info STUDY.landcarbon

                Prints the study's region, years, land classes, every series with its unit, number of values and
                missing years, the coefficient set and overrides, the reported values and the scenarios.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new UsageException(args.isEmpty() ? "missing the study file" : "expects one study file, got '" + String.join(" ", args) + "'");
        }
        Path file = Path.of(args.get(0));
        Study study;
        int fileVersion;
        try {
            fileVersion = StudyFiles.formatVersion(file);
            study = StudyFiles.load(file);
        } catch (StudyFileException e) {
            err.println("landcarbon info: " + e.getMessage());
            return FAILURE;
        }
        out.println("Study:        " + study.getName() + (study.isSynthetic() ? "   [SYNTHETIC DATA]" : ""));
        out.println("File:         " + file + " (format version " + fileVersion
                + (fileVersion < StudyFiles.FORMAT_VERSION ? ", read by migration; saving writes version " + StudyFiles.FORMAT_VERSION : "") + ")");
        Region r = study.getRegion();
        if (r != null) {
            out.println("Region:       " + nz(r.getName()) + (r.getNameZh() == null ? "" : " " + r.getNameZh())
                    + (r.getCode() == null ? "" : " (code " + r.getCode() + ")")
                    + (r.getTotalArea() == null ? "" : ", total area " + num(r.getTotalArea()) + " " + nz(r.getTotalAreaUnit())));
            for (org.landcarbon.model.study.Regions.Node n : org.landcarbon.model.study.Regions.walk(study)) {
                if (n.depth() > 0) { // the region tree (docs/regions.md)
                    out.println("  " + "  ".repeat(n.depth()) + org.landcarbon.model.study.Regions.label(n.region()) + ": "
                            + n.region().getSeries().size() + " series");
                }
            }
        }
        List<Integer> years = Studies.studyYears(study);
        out.println("Years:        " + (years.isEmpty() ? "not set" : study.getStartYear() + "-" + study.getEndYear() + " (" + years.size() + ")"));
        if (study.getLandClassSystem() != null) {
            List<LandClass> classes = study.getLandClassSystem().getClasses();
            out.println("Land classes: " + nz(study.getLandClassSystem().getId()) + ", " + classes.size() + ": "
                    + String.join(", ", classes.stream().map(c -> c.getId() + " " + nz(c.getNameZh()) + " (" + lower(c.getRole()) + ", "
                            + lower(c.getCategory()) + ")").toList()));
        }
        out.println();
        out.println("Series (" + study.getSeries().size() + "):");
        int width = study.getSeries().stream().mapToInt(s -> nz(s.getId()).length()).max().orElse(10);
        int unitWidth = study.getSeries().stream().mapToInt(s -> nz(s.getUnit()).length()).max().orElse(4);
        out.printf("  %-" + width + "s  %-" + unitWidth + "s  %6s  %s%n", "id", "unit", "values", "missing years");
        for (Series s : study.getSeries()) {
            List<Integer> missing = Studies.missingYears(study, s);
            out.printf("  %-" + width + "s  %-" + unitWidth + "s  %6d  %s%n", s.getId(), nz(s.getUnit()), s.getValues().size(),
                    missing.isEmpty() ? "none" : missing.size() + " (" + Studies.formatYears(missing) + ")");
        }
        out.println();
        CoefficientSet set = Studies.coefficientSet(study).orElse(null);
        out.println("Coefficients: " + (set == null ? nz(study.getCoefficientSetId()).isEmpty() ? "no set chosen" : "set " + study.getCoefficientSetId()
                + " (not in the study)" : "set " + set.getId() + " \"" + nz(set.getName()) + "\" version " + nz(set.getVersion()) + ", "
                + set.getEntries().size() + " entries") + "; " + study.getCoefficientOverrides().size() + " study overrides");
        List<ReportedValue> reported = study.getReportedValues();
        if (reported.isEmpty()) {
            out.println("Reported:     none");
        } else {
            Set<String> components = new LinkedHashSet<>();
            Set<String> units = new LinkedHashSet<>();
            reported.forEach(v -> {
                components.add(v.getComponent());
                units.add(v.getUnit());
            });
            out.println("Reported:     " + reported.size() + " values, years " + Studies.formatYears(Studies.reportedYears(study)) + ", "
                    + components.size() + " components (" + String.join(", ", components) + "), in " + String.join(", ", units));
            Set<String> sources = new LinkedHashSet<>();
            reported.forEach(v -> sources.add(nz(v.getSource())));
            sources.forEach(s -> out.println("              source: " + s));
        }
        if (study.getScenarios().isEmpty()) {
            out.println("Scenarios:    none");
        } else {
            out.println("Scenarios:    " + study.getScenarios().size());
            for (Scenario sc : study.getScenarios()) {
                out.println("  " + sc.getName() + (sc.isIllustrative() ? " (illustrative)" : "") + (sc.getHorizonYear() == 0 ? "" : ", to " + sc.getHorizonYear())
                        + ": " + sc.getSeriesOverrides().size() + " series overrides, " + sc.getCoefficientOverrides().size() + " coefficient overrides, "
                        + sc.getRules().size() + " projection rules");
            }
        }
        if (study.getDataSource() != null) {
            out.println("Data source:  " + study.getDataSource());
        }
        if (study.getNotes() != null) {
            out.println("Notes:        " + study.getNotes());
        }
        return OK;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String lower(Object o) {
        return o == null ? "?" : o.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
