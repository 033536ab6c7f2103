package org.landcarbon.analysis;

import org.landcarbon.analysis.result.AnalysisResult;

/**
 * A statistical analysis contributed as an OSGi service ({@code @Component(service = Analysis.class)}, with the
 * property {@link #ID_PROPERTY}).
 *
 * <p>It declares what it is ({@link #descriptor()}), what can be set ({@link #settingsType()}, a plain
 * object whose fields carry {@link Setting}) and returns typed results. The command line and the
 * workbench build their flags, dialogs, JSON, tables and charts from these alone, so a contributor
 * writes no UI and no command-line code. Implementations must be stateless and thread-safe.
 *
 * @param <S> the settings type: public, with a public no-argument constructor whose field initializers
 *            are the defaults
 */
public interface Analysis<S> {

    /**
     * The service property carrying {@link AnalysisDescriptor#id()}, e.g.
     * {@code @Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=grey.gm11")}: the registry then
     * gets (and so activates) only the analysis asked for. An analysis without the property is still found, at the
     * cost of activating every such analysis when one is looked up.
     *
     * @since 0.2
     */
    String ID_PROPERTY = "landcarbon.analysis";

    AnalysisDescriptor descriptor();

    Class<S> settingsType();

    /**
     * Runs the analysis on the input. The settings were read and range-checked by {@link SettingsModel}.
     *
     * @throws AnalysisException when the input does not suit the method (too few points, non-positive
     *         values, unknown column); the message names the place (file, row, column) and the problem
     */
    AnalysisResult run(DataTable input, S settings) throws AnalysisException;
}
