package org.landcarbon.model.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.study.Regions;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;

/**
 * The checks of the region tree: unique codes, a code on every subregion, and for additive series
 * ({@link Regions#isAdditive}) a region's value equal to the sum of its subregions' values.
 */
final class RegionChecks {

    /**
     * A region and the sum of its parts may differ by 0.1 % of the region's value, or by the rounding of the
     * figures (half a unit in the last decimal of each), whichever is larger: yearbooks round every county.
     */
    static final double RELATIVE_TOLERANCE = 0.001;

    private RegionChecks() {
    }

    static boolean validate(Study study, DiagnosticChain d) {
        if (study.getRegion() == null) {
            return true;
        }
        boolean ok = true;
        String who = StudyValidator.studyName(study);
        Map<String, Region> codes = new HashMap<>();
        for (Regions.Node node : Regions.walk(study)) {
            Region r = node.region();
            String code = r.getCode() == null ? "" : r.getCode().strip();
            if (code.isEmpty()) {
                if (node.depth() > 0) {
                    ok &= StudyValidator.report(d, Diagnostic.ERROR, StudyValidator.REGION_CODE_MISSING, who + ", region "
                            + Regions.label(r) + " in " + Regions.label(node.parent()) + ": a subregion needs a code "
                            + "(e.g. its 6-digit administrative code)", r);
                }
                continue;
            }
            Region first = codes.putIfAbsent(code, r);
            if (first != null) {
                ok &= StudyValidator.report(d, Diagnostic.ERROR, StudyValidator.REGION_CODE_DUPLICATE, who + ": the region code "
                        + code + " is used twice (" + Regions.label(first) + " and " + Regions.label(r) + "); codes must be unique", r, first);
            }
        }
        for (Regions.Node node : Regions.walk(study)) {
            if (!node.region().getSubregions().isEmpty()) {
                ok &= checkSums(study, node.region(), d);
            }
        }
        return ok;
    }

    private static boolean checkSums(Study study, Region region, DiagnosticChain d) {
        boolean ok = true;
        List<Region> subs = region.getSubregions();
        List<List<Series>> partWholes = new ArrayList<>();
        for (Region sub : subs) {
            partWholes.add(Regions.whole(study, sub));
        }
        String childCodes = String.join(", ", subs.stream().map(r -> r.getCode() == null ? "?" : r.getCode()).toList());
        for (Series s : Regions.ownSeries(study, region)) {
            if (!Regions.isAdditive(s.getKind()) || s.getId() == null) {
                continue;
            }
            Unit unit = parse(s.getUnit());
            List<Map<Integer, Double>> parts = new ArrayList<>();
            List<Integer> partDecimals = new ArrayList<>();
            for (List<Series> whole : partWholes) {
                Series part = whole.stream().filter(p -> s.getId().equals(p.getId())).findFirst().orElse(null);
                Unit partUnit = part == null ? null : parse(part.getUnit());
                if (unit == null || partUnit == null || !partUnit.isCompatible(unit)) {
                    parts = null; // a part without the series (or with a bad unit, reported elsewhere): nothing to compare
                    break;
                }
                Map<Integer, Double> byYear = new HashMap<>();
                int decimals = 0;
                for (YearValue v : part.getValues()) {
                    byYear.put(v.getYear(), partUnit.convert(v.getValue(), unit));
                    decimals = Math.max(decimals, decimals(v.getValue()));
                }
                parts.add(byYear);
                partDecimals.add(decimals);
            }
            if (parts == null) {
                continue;
            }
            for (YearValue v : s.getValues()) {
                double sum = 0;
                boolean complete = true;
                for (Map<Integer, Double> p : parts) {
                    Double x = p.get(v.getYear());
                    if (x == null || !Double.isFinite(x)) {
                        complete = false;
                        break;
                    }
                    sum += x;
                }
                if (!complete || !Double.isFinite(v.getValue())) {
                    continue;
                }
                int decimals = Math.max(decimals(v.getValue()), partDecimals.stream().mapToInt(Integer::intValue).max().orElse(0));
                double rounding = (parts.size() + 1) * 0.5 * Math.pow(10, -decimals);
                double allowed = Math.max(RELATIVE_TOLERANCE * Math.abs(v.getValue()), rounding) + 1e-12;
                double diff = v.getValue() - sum;
                if (Math.abs(diff) > allowed) {
                    List<Object> data = new ArrayList<>();
                    data.add(v);
                    data.add(s);
                    data.add(region);
                    data.addAll(subs);
                    ok &= StudyValidator.report(d, Diagnostic.WARNING, StudyValidator.REGION_SUM_MISMATCH, StudyValidator.studyName(study)
                            + ", region " + Regions.label(region) + ", series " + s.getId() + ", year " + v.getYear() + ": "
                            + StudyValidator.fmt(v.getValue()) + " " + unit + " differs from the sum of its subregions " + childCodes
                            + " = " + StudyValidator.fmt(round(sum)) + " " + unit + " by " + StudyValidator.fmt(round(diff))
                            + " (more than " + StudyValidator.fmt(round(allowed)) + ": 0.1 % or rounding)", data.toArray());
                }
            }
        }
        return ok;
    }

    /** ", region Name (code)" for a series held by a subregion; empty for the study's own series. */
    static String regionOf(EObject series) {
        return series.eContainer() instanceof Region r ? ", region " + Regions.label(r) : "";
    }

    private static Unit parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Unit.parse(text);
        } catch (UnitException e) {
            return null;
        }
    }

    private static int decimals(double v) {
        if (!Double.isFinite(v)) {
            return 0;
        }
        return Math.max(0, new BigDecimal(Double.toString(v)).stripTrailingZeros().scale());
    }

    private static double round(double v) {
        return new BigDecimal(v).round(new java.math.MathContext(10)).doubleValue();
    }
}
