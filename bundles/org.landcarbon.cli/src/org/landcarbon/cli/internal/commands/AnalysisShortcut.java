package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.util.List;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.cli.internal.analysis.AnalysisCommandLine;

/** A short command for one analysis: {@code landcarbon gm11 ...} is {@code landcarbon run grey.gm11 ...}. */
abstract class AnalysisShortcut implements Command {

    private volatile AnalysisRegistry registry;

    void bind(AnalysisRegistry r) {
        this.registry = r;
    }

    abstract String analysisId();

    @Override
    public String summary() {
        return "shortcut for 'run " + analysisId() + "'";
    }

    @Override
    public String usage() {
        String settings = registry == null ? "" : registry.find(analysisId()).map(AnalysisCommandLine::describe)
                .orElse("(" + analysisId() + " is not installed)\n");
        return "Usage: landcarbon " + name() + " --input FILE [--SETTING VALUE ...] [--format json|csv|table]\n\n"
                + "Same as 'landcarbon run " + analysisId() + " ...'.\n\n" + AnalysisCommandLine.commonOptions() + "\n\n" + settings;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Analysis<?> analysis = registry.find(analysisId())
                .orElseThrow(() -> new UsageException("the analysis " + analysisId() + " is not installed"));
        return AnalysisCommandLine.run(analysis, args, out, err);
    }
}
