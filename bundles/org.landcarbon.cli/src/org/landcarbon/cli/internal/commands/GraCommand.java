package org.landcarbon.cli.internal.commands;

import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.cli.Command;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon gra ...} = {@code landcarbon run grey.gra ...}. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=gra")
public final class GraCommand extends AnalysisShortcut {

    @Reference
    void setRegistry(AnalysisRegistry registry) {
        bind(registry);
    }

    @Override
    public String name() {
        return "gra";
    }

    @Override
    String analysisId() {
        return "grey.gra";
    }
}
