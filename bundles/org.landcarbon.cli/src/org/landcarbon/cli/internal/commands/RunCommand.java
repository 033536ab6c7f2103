package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.util.List;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.cli.internal.analysis.AnalysisCommandLine;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.landcarbon.uncertainty.UncertaintyService;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code landcarbon run ID --input FILE [--SETTING VALUE ...] [--format json|csv|table]}: any installed analysis. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=run")
public final class RunCommand implements Command {

    private AnalysisRegistry registry;

    /** Got only for {@code --uncertainty mc} (see Gm11UncertaintyCommandLine.run). */
    @Reference(service = UncertaintyService.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ComponentServiceObjects<UncertaintyService> uncertainty;

    @Reference
    void setRegistry(AnalysisRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "run an analysis (see 'analyses') on a CSV file or a study's series";
    }

    @Override
    public String usage() {
        return "Usage: landcarbon run ID --input FILE [--series A,B | --column A,B] [--SETTING VALUE ...] [--format json|csv|table]\n\n"
                + "Runs the installed analysis ID ('landcarbon analyses' lists them and their settings).\n\n"
                + AnalysisCommandLine.commonOptions()
                + "\n\nrun grey.gm11 also takes --uncertainty bootstrap|mc, as gm11 does:" + Gm11UncertaintyCommandLine.USAGE
                + "\n\nExit codes: 0 success, 1 the input does not suit the analysis (named file, line, column), 2 bad usage.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new UsageException("name the analysis to run, e.g. landcarbon run grey.gm11 --input net.csv");
        }
        String id = args.get(0);
        Analysis<?> analysis = registry.find(id).orElseThrow(() -> new UsageException("no analysis '" + id
                + "'; installed: " + String.join(", ", registry.analyses().stream().map(a -> a.descriptor().id()).toList())));
        List<String> rest = args.subList(1, args.size());
        if (Gm11UncertaintyCommandLine.wanted(rest)) {
            if (!id.equals(Gm11UncertaintyCommandLine.ANALYSIS)) {
                throw new UsageException("--uncertainty: forecast intervals are computed for " + Gm11UncertaintyCommandLine.ANALYSIS
                        + " only, not for " + id + " (docs/uncertainty.md)");
            }
            return Gm11UncertaintyCommandLine.run(analysis, uncertainty, rest, out);
        }
        return AnalysisCommandLine.run(analysis, rest, out, err);
    }
}
