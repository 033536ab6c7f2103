package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.util.List;

import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.uncertainty.UncertaintyService;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code landcarbon gm11 ...} = {@code landcarbon run grey.gm11 ...}, and forecast intervals with {@code --uncertainty}. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=gm11")
public final class Gm11Command extends AnalysisShortcut {

    private AnalysisRegistry registry;

    /** Got only for {@code --uncertainty mc} (see Gm11UncertaintyCommandLine.run). */
    @Reference(service = UncertaintyService.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ComponentServiceObjects<UncertaintyService> uncertainty;

    @Reference
    void setRegistry(AnalysisRegistry registry) {
        this.registry = registry;
        bind(registry);
    }

    @Override
    public String usage() {
        return super.usage() + Gm11UncertaintyCommandLine.USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (!Gm11UncertaintyCommandLine.wanted(args)) {
            return super.run(args, out, err);
        }
        var analysis = registry.find(analysisId()).orElseThrow(() -> new UsageException("the analysis " + analysisId() + " is not installed"));
        return Gm11UncertaintyCommandLine.run(analysis, uncertainty, args, out);
    }

    @Override
    public String name() {
        return "gm11";
    }

    @Override
    String analysisId() {
        return "grey.gm11";
    }
}
