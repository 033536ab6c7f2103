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
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon account STUDY}: the carbon account of a study in the layout of the seed paper's Table 5. */
@Component(service = Command.class)
public final class AccountCommand implements Command {

    @Reference
    private AccountingService accounting;

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
                Usage: landcarbon account STUDY [--scenario NAME] [--unit 10^4t|t|kt|Mt] [--co2]
                                         [--coefficients SET] [--format table|csv|json] [--trail YEAR COMPONENT]
                                         [--region CODE|all | --by-region]

                Prints the account of STUDY (a .landcarbon file): years as rows; each component (sinks as
                positive absorption, then sources), sinks_total, sources_total and net as columns; then carbon
                intensity, per-capita emission and the compensation coefficient (sinks / sources).
                A missing input makes that number missing, with the reason in the notes, never zero.
                Values taken from the study's reported figures (MethodChoice 'reported') are marked 'r'.

                  --scenario NAME       apply the scenario's series and coefficient overrides
                  --unit U              10^4t (default, as the seed paper), t, kt or Mt
                  --co2                 carbon dioxide instead of carbon (x 44/12)
                  --coefficients SET    use coefficient set SET instead of the study's own choice
                  --format F            table (default), csv or json
                  --trail YEAR COMP     explain one number: method, inputs with provenance, coefficients with
                                        sources and the arithmetic (COMP may be sinks_total, sources_total, net)
                  --region CODE         the account of one region of the study's region tree (its own series, or the
                                        sum of its subregions' for additive series; docs/regions.md)
                  --by-region           (= --region all) every region, depth-first: a table per region, CSV with
                                        region_code and region_name columns, or one JSON document {"regions":[...]}""";
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
        AccountOptionsParser p = AccountOptionsParser.parse(args, true, List.of("table", "csv", "json"));
        Study study = p.load();
        if ("all".equals(p.region)) {
            if (p.trailYear != null) {
                throw new UsageException("--trail explains one number: give --region CODE, not all regions");
            }
            return RegionAccounts.print(study, accounting, p, out);
        }
        if (p.region != null) {
            study = RegionAccounts.view(study, p.region);
        }
        Account account = accounting.account(study, p.options());
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
            }
        }
        return OK;
    }
}
