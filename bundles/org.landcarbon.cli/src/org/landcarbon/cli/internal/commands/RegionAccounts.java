package org.landcarbon.cli.internal.commands;

import static org.landcarbon.cli.internal.commands.CapturedOutput.capture;
import static org.landcarbon.cli.internal.commands.CapturedOutput.csv;

import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Region;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Regions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

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
        switch (p.format) {
            case "csv" -> {
                boolean first = true;
                for (Regions.Node n : nodes) {
                    String[] lines = capture(printer(study, n.region(), accounting, p, decimals)::csv).split("\n");
                    for (int i = first ? 0 : 1; i < lines.length; i++) {
                        out.println(i == 0 ? "region_code,region_name," + lines[0]
                                : csv(n.region().getCode()) + "," + csv(name(n.region())) + "," + lines[i]);
                    }
                    first = false;
                }
            }
            case "json" -> {
                StringWriter w = new StringWriter();
                try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    g.writeStringField("study", study.getName());
                    g.writeArrayFieldStart("regions");
                    for (Regions.Node n : nodes) {
                        g.writeStartObject();
                        g.writeStringField("code", n.region().getCode());
                        g.writeStringField("name", n.region().getName());
                        g.writeStringField("nameZh", n.region().getNameZh());
                        g.writeNumberField("depth", n.depth());
                        g.writeStringField("parent", n.parent() == null ? null : n.parent().getCode());
                        g.writeFieldName("account");
                        g.writeRawValue(capture(printer(study, n.region(), accounting, p, decimals)::json).strip());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.println(w);
            }
            default -> {
                for (Regions.Node n : nodes) {
                    out.println("== " + "  ".repeat(n.depth()) + Regions.label(n.region()) + (n.parent() == null ? ", the whole"
                            : ", in " + Regions.label(n.parent())));
                    printer(study, n.region(), accounting, p, decimals).table(out);
                    out.println();
                }
            }
        }
        return Command.OK;
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
