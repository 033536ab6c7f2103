package org.landcarbon.analysis;

import java.util.Map;

import org.landcarbon.analysis.result.AnalysisResult;

/** Runs an analysis from settings given as text (flags, a dialog's fields): the path every front end takes. */
public final class AnalysisRunner {

    private AnalysisRunner() {
    }

    /**
     * Parses the settings with the analysis' {@link SettingsModel}, runs it and returns its result.
     *
     * @throws SettingsException for an unknown, malformed, out-of-range or missing setting
     * @throws AnalysisException when the input does not suit the analysis
     */
    public static AnalysisResult run(Analysis<?> analysis, DataTable input, Map<String, String> settings)
            throws SettingsException, AnalysisException {
        return typed(analysis, input, settings);
    }

    private static <S> AnalysisResult typed(Analysis<S> analysis, DataTable input, Map<String, String> text)
            throws SettingsException, AnalysisException {
        S settings = SettingsModel.of(analysis.settingsType()).parse(text);
        return analysis.run(input, settings);
    }
}
