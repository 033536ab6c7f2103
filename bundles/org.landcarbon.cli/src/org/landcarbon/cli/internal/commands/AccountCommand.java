package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.util.List;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.Components;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;
import org.landcarbon.uncertainty.UncertaintyService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon account STUDY}: the carbon account of a study in the layout of the seed paper's Table 5. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=account")
public final class AccountCommand implements Command {

    @Reference
    private AccountingService accounting;

    @Reference
    private UncertaintyService uncertainty;

    @Override
    public String name() {
        return "account";
    }

    @Override
    public String summary() {
        return "carbon sources, sinks and net emission of a study, year by year";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon account STUDY [--scenario NAME] [--unit 10^4t|t|kt|Mt|Gg|Tg|Pg] [--co2]
                                         [--coefficients SET|FILE.csv] [--not-applicable COMP[,COMP...]]
                                         [--densities FILE.csv [--pools P,Q]]
                                         [--format table|csv|json] [--trail YEAR COMPONENT]
                                         [--uncertainty propagation|mc [--draws N] [--seed S]]
                                         [--region CODE|all | --by-region]
                       landcarbon account --input PANEL.csv|.xlsx --by COLUMN [--study TEMPLATE.landcarbon]
                                          [--coefficients SET|FILE.csv] [--unit U] [--co2] [--not-applicable C,D]
                                          [--format table|csv|json|jsonl]

                Prints the account of STUDY (a .landcarbon file): years as rows; each component (sinks as
                positive absorption, then sources), sinks_total, sources_total and net as columns; then carbon
                intensity, per-capita emission and the compensation coefficient (sinks / sources).
                A missing input makes that number missing, with the reason in the notes, never zero.
                Values taken from the study's reported figures (MethodChoice 'reported') are marked 'r'.

                  --scenario NAME       apply the scenario's series and coefficient overrides
                  --unit U              10^4t (default, as the seed paper), t, kt, Mt, Gg, Tg or Pg
                  --co2                 carbon dioxide instead of carbon (x 44/12)
                  --coefficients SET    use coefficient set SET instead of the study's own choice; a .csv file
                                        is read as a coefficient set (docs/accounting.md) for this run only
                  --not-applicable C,D  components that do not apply (shown as '-', left out of the totals);
                                        'landcarbon set-method STUDY C not-applicable' stores it in the study
                  --densities FILE.csv  carbon stocks of the study's areas beside the account, and their changes
                                        as emissions ('landcarbon help stock'); --pools P,Q chooses the pools
                  --format F            table (default), csv or json
                  --trail YEAR COMP     explain one number: method, inputs with provenance, coefficients with
                                        sources and the arithmetic (COMP may be sinks_total, sources_total, net)
                  --uncertainty M       the 95 % interval of every number from the coefficients' and series'
                                        ranges: propagation (IPCC Approach 1) or mc (Monte Carlo, Approach 2)
                  --draws N             Monte Carlo draws (default 10000)
                  --seed S              Monte Carlo seed (default 1); the same seed gives the same numbers
                  --region CODE         the account of one region of the study's region tree (its own series, or the
                                        sum of its subregions' for additive series; docs/regions.md)
                  --by-region           (= --region all) every region, depth-first: a table per region, CSV with
                                        region_code and region_name columns, or one JSON document {"regions":[...]}
                  --input PANEL --by C  the account of every region of a long-format panel (rows region,year,...; columns
                                        series ids such as area.forest or land classes such as forest, with [units]);
                                        coefficients, classes and method choices from --study TEMPLATE or, without
                                        it, the seed classes and --coefficients SET; a failed region is listed and
                                        the others written, exit 1 (docs/panel.md)""";
    }

    /** When --coefficients replaces the study's own set, say which coefficients that changes. */
    private void switchedSet(Study study, String chosen, PrintStream out) throws Exception {
        String own = study.getCoefficientSetId();
        if (chosen == null || own == null || own.isBlank() || own.equals(chosen)) {
            return;
        }
        var diff = accounting.diff(study, own, chosen);
        out.println();
        out.println("Coefficient set " + chosen + " instead of the study's " + own + ": " + (diff.changes().isEmpty() ? "no coefficient differs"
                : diff.changes().size() + " coefficient(s) differ: " + String.join(", ", diff.changes().stream().map(c -> c.key()).toList())
                        + " (landcarbon coefficients diff " + own + " " + chosen + ")"));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.contains("--input")) {
            return PanelAccounts.run(args, accounting, out, err);
        }
        UncertaintyOptions u = UncertaintyOptions.extract(args);
        // --densities FILE [--pools P,Q]: the stock account beside the emission account (table only)
        List<String> rest = new java.util.ArrayList<>(u.rest());
        String densities = take(rest, "--densities");
        String pools = take(rest, "--pools");
        AccountOptionsParser p = AccountOptionsParser.parse(rest, true, List.of("table", "csv", "json"));
        if (densities != null && (!p.format.equals("table") || p.trailYear != null)) {
            throw new UsageException("--densities goes with the table; for JSON or CSV of the stocks use 'landcarbon stock --input STUDY --densities FILE'");
        }
        Study study = p.load();
        StudyGuards.noValidationErrors(study, p.studyFile);
        if ("all".equals(p.region)) {
            if (p.trailYear != null || u.method() != null || densities != null) {
                throw new UsageException("--trail, --uncertainty and --densities work on one region: give --region CODE, not all regions");
            }
            return RegionAccounts.print(study, accounting, p, out);
        }
        if (p.region != null) {
            study = RegionAccounts.view(study, p.region);
        }
        if (u.method() != null) {
            if (p.trailYear != null) {
                throw new UsageException("--trail and --uncertainty cannot be combined");
            }
            u.print(uncertainty, study, p.options(), p.unit(), p.format, out);
            return OK;
        }
        Account account = accounting.account(study, p.options());
        StudyGuards.finite(account, p.studyFile);
        Unit unit = p.unit();
        int decimals = study.getDisplayUnits() != null ? study.getDisplayUnits().getDecimals() : 2;
        AccountPrinter printer = new AccountPrinter(account, unit, decimals);
        if (p.trailYear != null) {
            if (!account.years().contains(p.trailYear)) {
                throw new UsageException("--trail: " + p.trailYear + " is not a year of the account (" + account.years().get(0) + "-"
                        + account.years().get(account.years().size() - 1) + ")");
            }
            if (!account.components().contains(p.trailComponent) && !Components.isTotal(p.trailComponent)) {
                throw new UsageException("--trail: no component '" + p.trailComponent + "'; the account has " + String.join(", ",
                        account.components()) + ", " + String.join(", ", Components.TOTALS));
            }
            if (p.format.equals("json")) {
                printer.trailJson(p.trailYear, p.trailComponent, out);
            } else {
                printer.trail(p.trailYear, p.trailComponent, out);
            }
            return OK;
        }
        switch (p.format) {
            case "csv" -> printer.csv(out);
            case "json" -> printer.json(out);
            default -> {
                printer.table(out);
                switchedSet(study, p.coefficients, out);
                if (densities != null || org.landcarbon.accounting.stock.StudyDensities.has(study)) {
                    out.println(); // the study's own densities when no file is given
                    var stocks = StockCommand.compute(study, densities, StockCommand.pools(pools), unit);
                    StockCommand.table(stocks, StockCommand.pairs(null, stocks.years()), unit, out);
                }
            }
        }
        return OK;
    }

    private static String take(List<String> args, String option) throws UsageException {
        int i = args.indexOf(option);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        String value = args.remove(i + 1);
        args.remove(i);
        return value;
    }
}
