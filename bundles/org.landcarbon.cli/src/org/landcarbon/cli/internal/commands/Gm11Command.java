package org.landcarbon.cli.internal.commands;

import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.cli.Command;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon gm11 ...} = {@code landcarbon run grey.gm11 ...}. */
@Component(service = Command.class)
public final class Gm11Command extends AnalysisShortcut {

    @Reference
    void setRegistry(AnalysisRegistry registry) {
        bind(registry);
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
