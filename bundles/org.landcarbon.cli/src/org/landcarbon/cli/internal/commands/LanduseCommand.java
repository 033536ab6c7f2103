package org.landcarbon.cli.internal.commands;

import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.cli.Command;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon landuse ...} = {@code landcarbon run landuse.structure ...}. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=landuse")
public final class LanduseCommand extends AnalysisShortcut {

    @Reference
    void setRegistry(AnalysisRegistry registry) {
        bind(registry);
    }

    @Override
    public String name() {
        return "landuse";
    }

    @Override
    String analysisId() {
        return "landuse.structure";
    }
}
