package org.landcarbon.analysis.grey.internal;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.result.AnalysisResult;

/** What GM(1,1), DGM(1,1) and the grey Verhulst model share: their settings and how a result starts. */
abstract class GreyModelAnalysis implements Analysis<Gm11Settings> {

    private final AnalysisDescriptor descriptor;

    GreyModelAnalysis(AnalysisDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    public final AnalysisDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final Class<Gm11Settings> settingsType() {
        return Gm11Settings.class;
    }

    /** A result of this analysis that names its input and the settings it ran with. */
    final AnalysisResult.Builder result(DataTable input, Gm11Settings settings) {
        return AnalysisResult.builder(descriptor.id()).input(input.describe())
                .frozenSettings(SettingsModel.of(Gm11Settings.class).describe(settings));
    }
}
