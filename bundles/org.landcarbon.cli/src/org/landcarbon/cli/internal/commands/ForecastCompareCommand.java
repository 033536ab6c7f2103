package org.landcarbon.cli.internal.commands;

import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.cli.Command;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon forecast-compare ...} = {@code landcarbon run forecast.compare ...}. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=forecast-compare")
public final class ForecastCompareCommand extends AnalysisShortcut {

    @Reference
    void setRegistry(AnalysisRegistry registry) {
        bind(registry);
    }

    @Override
    public String name() {
        return "forecast-compare";
    }

    @Override
    String analysisId() {
        return "forecast.compare";
    }
}
