package org.landcarbon.report.internal;

import java.util.List;

import org.landcarbon.model.LandClass;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitText;
import org.landcarbon.report.ReportDocument;

/** What every section of one report shares: the study, language, citations, display units and the counters. */
final class ReportContext {

    final Study study;
    final Texts texts;
    final Citations citations = new Citations();
    final ReportDocument document;
    /** The study's decimal places (DisplayUnits.decimals), used for every amount and area. */
    final int decimals;
    final Unit carbonUnit;
    final String areaUnit;
    private int tables;
    private int figures;

    ReportContext(Study study, Texts texts, ReportDocument document) {
        this.study = study;
        this.texts = texts;
        this.document = document;
        var display = study.getDisplayUnits();
        this.decimals = display == null ? 2 : display.getDecimals();
        this.carbonUnit = Unit.parse(display == null || display.getCarbon() == null ? "10^4 t C" : display.getCarbon());
        this.areaUnit = display == null || display.getArea() == null ? "10^4 hm2" : display.getArea();
    }

    String tableCaption(String key, Object... args) {
        return texts.get("table.number", ++tables) + " " + texts.get(key, args);
    }

    String figureCaption(String key, Object... args) {
        return texts.get("figure.number", ++figures) + " " + texts.get(key, args);
    }

    int nextFigure() {
        return figures + 1;
    }

    /** A unit for people: 10⁴ t C. */
    static String unit(String ascii) {
        return UnitText.unicode(ascii);
    }

    String carbon() {
        return unit(carbonUnit.symbol());
    }

    String number(double v) {
        return Numbers.fixed(v, decimals);
    }

    /** A land class or account component by name in the report's language. */
    String component(String id) {
        if (study.getLandClassSystem() != null) {
            List<LandClass> classes = study.getLandClassSystem().getClasses();
            for (LandClass c : classes) {
                if (id.equals(c.getId())) {
                    String zh = c.getNameZh();
                    String en = c.getNameEn();
                    if (texts.chinese() && zh != null && !zh.isBlank()) {
                        return zh;
                    }
                    return en != null && !en.isBlank() ? en : id;
                }
            }
        }
        String known = texts.optional("component." + id);
        return known != null ? known : id;
    }

    String studyName() {
        return study.getName() == null || study.getName().isBlank() ? texts.get("study.unnamed") : study.getName();
    }
}
