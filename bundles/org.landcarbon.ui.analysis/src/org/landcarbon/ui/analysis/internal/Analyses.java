package org.landcarbon.ui.analysis.internal;

import java.util.List;
import java.util.Locale;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.analysis.SettingInfo;
import org.landcarbon.analysis.study.StudyTables.Available;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The analysis registry as the UI sees it: names by locale, and which analyses suit the series at hand. */
public final class Analyses {

    private static ServiceTracker<AnalysisRegistry, AnalysisRegistry> tracker;

    private Analyses() {
    }

    /** The registry service, or null while it is not (yet) there. */
    public static synchronized AnalysisRegistry registry() {
        if (tracker == null) {
            Bundle bundle = FrameworkUtil.getBundle(Analyses.class);
            BundleContext context = bundle == null ? null : bundle.getBundleContext();
            if (context == null) {
                return null;
            }
            tracker = new ServiceTracker<>(context, AnalysisRegistry.class, null);
            tracker.open();
        }
        return tracker.getService();
    }

    public static List<Analysis<?>> all() {
        AnalysisRegistry r = registry();
        return r == null ? List.of() : r.analyses();
    }

    static boolean chinese() {
        return Locale.getDefault().getLanguage().equals(Locale.CHINESE.getLanguage());
    }

    public static String name(AnalysisDescriptor d) {
        return chinese() && d.nameZh() != null && !d.nameZh().isBlank() ? d.nameZh() : d.nameEn();
    }

    static String label(SettingInfo info) {
        return chinese() && info.labelZh() != null && !info.labelZh().isBlank() ? info.labelZh() : info.label();
    }

    /**
     * Whether the analysis can run on what the study offers: one series needs a series of at least four
     * years (the least any built-in method accepts), a set needs two series over common years.
     */
    public static boolean applicable(AnalysisDescriptor d, List<Available> available) {
        long usable = available.stream().filter(a -> a.points() >= 4).count();
        return switch (d.input()) {
            case SINGLE_SERIES -> usable >= 1;
            case SERIES_SET -> usable >= 2;
            case STUDY -> !available.isEmpty();
        };
    }
}
