package org.landcarbon.model.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientCorrelation;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.DisplayUnits;
import org.landcarbon.model.LandCarbonPackage;
import org.landcarbon.model.Region;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.SeriesOverride;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.study.Studies;
import org.landcarbon.model.study.StudyConventions;
import org.landcarbon.model.study.Uncertainties;
import org.landcarbon.model.units.Dimension;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;

/**
 * The study checks run by {@code Diagnostician.INSTANCE.validate(study)}: years, values, units, areas against
 * the region, coefficient sources and the internal consistency of reported totals. Every message names the
 * study, the series (or coefficient, or reported component), the year and the value; the diagnostic's data
 * starts with the offending object so an editor can select it. Checks of other bundles ({@link StudyCheck}) run after
 * these, on the study.
 */
public class StudyValidator extends EObjectValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.landcarbon.model";

    public static final int UNIT_INVALID = 1;
    public static final int UNIT_INCOMPATIBLE = 2;
    public static final int YEAR_DUPLICATE = 3;
    public static final int YEAR_MISSING = 4;
    public static final int VALUE_NOT_FINITE = 5;
    public static final int VALUE_NEGATIVE = 6;
    public static final int AREA_EXCEEDS_REGION = 7;
    public static final int COEFFICIENT_WITHOUT_SOURCE = 8;
    public static final int REPORTED_TOTAL_INCONSISTENT = 9;
    public static final int YEARS_INVALID = 10;
    public static final int REPORTED_WITHOUT_SOURCE = 11;
    public static final int SERIES_DUPLICATE = 12;
    public static final int COEFFICIENT_SET_MISSING = 13;
    public static final int UNKNOWN_CLASS = 14;
    public static final int UNKNOWN_SERIES = 15;
    /** An uncertainty with impossible parameters or a correlation that is not one. */
    public static final int UNCERTAINTY_INVALID = 40;
    /** Two regions of the tree share a code (codes identify regions in imports and on the command line). */
    public static final int REGION_CODE_DUPLICATE = 16;
    /** A subregion without a code. */
    public static final int REGION_CODE_MISSING = 17;
    /** An additive series of a region differs from the sum of its subregions' beyond {@link RegionChecks#RELATIVE_TOLERANCE}. */
    public static final int REGION_SUM_MISMATCH = 18;

    public static final StudyValidator INSTANCE = new StudyValidator();

    /** Puts this validator in the global registry for the study package; idempotent. */
    public static synchronized void register() {
        EValidator.Registry.INSTANCE.put(LandCarbonPackage.eINSTANCE, INSTANCE);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = super.validate(eClass, object, diagnostics, context);
        if (object instanceof Study study) {
            ok &= validateStudy(study, diagnostics);
        } else if (object instanceof Series series) {
            ok &= validateSeries(series, diagnostics);
        } else if (object instanceof YearValue value) {
            ok &= validateYearValue(value, diagnostics);
        } else if (object instanceof Coefficient coefficient) {
            ok &= validateCoefficient(coefficient, diagnostics);
        } else if (object instanceof ReportedValue reported) {
            ok &= validateReported(reported, diagnostics);
        }
        return ok;
    }

    // ---- study-wide checks ----

    private boolean validateStudy(Study study, DiagnosticChain d) {
        boolean ok = true;
        String who = studyName(study);
        if (study.getStartYear() == 0 || study.getEndYear() == 0 || study.getStartYear() > study.getEndYear()) {
            ok &= report(d, Diagnostic.ERROR, YEARS_INVALID, who + ": the study years " + study.getStartYear() + "-"
                    + study.getEndYear() + " are not a period (start and end year must be set, start <= end)", study);
        }
        for (CoefficientCorrelation r : study.getCoefficientCorrelations()) {
            String pair = who + ", correlation " + r.getKeyA() + " ~ " + r.getKeyB();
            if (r.getKeyA() == null || r.getKeyB() == null || r.getKeyA().equals(r.getKeyB())) {
                ok &= report(d, Diagnostic.ERROR, UNCERTAINTY_INVALID, pair + ": needs two different coefficient keys", r);
            } else if (!(r.getRho() >= -1 && r.getRho() <= 1)) {
                ok &= report(d, Diagnostic.ERROR, UNCERTAINTY_INVALID, pair + ": rho " + r.getRho() + " is not between -1 and 1", r);
            }
        }
        Map<String, Series> seen = new HashMap<>();
        for (Series s : study.getSeries()) {
            Series first = seen.putIfAbsent(s.getId(), s);
            if (first != null) {
                ok &= report(d, Diagnostic.ERROR, SERIES_DUPLICATE, who + ", series " + s.getId()
                        + ": the study has this series twice; keep one", s, first);
            }
        }
        if (study.getCoefficientSetId() != null && !study.getCoefficientSetId().isBlank() && !study.getCoefficientSets().isEmpty()
                && Studies.coefficientSet(study).isEmpty()) {
            ok &= report(d, Diagnostic.WARNING, COEFFICIENT_SET_MISSING, who + ": the coefficient set '" + study.getCoefficientSetId()
                    + "' it uses is not among its own sets", study);
        }
        if (study.getLandClassSystem() != null) {
            for (Series s : Studies.seriesOfKind(study, SeriesKind.LAND_AREA)) {
                if (s.getSubject() != null && Studies.landClass(study, s.getSubject()).isEmpty()) {
                    ok &= report(d, Diagnostic.WARNING, UNKNOWN_CLASS, who + ", series " + s.getId() + ": the land-class system "
                            + study.getLandClassSystem().getId() + " has no class '" + s.getSubject() + "'", s);
                }
            }
        }
        for (Scenario scenario : study.getScenarios()) {
            for (SeriesOverride o : scenario.getSeriesOverrides()) {
                if (Studies.series(study, o.getSeriesId()).isEmpty() && !StudyConventions.isReportedComponentId(o.getSeriesId())) {
                    ok &= report(d, Diagnostic.WARNING, UNKNOWN_SERIES, who + ", scenario " + scenario.getName() + ": it overrides the series "
                            + o.getSeriesId() + ", which the study does not have", o, scenario);
                }
            }
        }
        ok &= validateDisplayUnits(study, d);
        ok &= validateAreasAgainstRegion(study, d);
        ok &= validateReportedTotals(study, d);
        ok &= RegionChecks.validate(study, d);
        ok &= StudyChecks.run(study, d); // the contributed checks (StudyCheck services), after the model's own
        return ok;
    }

    private boolean validateDisplayUnits(Study study, DiagnosticChain d) {
        DisplayUnits units = study.getDisplayUnits();
        if (units == null) {
            return true;
        }
        boolean ok = true;
        String who = studyName(study) + ", display units";
        try {
            Unit area = Unit.parse(units.getArea());
            if (!area.dimension().equals(Dimension.of(org.landcarbon.model.units.BaseDimension.AREA))) {
                ok &= report(d, Diagnostic.ERROR, UNIT_INCOMPATIBLE, who + ": the area unit " + area + " is not an area unit", units);
            }
        } catch (UnitException e) {
            ok &= report(d, Diagnostic.ERROR, UNIT_INVALID, who + ": area: " + e.getMessage(), units);
        }
        try {
            Unit carbon = Unit.parse(units.getCarbon());
            if (!StudyConventions.isEmissionUnit(carbon)) {
                ok &= report(d, Diagnostic.ERROR, UNIT_INCOMPATIBLE, who + ": the carbon unit " + carbon + " is not an amount of carbon or CO2", units);
            }
        } catch (UnitException e) {
            ok &= report(d, Diagnostic.ERROR, UNIT_INVALID, who + ": carbon: " + e.getMessage(), units);
        }
        return ok;
    }

    private boolean validateAreasAgainstRegion(Study study, DiagnosticChain d) {
        Region region = study.getRegion();
        if (region == null || region.getTotalArea() == null) {
            return true;
        }
        String who = studyName(study);
        Unit regionUnit;
        try {
            regionUnit = Unit.parse(region.getTotalAreaUnit());
        } catch (UnitException e) {
            return report(d, Diagnostic.ERROR, UNIT_INVALID, who + ", region " + region.getName() + ": total area unit: " + e.getMessage(), region);
        }
        if (!regionUnit.dimension().equals(Dimension.of(org.landcarbon.model.units.BaseDimension.AREA))) {
            return report(d, Diagnostic.ERROR, UNIT_INCOMPATIBLE, who + ", region " + region.getName() + ": the total area unit "
                    + regionUnit + " is not an area unit", region);
        }
        double total = region.getTotalArea();
        if (!Double.isFinite(total) || total <= 0) {
            return report(d, Diagnostic.ERROR, VALUE_NEGATIVE, who + ", region " + region.getName() + ": the total area " + fmt(total) + " "
                    + regionUnit + " is not a positive number", region);
        }
        boolean ok = true;
        Map<Integer, Double> sums = new TreeMap<>();
        Map<Integer, List<EObject>> parts = new HashMap<>();
        for (Series s : Studies.seriesOfKind(study, SeriesKind.LAND_AREA)) {
            Unit unit;
            try {
                unit = Unit.parse(s.getUnit());
                if (!unit.isCompatible(regionUnit)) {
                    continue; // reported by the series check
                }
            } catch (UnitException e) {
                continue;
            }
            for (YearValue v : s.getValues()) {
                if (!Double.isFinite(v.getValue())) {
                    continue;
                }
                double inRegionUnit = unit.convert(v.getValue(), regionUnit);
                if (inRegionUnit > total * (1 + 1e-9)) {
                    ok &= report(d, Diagnostic.ERROR, AREA_EXCEEDS_REGION, who + ", series " + s.getId() + ", year " + v.getYear()
                            + ": the area " + fmt(v.getValue()) + " " + unit + " exceeds the region's total area " + fmt(total) + " "
                            + regionUnit, v, s, region);
                }
                sums.merge(v.getYear(), inRegionUnit, Double::sum);
                parts.computeIfAbsent(v.getYear(), y -> new ArrayList<>()).add(v);
            }
        }
        for (Map.Entry<Integer, Double> e : sums.entrySet()) {
            List<EObject> values = parts.get(e.getKey());
            if (values.size() > 1 && e.getValue() > total * (1 + 1e-9)) {
                List<EObject> data = new ArrayList<>(values);
                data.add(region);
                ok &= report(d, Diagnostic.ERROR, AREA_EXCEEDS_REGION, who + ", land areas, year " + e.getKey()
                        + ": the classes' areas add up to " + fmt(e.getValue()) + " " + regionUnit + ", more than the region's total area "
                        + fmt(total) + " " + regionUnit, data.toArray());
            }
        }
        return ok;
    }

    /** sources_total = construction + agricultural_land, sinks_total = sum of sinks, net = sources_total - sinks_total. */
    private boolean validateReportedTotals(Study study, DiagnosticChain d) {
        boolean ok = true;
        for (int year : Studies.reportedYears(study)) {
            ok &= checkSum(study, year, StudyConventions.SOURCES_TOTAL, StudyConventions.SOURCE_COMPONENTS, List.of(), d);
            ok &= checkSum(study, year, StudyConventions.SINKS_TOTAL, StudyConventions.SINK_COMPONENTS, List.of(), d);
            ok &= checkSum(study, year, StudyConventions.NET, List.of(StudyConventions.SOURCES_TOTAL), List.of(StudyConventions.SINKS_TOTAL), d);
        }
        return ok;
    }

    private boolean checkSum(Study study, int year, String totalId, List<String> plus, List<String> minus, DiagnosticChain d) {
        ReportedValue total = Studies.reported(study, year, totalId).orElse(null);
        if (total == null || !Double.isFinite(total.getValue())) {
            return true;
        }
        Unit unit;
        try {
            unit = Unit.parse(total.getUnit());
        } catch (UnitException e) {
            return true; // reported by the value check
        }
        List<ReportedValue> terms = new ArrayList<>();
        double sum = 0;
        int decimals = decimals(total.getValue());
        StringBuilder formula = new StringBuilder();
        for (String id : plus) {
            ReportedValue r = Studies.reported(study, year, id).orElse(null);
            if (r != null) {
                Double v = inUnit(r, unit);
                if (v == null) {
                    return true;
                }
                sum += v;
                terms.add(r);
                decimals = Math.max(decimals, decimals(r.getValue()));
                formula.append(formula.isEmpty() ? "" : " + ").append(id);
            }
        }
        for (String id : minus) {
            ReportedValue r = Studies.reported(study, year, id).orElse(null);
            if (r == null) {
                return true; // a difference needs both sides
            }
            Double v = inUnit(r, unit);
            if (v == null) {
                return true;
            }
            sum -= v;
            terms.add(r);
            decimals = Math.max(decimals, decimals(r.getValue()));
            formula.append(" - ").append(id);
        }
        if (terms.isEmpty()) {
            return true;
        }
        // each published figure may be off by half a unit in its last decimal
        double tolerance = (terms.size() + 1) * 0.5 * Math.pow(10, -decimals) + 1e-9;
        double diff = total.getValue() - sum;
        if (Math.abs(diff) <= tolerance) {
            return true;
        }
        List<Object> data = new ArrayList<>();
        data.add(total);
        data.addAll(terms);
        data.add(study);
        return report(d, Diagnostic.WARNING, REPORTED_TOTAL_INCONSISTENT, studyName(study) + ", reported values, year " + year + ": "
                + totalId + " " + fmt(total.getValue()) + " " + unit + " differs from " + formula + " = " + fmt(round(sum, decimals))
                + " by " + fmt(round(diff, decimals)) + " (more than rounding, " + fmt(round(tolerance, decimals + 1)) + ")", data.toArray());
    }

    private static Double inUnit(ReportedValue r, Unit unit) {
        try {
            double v = Unit.parse(r.getUnit()).convert(r.getValue(), unit);
            return Double.isFinite(v) ? v : null;
        } catch (UnitException e) {
            return null;
        }
    }

    // ---- series and values ----

    private boolean validateSeries(Series series, DiagnosticChain d) {
        Study study = study(series);
        String who = studyName(study) + RegionChecks.regionOf(series) + ", series " + series.getId();
        boolean ok = true;
        String uncertainty = Uncertainties.problem(series);
        if (uncertainty != null) {
            ok &= report(d, Diagnostic.ERROR, UNCERTAINTY_INVALID, who + ", uncertainty: " + uncertainty, series);
        }
        Unit unit = null;
        try {
            unit = Unit.parse(series.getUnit());
        } catch (UnitException e) {
            ok &= report(d, Diagnostic.ERROR, UNIT_INVALID, who + ": " + e.getMessage(), series);
        }
        if (unit != null) {
            List<Dimension> allowed = StudyConventions.allowedDimensions(series);
            if (!allowed.isEmpty() && !allowed.contains(unit.dimension())) {
                String usual = series.getId() == null ? null : StudyConventions.usualUnit(series.getId());
                ok &= report(d, Diagnostic.ERROR, UNIT_INCOMPATIBLE, who + ": the unit " + unit + " (" + unit.dimension()
                        + ") does not fit a " + series.getKind() + " series, which needs " + describe(allowed)
                        + (usual == null ? "" : ", e.g. " + usual), series);
            }
        }
        Map<Integer, YearValue> byYear = new HashMap<>();
        for (YearValue v : series.getValues()) {
            YearValue first = byYear.putIfAbsent(v.getYear(), v);
            if (first != null) {
                ok &= report(d, Diagnostic.ERROR, YEAR_DUPLICATE, who + ", year " + v.getYear() + ": the year is there twice (values "
                        + fmt(first.getValue()) + " and " + fmt(v.getValue()) + "); keep one", v, series, first);
            }
        }
        if (study != null) {
            List<Integer> missing = Studies.missingYears(study, series);
            if (!missing.isEmpty()) {
                String note = series.getNote() == null || series.getNote().isBlank() ? "" : " (" + series.getNote() + ")";
                ok &= report(d, Diagnostic.WARNING, YEAR_MISSING, who + ": no value for " + (missing.size() == 1 ? "year " : "years ")
                        + Studies.formatYears(missing) + " (" + missing.size() + " of " + Studies.studyYears(study).size()
                        + " study years missing)" + note, series);
            }
        }
        return ok;
    }

    private boolean validateYearValue(YearValue v, DiagnosticChain d) {
        EObject container = v.eContainer();
        Series series = null;
        String where;
        if (container instanceof Series s) {
            series = s;
            where = studyName(study(s)) + RegionChecks.regionOf(s) + ", series " + s.getId();
        } else if (container instanceof SeriesOverride o) {
            Study study = study(o);
            series = study == null ? null : Studies.series(study, o.getSeriesId()).orElse(null);
            String scenario = o.eContainer() instanceof Scenario sc ? sc.getName() : "?";
            where = studyName(study) + ", scenario " + scenario + ", series " + o.getSeriesId();
        } else {
            return true;
        }
        String unit = series == null || series.getUnit() == null ? "" : " " + series.getUnit();
        if (!Double.isFinite(v.getValue())) {
            return report(d, Diagnostic.ERROR, VALUE_NOT_FINITE, where + ", year " + v.getYear() + ": the value " + v.getValue()
                    + " is not a number", v, container);
        }
        boolean mayBeNegative = series == null || series.getKind() == null || series.getKind() == SeriesKind.OTHER;
        if (v.getValue() < 0 && !mayBeNegative) {
            return report(d, Diagnostic.ERROR, VALUE_NEGATIVE, where + ", year " + v.getYear() + ": the value " + fmt(v.getValue()) + unit
                    + " is negative; a " + series.getKind() + " value cannot be", v, container);
        }
        return true;
    }

    // ---- coefficients and reported values ----

    private boolean validateCoefficient(Coefficient c, DiagnosticChain d) {
        String where = studyName(study(c)) + ", coefficient " + c.getKey() + owner(c);
        boolean ok = true;
        if (c.getSource() == null || c.getSource().isBlank()) {
            ok &= report(d, Diagnostic.ERROR, COEFFICIENT_WITHOUT_SOURCE, where + " = " + fmt(c.getValue()) + " " + nz(c.getUnit())
                    + ": no source; cite where the value comes from", c);
        }
        if (!Double.isFinite(c.getValue())) {
            ok &= report(d, Diagnostic.ERROR, VALUE_NOT_FINITE, where + ": the value " + c.getValue() + " is not a number", c);
        }
        String uncertainty = Uncertainties.problem(c);
        if (uncertainty != null) {
            ok &= report(d, Diagnostic.ERROR, UNCERTAINTY_INVALID, where + " = " + fmt(c.getValue()) + ", uncertainty: " + uncertainty, c);
        }
        Unit unit = null;
        try {
            unit = Unit.parse(c.getUnit() == null || c.getUnit().isBlank() ? "1" : c.getUnit());
        } catch (UnitException e) {
            ok &= report(d, Diagnostic.ERROR, UNIT_INVALID, where + ": " + e.getMessage(), c);
        }
        if (unit != null) {
            Dimension expected = StudyConventions.coefficientDimension(c.getKey()).orElse(null);
            if (expected != null && !StudyConventions.fits(c.getKey(), unit.dimension())) {
                ok &= report(d, Diagnostic.ERROR, UNIT_INCOMPATIBLE, where + ": the unit " + unit + " (" + unit.dimension()
                        + ") does not fit this coefficient, which needs " + expected, c);
            }
        }
        return ok;
    }

    private boolean validateReported(ReportedValue r, DiagnosticChain d) {
        String where = studyName(study(r)) + ", reported " + r.getComponent() + ", year " + r.getYear();
        boolean ok = true;
        if (!Double.isFinite(r.getValue())) {
            ok &= report(d, Diagnostic.ERROR, VALUE_NOT_FINITE, where + ": the value " + r.getValue() + " is not a number", r);
        }
        try {
            Unit unit = Unit.parse(r.getUnit());
            if (!StudyConventions.isEmissionUnit(unit)) {
                ok &= report(d, Diagnostic.ERROR, UNIT_INCOMPATIBLE, where + ": the unit " + unit + " (" + unit.dimension()
                        + ") is not an amount of carbon or CO2", r);
            }
        } catch (UnitException e) {
            ok &= report(d, Diagnostic.ERROR, UNIT_INVALID, where + ": " + e.getMessage(), r);
        }
        if (r.getSource() == null || r.getSource().isBlank()) {
            ok &= report(d, Diagnostic.WARNING, REPORTED_WITHOUT_SOURCE, where + " = " + fmt(r.getValue()) + ": no source; cite the publication", r);
        }
        return ok;
    }

    // ---- helpers ----

    static boolean report(DiagnosticChain d, int severity, int code, String message, Object... data) {
        if (d != null) {
            d.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message, data));
        }
        return severity < Diagnostic.ERROR;
    }

    private static Study study(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e instanceof Study s) {
                return s;
            }
        }
        return null;
    }

    static String studyName(Study study) {
        return study == null ? "(no study)" : "Study '" + study.getName() + "'";
    }

    private static String owner(Coefficient c) {
        EObject container = c.eContainer();
        if (container instanceof CoefficientSet set) {
            return " (set " + set.getId() + ")";
        }
        if (container instanceof Scenario sc) {
            return " (override in scenario " + sc.getName() + ")";
        }
        return container instanceof Study ? " (study override)" : "";
    }

    private static String describe(List<Dimension> dims) {
        return dims.size() == 1 ? dims.get(0).toString() : "one of " + dims;
    }

    private static int decimals(double v) {
        if (!Double.isFinite(v)) {
            return 0;
        }
        return Math.max(0, new BigDecimal(Double.toString(v)).stripTrailingZeros().scale());
    }

    private static double round(double v, int decimals) {
        return new BigDecimal(v).setScale(Math.max(0, decimals), java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Numbers as a researcher would write them: no trailing zeros, no exponent for usual magnitudes. */
    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
