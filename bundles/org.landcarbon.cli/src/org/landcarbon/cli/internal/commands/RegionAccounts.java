package org.landcarbon.cli.internal.commands;

import static org.landcarbon.cli.internal.commands.CapturedOutput.csv;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.cli.internal.analysis.PanelWriter;
import org.landcarbon.cli.internal.analysis.PanelWriter.Entry;
import org.landcarbon.model.Region;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Regions;

/** {@code account --by-region}: the account of every region of the tree, each computed on {@link Regions#view}. */
final class RegionAccounts {

    private RegionAccounts() {
    }

    /** The study seen as the region with this code; a usage error naming the codes when there is none. */
    static Study view(Study study, String code) throws UsageException {
        return Regions.view(study, code).orElseThrow(() -> new UsageException("--region: the study has no region '" + code
                + "'; its regions are " + codes(study)));
    }

    static String codes(Study study) {
        List<String> codes = Regions.walk(study).stream().map(n -> String.valueOf(n.region().getCode())).toList();
        return codes.isEmpty() ? "(none: the study has no region)" : String.join(", ", codes);
    }

    static int print(Study study, AccountingService accounting, AccountOptionsParser p, PrintStream out) throws Exception {
        List<Regions.Node> nodes = Regions.walk(study);
        if (nodes.isEmpty()) {
            throw new UsageException("--by-region: the study has no region");
        }
        int decimals = study.getDisplayUnits() != null ? study.getDisplayUnits().getDecimals() : 2;
        List<Entry<Accounted>> entries = new ArrayList<>(nodes.size());
        for (Regions.Node n : nodes) {
            entries.add(new Entry<>(n.region().getCode(), new Accounted(n, printer(study, n.region(), accounting, p, decimals)), List.of()));
        }
        AccountBody<Accounted> body = new AccountBody<>(Accounted::printer, "region_code,region_name",
                e -> csv(e.document().node().region().getCode()) + "," + csv(name(e.document().node().region())), e -> {
                    Regions.Node n = e.document().node();
                    return "== " + "  ".repeat(n.depth()) + Regions.label(n.region())
                            + (n.parent() == null ? ", the whole" : ", in " + Regions.label(n.parent()));
                });
        String format = p.format.equals("csv") || p.format.equals("json") ? p.format : "table";
        new PanelWriter<>("code", body).id((g, e) -> {
            Regions.Node n = e.document().node();
            g.writeStringField("code", n.region().getCode());
            g.writeStringField("name", n.region().getName());
            g.writeStringField("nameZh", n.region().getNameZh());
            g.writeNumberField("depth", n.depth());
            g.writeStringField("parent", n.parent() == null ? null : n.parent().getCode());
        }).head((g, none) -> g.writeStringField("study", study.getName())).results("regions", false)
                .documentEnd(System.lineSeparator()).write(format, entries, out);
        return Command.OK;
    }

    /** A region of the tree with its account. */
    private record Accounted(Regions.Node node, AccountPrinter printer) {
    }

    private static AccountPrinter printer(Study study, Region region, AccountingService accounting, AccountOptionsParser p,
            int decimals) throws Exception {
        Account account = accounting.account(Regions.view(study, region), p.options());
        return new AccountPrinter(account, p.unit(), decimals);
    }

    private static String name(Region r) {
        return r.getName() != null && !r.getName().isBlank() ? r.getName() : r.getNameZh() == null ? "" : r.getNameZh();
    }
}
