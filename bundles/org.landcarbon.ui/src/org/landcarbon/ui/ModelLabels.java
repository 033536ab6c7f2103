package org.landcarbon.ui;

import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.ui.internal.Messages;

/**
 * Names of a study's parts in the language the workbench runs in: land classes by their English or
 * Chinese name, series by their label or class, components by the shared ids of the account.
 */
public final class ModelLabels {

    private ModelLabels() {
    }

    /** True when the workbench runs in Chinese (the -nl argument, or the system locale). */
    public static boolean chinese() {
        String nl = Platform.getNL();
        return (nl != null ? nl : Locale.getDefault().toString()).startsWith("zh");
    }

    public static String landClass(LandClass landClass) {
        String zh = landClass.getNameZh();
        String en = landClass.getNameEn();
        if (chinese() && zh != null && !zh.isBlank()) {
            return zh;
        }
        return en != null && !en.isBlank() ? en : landClass.getId();
    }

    /** The class with this id in the study's class system, or null. */
    public static LandClass findClass(Study study, String classId) {
        if (study.getLandClassSystem() == null || classId == null) {
            return null;
        }
        for (LandClass c : study.getLandClassSystem().getClasses()) {
            if (classId.equals(c.getId())) {
                return c;
            }
        }
        return null;
    }

    /** A series by the name a reader expects: its class for land areas, its label, else its id. */
    public static String series(Study study, Series series) {
        if (series.getKind() == SeriesKind.LAND_AREA) {
            LandClass c = findClass(study, series.getSubject());
            if (c != null) {
                return landClass(c);
            }
        }
        if (series.getLabel() != null && !series.getLabel().isBlank()) {
            return series.getLabel();
        }
        return series.getId();
    }

    /** An account component ({@code forest}, {@code construction}, {@code net}, ...) by name. */
    public static String component(Study study, String component) {
        LandClass c = study != null ? findClass(study, component) : null;
        if (c != null) {
            return landClass(c);
        }
        return switch (component) {
            case "agricultural_land" -> Messages.componentAgriculturalLand;
            case "construction" -> Messages.componentConstruction;
            case "sinks_total" -> Messages.componentSinksTotal;
            case "sources_total" -> Messages.componentSourcesTotal;
            case "net" -> Messages.componentNet;
            case "cropland" -> Messages.componentCropland;
            default -> component;
        };
    }

    public static String study(Study study) {
        return study.getName() != null && !study.getName().isBlank() ? study.getName() : Messages.unnamedStudy;
    }
}
