package org.landcarbon.accounting.stock;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.landcarbon.model.CarbonDensity;
import org.landcarbon.model.LandCarbonPackage;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.validation.StudyChecks;

/**
 * The rules for a study's carbon densities, the one set that {@code validate} (as a contributed study check), the
 * workbench's markers, {@code account} and {@code stock} apply: {@link StudyDensities#of} refuses exactly the errors
 * reported here. Each message names the row, class and column ("study densities row 2 (forest), column soil").
 *
 * @since 0.2
 */
public final class DensityChecks {

    /** The diagnostics' source. */
    public static final String SOURCE = "org.landcarbon.accounting.densities";

    public static final int NO_CLASS = 1;
    public static final int CLASS_DUPLICATE = 2;
    public static final int CLASS_UNKNOWN = 3;
    public static final int UNIT_INVALID = 4;
    public static final int SOURCE_MISSING = 5;
    public static final int NO_POOL = 6;
    public static final int VALUE_INVALID = 7;
    /** A value that makes sense only in another unit (warning): more than {@link #plausibleMaximum} t C / hm2. */
    public static final int VALUE_IMPLAUSIBLE = 8;
    /** A class with areas but no density row while others have one (warning): its stock is not counted. */
    public static final int CLASS_WITHOUT_DENSITY = 9;

    private static final LandCarbonPackage P = LandCarbonPackage.eINSTANCE;
    private static final Unit T_C_PER_HM2 = Unit.parse("t C / hm2");

    /**
     * The most a pool plausibly holds, in t C / hm2, generously above the densest land on record (tall old-growth
     * forest above ground, roots at a third of that, peat in the first metre of soil that density tables cover), so
     * that a value beyond it is a unit slip: a table in t C / hm2 typed as kg C / m2 reads ten times too large, one
     * in g C / m2 typed as t C / hm2 a hundred times.
     */
    public static double plausibleMaximum(CarbonPool pool) {
        return switch (pool) {
            case ABOVE -> 1000;
            case BELOW -> 300;
            case SOIL -> 1000;
            case DEAD -> 200;
        };
    }

    private DensityChecks() {
    }

    /** Adds the findings to {@code diagnostics}, each message after "Study 'name', ". */
    public static void check(Study study, DiagnosticChain diagnostics) {
        String who = "Study '" + study.getName() + "', ";
        Map<String, Integer> seen = new LinkedHashMap<>();
        int row = 0;
        for (CarbonDensity d : study.getCarbonDensities()) {
            row++;
            String where = who + StudyDensities.TABLE + " row " + row + " (" + d.getLandClass() + ")";
            Finder f = (severity, code, feature, message) -> diagnostics.add(StudyChecks.finding(SOURCE, severity, code, message, d, feature));
            if (d.getLandClass() == null || d.getLandClass().isBlank()) {
                f.add(Diagnostic.ERROR, NO_CLASS, P.getCarbonDensity_LandClass(), who + StudyDensities.TABLE + " row " + row + ", column class: no land class");
            } else if (seen.containsKey(d.getLandClass())) {
                f.add(Diagnostic.ERROR, CLASS_DUPLICATE, P.getCarbonDensity_LandClass(), where + ", column class: " + d.getLandClass()
                        + " is already given in row " + seen.get(d.getLandClass()));
            } else {
                seen.put(d.getLandClass(), row);
                if (!StudyDensities.classIds(study).contains(d.getLandClass())) {
                    f.add(Diagnostic.ERROR, CLASS_UNKNOWN, P.getCarbonDensity_LandClass(), where + ", column class: " + d.getLandClass()
                            + " is not a land class of the study (" + StudyDensities.knownClasses(study) + "); remove the row or add the class");
                }
            }
            String unitProblem = StudyDensities.unitProblem(d.getUnit());
            if (unitProblem != null) {
                f.add(Diagnostic.ERROR, UNIT_INVALID, P.getCarbonDensity_Unit(), where + ", column unit: " + unitProblem);
            }
            if (d.getSource() == null || d.getSource().isBlank()) {
                f.add(Diagnostic.ERROR, SOURCE_MISSING, P.getCarbonDensity_Source(), where + ", column source: every density must cite its source");
            }
            boolean any = false;
            for (CarbonPool p : CarbonPool.values()) {
                Double v = StudyDensities.get(d, p);
                if (v == null) {
                    continue;
                }
                any = true;
                if (!Double.isFinite(v) || v < 0) {
                    f.add(Diagnostic.ERROR, VALUE_INVALID, feature(p), where + ", column " + p.id() + ": a density cannot be " + v);
                } else if (unitProblem == null) {
                    double perHm2 = Unit.parse(d.getUnit()).convert(v, T_C_PER_HM2);
                    if (perHm2 > plausibleMaximum(p)) {
                        f.add(Diagnostic.WARNING, VALUE_IMPLAUSIBLE, feature(p), where + ", column " + p.id() + ": " + fmt(v) + " " + d.getUnit()
                                + (Unit.parse(d.getUnit()).equals(T_C_PER_HM2) ? "" : " = " + fmt(perHm2) + " t C / hm2") + " is more than any land holds as "
                                + p.description() + " (at most about " + (int) plausibleMaximum(p) + " t C / hm2); is the value in another unit?");
                    }
                }
            }
            if (!any) {
                f.add(Diagnostic.ERROR, NO_POOL, null, where + ": no pool is given (above, below, soil or dead)");
            }
        }
        if (!study.getCarbonDensities().isEmpty()) {
            for (Series s : study.getSeries()) {
                String c = s.getId() != null && s.getId().startsWith("area.") && !s.getValues().isEmpty() ? s.getId().substring(5) : null;
                if (c != null && !seen.containsKey(c)) {
                    diagnostics.add(StudyChecks.finding(SOURCE, Diagnostic.WARNING, CLASS_WITHOUT_DENSITY, who + StudyDensities.TABLE + ": "
                            + c + " has areas but no density row; its stock is not counted (give one, 0 for a pool that stores none)", s, null));
                }
            }
        }
    }

    /** The messages of the errors (what {@code stock} and {@code account} refuse), without the study's name. */
    public static List<String> errors(Study study) {
        return messages(study, Diagnostic.ERROR);
    }

    /** The messages of the warnings (shown, not refused), without the study's name. */
    public static List<String> warnings(Study study) {
        return messages(study, Diagnostic.WARNING);
    }

    private static List<String> messages(Study study, int severity) {
        BasicDiagnostic all = new BasicDiagnostic();
        check(study, all);
        String who = "Study '" + study.getName() + "', ";
        List<String> out = new ArrayList<>();
        for (Diagnostic d : all.getChildren()) {
            if (d.getSeverity() == severity) {
                out.add(d.getMessage().startsWith(who) ? d.getMessage().substring(who.length()) : d.getMessage());
            }
        }
        return out;
    }

    private static final Map<CarbonPool, EStructuralFeature> FEATURES = new EnumMap<>(Map.of(CarbonPool.ABOVE, P.getCarbonDensity_Above(),
            CarbonPool.BELOW, P.getCarbonDensity_Below(), CarbonPool.SOIL, P.getCarbonDensity_Soil(), CarbonPool.DEAD, P.getCarbonDensity_Dead()));

    private static EStructuralFeature feature(CarbonPool p) {
        return FEATURES.get(p);
    }

    private static String fmt(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    @FunctionalInterface
    private interface Finder {
        void add(int severity, int code, EStructuralFeature feature, String message);
    }
}
