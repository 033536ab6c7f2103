package org.landcarbon.cli.internal.commands;

import static org.landcarbon.cli.internal.commands.CapturedOutput.csv;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.DataTable.IndexKind;
import org.landcarbon.cli.UsageException;
import org.landcarbon.cli.internal.analysis.PanelTables;
import org.landcarbon.cli.internal.analysis.PanelWriter;
import org.landcarbon.cli.internal.analysis.PanelWriter.Entry;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.LandClassSystems;
import org.landcarbon.model.study.StudyConventions;
import org.landcarbon.model.study.Studies;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;


/**
 * {@code account --input PANEL --by COLUMN}: the account of every region of a long-format panel (the format
 * PanelTables reads). Each region becomes a study of its own: the template study's land classes, coefficient
 * sets and overrides, method choices and display units (a {@code --study} file, or the seed classes as
 * {@code landcarbon new} makes them), with the panel's columns as its only series. A region that cannot be
 * read, validated or accounted is listed with the reason; the others are still written; exit 1 when any failed.
 */
final class PanelAccounts {

    /** A panel column as a study series: its id and unit. */
    private record Target(String column, String seriesId, String unit) {
    }

    private PanelAccounts() {
    }

    static int run(List<String> args, AccountingService accounting, PrintStream out, PrintStream err) throws Exception {
        List<String> rest = new ArrayList<>(args);
        String input = take(rest, "--input");
        String by = take(rest, "--by");
        String template = take(rest, "--study");
        if (by == null) {
            throw new UsageException("--input PANEL needs --by COLUMN, the column that names the region of each row (docs/panel.md)");
        }
        for (String no : List.of("--trail", "--region", "--by-region", "--scenario", "--uncertainty", "--densities")) {
            if (rest.contains(no)) {
                throw new UsageException(no + " works on a study, not on a panel (--input); give the study instead");
            }
        }
        if (template != null) {
            rest.add(template);
        }
        AccountOptionsParser p = AccountOptionsParser.parse(rest, false, List.of("table", "csv", "json", "jsonl"), false);
        if (template == null && p.coefficients == null) {
            throw new UsageException("--input PANEL: say where the coefficients come from: --coefficients SET|FILE.csv (e.g. seed-guizhou), "
                    + "or --study TEMPLATE.landcarbon whose coefficient set, overrides and method choices every region uses");
        }
        Study base = base(p);
        Unit unit = p.unit();
        int decimals = base.getDisplayUnits() != null ? base.getDisplayUnits().getDecimals() : 2;
        String file = Path.of(input).getFileName().toString();

        List<PanelTables.Region> regions = PanelTables.read(Path.of(input), by, List.of());
        List<Target> targets = null;
        List<Entry<AccountPrinter>> outcomes = new ArrayList<>(regions.size()); // an account, or what kept it from one
        for (PanelTables.Region r : regions) {
            if (!r.ok()) {
                outcomes.add(new Entry<>(r.name(), null, r.problems()));
                continue;
            }
            if (targets == null) {
                // the columns are the file's, the same for every region: mapped (and refused) once
                targets = targets(file, r.table(), base);
            }
            String where = file + " region " + r.name();
            try {
                Study s = study(base, r.name(), r.table(), targets);
                StudyGuards.noValidationErrors(s, where);
                Account account = accounting.account(s, p.options());
                StudyGuards.finite(account, where);
                outcomes.add(new Entry<>(r.name(), new AccountPrinter(account, unit, decimals), List.of()));
            } catch (StudyGuards.Refused | org.landcarbon.accounting.AccountingException | RuntimeException e) {
                outcomes.add(new Entry<>(r.name(), null, List.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }
        write(p.format, file, by, outcomes, out);
        List<Entry<AccountPrinter>> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        for (Entry<AccountPrinter> o : failed) {
            for (String problem : o.problems()) {
                err.println("region " + o.region() + ": " + problem);
            }
        }
        if (!failed.isEmpty()) {
            err.println(failed.size() + " of " + outcomes.size() + " regions failed: "
                    + String.join(", ", failed.stream().limit(20).map(Entry::region).toList()) + (failed.size() > 20 ? ", ..." : ""));
            return 1;
        }
        return 0;
    }

    /**
     * The template every region's study is copied from: the --study file (its series, reported values, scenarios and
     * region tree dropped, as they belong to its own region) or a study of the seed classes; a --coefficients CSV added.
     */
    private static Study base(AccountOptionsParser p) throws IOException {
        Study base;
        if (p.studyFile != null) {
            base = p.load();
        } else {
            LandCarbonFactory f = LandCarbonFactory.eINSTANCE;
            base = f.createStudy();
            base.setDisplayUnits(f.createDisplayUnits());
            base.setLandClassSystem(LandClassSystems.seed());
            for (LandClass c : base.getLandClassSystem().getClasses()) {
                Studies.ensureSeries(base, "area." + c.getId(), "10^4 hm2");
            }
            if (p.coefficients.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                var set = StudyEdits.readSet(p.coefficients);
                StudyEdits.putSet(base, set);
                p.coefficients = set.id();
            }
            base.setCoefficientSetId(p.coefficients);
        }
        base.getReportedValues().clear();
        base.getScenarios().clear();
        base.setRegion(null);
        for (Series s : base.getSeries()) {
            s.getValues().clear(); // the template's own values are not a panel region's
        }
        return base;
    }

    /** Each data column as a series: a series id of the template, a land class of it ({@code forest} = area.forest) or a conventional id. */
    private static List<Target> targets(String file, DataTable table, Study base) throws AnalysisException {
        if (table.indexKind() != IndexKind.YEAR) {
            throw new AnalysisException(file + ": an account needs years: the column after the region column must be 'year', got '"
                    + table.indexName() + "'");
        }
        List<Target> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Column c : table.columns()) {
            String name = c.name();
            String id;
            if (Studies.series(base, name).isPresent() || StudyConventions.kindOf(name) != SeriesKind.OTHER) {
                id = name;
            } else if (Studies.landClass(base, name).isPresent()) {
                id = "area." + name;
            } else {
                throw new AnalysisException(file + ": column '" + name + "' is neither a series id of the account (area.forest, gdp.secondary, "
                        + "energy_intensity, energy.coal, activity.fertilizer, yield.rice, population, ...) nor a land class of the study ("
                        + String.join(", ", base.getLandClassSystem() == null ? List.of()
                                : base.getLandClassSystem().getClasses().stream().map(LandClass::getId).toList()) + ")");
            }
            String before = seen.put(id, name);
            if (before != null) {
                throw new AnalysisException(file + ": columns '" + before + "' and '" + name + "' are both series " + id);
            }
            String unit = !c.unit().isEmpty() ? c.unit() : Studies.series(base, id).map(Series::getUnit).orElse(null);
            if (unit == null || unit.isBlank()) {
                throw new AnalysisException(file + ": column '" + name + "' has no unit; write it in the header, e.g. '" + name + " ["
                        + (StudyConventions.usualUnit(id) != null ? StudyConventions.usualUnit(id) : "unit") + "]' (a unit is never assumed)");
            }
            try {
                Unit.parse(unit);
            } catch (UnitException e) {
                throw new AnalysisException(file + ": column '" + name + "': " + e.getMessage());
            }
            out.add(new Target(name, id, unit));
        }
        return out;
    }

    /** The region's study: a copy of the template with the region's years and the panel's values (provenance: file and line). */
    private static Study study(Study base, String name, DataTable table, List<Target> targets) {
        Study s = EcoreUtil.copy(base);
        int[] years = table.index();
        s.setName(name);
        s.setStartYear(years[0]);
        s.setEndYear(years[years.length - 1]);
        Region region = LandCarbonFactory.eINSTANCE.createRegion();
        region.setCode(name);
        region.setName(name);
        s.setRegion(region);
        s.getSeries().removeIf(series -> targets.stream().noneMatch(t -> t.seriesId().equals(series.getId())));
        for (int c = 0; c < targets.size(); c++) {
            Target t = targets.get(c);
            Series series = Studies.ensureSeries(s, t.seriesId(), t.unit());
            series.setUnit(t.unit());
            double[] values = table.columns().get(c).values();
            for (int row = 0; row < years.length; row++) {
                Studies.setValue(series, years[row], values[row], ProvenanceKind.IMPORTED, table.locate(row, t.column()));
            }
        }
        return s;
    }

    private static void write(String format, String file, String by, List<Entry<AccountPrinter>> outcomes, PrintStream out)
            throws IOException {
        AccountBody<AccountPrinter> body = new AccountBody<>(p -> p, csv(by), e -> csv(e.region()), e -> "== " + by + " " + e.region() + " ==");
        new PanelWriter<>(by, body).head((g, none) -> {
            g.writeStringField("input", file);
            g.writeStringField("by", by);
            g.writeNumberField("regions", outcomes.size());
        }).write(format, outcomes, out);
    }

    private static String take(List<String> args, String option) throws UsageException {
        int i = args.indexOf(option);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        String value = args.remove(i + 1);
        args.remove(i);
        return value;
    }
}
