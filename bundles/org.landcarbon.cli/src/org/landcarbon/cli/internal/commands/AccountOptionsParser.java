package org.landcarbon.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.CoefficientSetData;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.units.Unit;

/** The options the account and audit commands share: study file, scenario, coefficient set, unit, format. */
final class AccountOptionsParser {

    String studyFile;
    String scenario;
    String coefficients;
    String unitText = "10^4t";
    boolean co2;
    String format = "table";
    Integer trailYear;
    String trailComponent;
    final java.util.Set<String> notApplicable = new java.util.LinkedHashSet<>();
    /** A region code, "all", or null for the study as it is (docs/regions.md). */
    String region;

    static AccountOptionsParser parse(List<String> args, boolean trailAllowed, List<String> formats) throws UsageException {
        return parse(args, trailAllowed, formats, true);
    }

    /** As above; without {@code studyRequired} the STUDY may be left out (a panel's template study, PanelAccounts). */
    static AccountOptionsParser parse(List<String> args, boolean trailAllowed, List<String> formats, boolean studyRequired)
            throws UsageException {
        AccountOptionsParser p = new AccountOptionsParser();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--scenario" -> p.scenario = value(args, ++i, a);
                case "--coefficients" -> p.coefficients = value(args, ++i, a);
                case "--unit" -> p.unitText = value(args, ++i, a);
                case "--co2" -> p.co2 = true;
                case "--not-applicable" -> {
                    for (String c : value(args, ++i, a).split(",")) {
                        if (!c.isBlank()) {
                            p.notApplicable.add(c.strip());
                        }
                    }
                }
                case "--region" -> p.region = setOnce(p.region, value(args, ++i, a));
                case "--by-region" -> p.region = setOnce(p.region, "all");
                case "--format" -> {
                    p.format = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    if (!formats.contains(p.format)) {
                        throw new UsageException("--format must be one of " + String.join(", ", formats) + ", got '" + p.format + "'");
                    }
                }
                case "--trail" -> {
                    if (!trailAllowed) {
                        throw new UsageException("unknown option --trail");
                    }
                    String year = value(args, ++i, a);
                    p.trailComponent = value(args, ++i, a);
                    try {
                        p.trailYear = Integer.parseInt(year);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--trail YEAR COMPONENT: '" + year + "' is not a year");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a);
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.isEmpty() && !studyRequired) {
            p.unit(); // validate early
            return p;
        }
        if (positional.size() != 1) {
            throw new UsageException(positional.isEmpty() ? "missing STUDY (a .landcarbon file)" : "expected one STUDY, got " + positional);
        }
        p.studyFile = positional.get(0);
        p.unit(); // validate early
        return p;
    }

    private static String setOnce(String region, String value) throws UsageException {
        if (region != null) {
            throw new UsageException("--region and --by-region are given together or twice");
        }
        return value;
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    /** The output unit: "10^4t", "t", "kt", "Mt", "Gg", "Tg" or "Pg" of carbon, or of CO2 with --co2. */
    Unit unit() throws UsageException {
        String mass = switch (unitText.replace(" ", "")) {
            case "t" -> "t";
            case "kt" -> "kt";
            case "Mt" -> "Mt";
            case "Gg", "Tg", "Pg" -> unitText.strip();
            case "10^4t" -> "10^4 t";
            default -> throw new UsageException("--unit must be 10^4t, t, kt, Mt, Gg, Tg or Pg, got '" + unitText + "'");
        };
        String[] parts = mass.split(" ");
        String prefix = parts.length == 2 ? parts[0] + " " : "";
        String atom = parts[parts.length - 1] + (co2 ? " CO2" : " C");
        return Unit.parse(prefix + atom);
    }

    AccountOptions options() {
        return new AccountOptions(scenario, coefficients, notApplicable);
    }

    Study load() throws IOException {
        Path path = Path.of(studyFile);
        if (!Files.isRegularFile(path)) {
            throw new IOException(studyFile + ": no such file");
        }
        Study study = StudyFiles.load(path);
        if (coefficients != null && coefficients.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            // a coefficient-set file for this run only: added to the study in memory, never saved
            CoefficientSetData set = StudyEdits.readSet(coefficients);
            StudyEdits.putSet(study, set);
            coefficients = set.id();
        }
        return study;
    }
}
