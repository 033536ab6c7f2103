package org.landcarbon.model.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Region;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;

/**
 * The region tree of a study: {@code Study.region} is the top region, whose series are {@code Study.series};
 * each subregion holds its own series in {@code Region.series}. {@link #view} turns any region into a standalone
 * study so that every existing service (account, analyses, scenarios) runs on it unchanged. See docs/regions.md.
 */
public final class Regions {

    /** A region met while walking the tree: its depth (0 = the top region) and the region containing it. */
    public record Node(Region region, int depth, Region parent) {
    }

    private Regions() {
    }

    /** Every region, depth-first (a region before its subregions, in their order); empty when the study has none. */
    public static List<Node> walk(Study study) {
        List<Node> out = new ArrayList<>();
        if (study.getRegion() != null) {
            walk(study.getRegion(), 0, null, out::add);
        }
        return out;
    }

    private static void walk(Region region, int depth, Region parent, Consumer<Node> visit) {
        visit.accept(new Node(region, depth, parent));
        for (Region sub : region.getSubregions()) {
            walk(sub, depth + 1, region, visit);
        }
    }

    /** True when the study has at least one subregion. */
    public static boolean hasSubregions(Study study) {
        return study.getRegion() != null && !study.getRegion().getSubregions().isEmpty();
    }

    /** The region with this code (the first one depth-first; codes are unique in a valid study). */
    public static Optional<Region> find(Study study, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        return walk(study).stream().map(Node::region).filter(r -> c.equals(nz(r.getCode()).strip())).findFirst();
    }

    /** The region containing this one, empty for the top region. */
    public static Optional<Region> parent(Region region) {
        return region.eContainer() instanceof Region parent ? Optional.of(parent) : Optional.empty();
    }

    /** True for the study's top region. */
    public static boolean isTop(Study study, Region region) {
        return region != null && region == study.getRegion();
    }

    /** The series a region holds itself: {@code Study.series} for the top region, {@code Region.series} below it. */
    public static List<Series> ownSeries(Study study, Region region) {
        return isTop(study, region) ? study.getSeries() : region.getSeries();
    }

    /** "Guizhou (520000)", for messages. */
    public static String label(Region region) {
        String name = region.getName() != null && !region.getName().isBlank() ? region.getName() : nz(region.getNameZh());
        String code = nz(region.getCode());
        if (name.isBlank()) {
            return code.isBlank() ? "(unnamed region)" : code;
        }
        return code.isBlank() ? name : name + " (" + code + ")";
    }

    /** A new subregion under {@code parent}: the name goes to nameZh when it is Chinese, else to name. */
    public static Region addSubregion(Region parent, String code, String name) {
        Region r = LandCarbonFactory.eINSTANCE.createRegion();
        r.setCode(code);
        if (name != null && !name.isBlank()) {
            if (name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                r.setNameZh(name.strip());
            } else {
                r.setName(name.strip());
            }
        }
        parent.getSubregions().add(r);
        return r;
    }

    // ---------------------------------------------------------------- additivity

    /**
     * True when a region's values of this kind are the sum of its subregions' values: land areas, agricultural
     * activity (fertilizer and film amounts, sown and irrigated areas, machinery power), energy use, crop
     * production, GDP and population. Energy intensity (a ratio) and OTHER series are not additive.
     */
    public static boolean isAdditive(SeriesKind kind) {
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case LAND_AREA, AGRICULTURAL_ACTIVITY, ENERGY_USE, CROP_YIELD, GDP, POPULATION -> true;
            case ENERGY_INTENSITY, OTHER -> false;
        };
    }

    /**
     * The whole of a region: its own series, plus, for every additive series it lacks, the sum of its parts'
     * wholes (recursively). A summed year needs a value in every subregion; years where one is missing are left
     * out and the series note says which. Summed values are DERIVED, their provenance naming the subregions.
     * The returned series are copies (the study is not changed).
     */
    public static List<Series> whole(Study study, Region region) {
        List<Series> out = new ArrayList<>();
        for (Series s : ownSeries(study, region)) {
            out.add(EcoreUtil.copy(s));
        }
        if (region.getSubregions().isEmpty()) {
            return out;
        }
        Map<String, List<Series>> parts = new LinkedHashMap<>();
        for (Region sub : region.getSubregions()) {
            for (Series s : whole(study, sub)) {
                if (isAdditive(s.getKind()) && out.stream().noneMatch(o -> s.getId().equals(o.getId()))) {
                    parts.computeIfAbsent(s.getId(), k -> new ArrayList<>()).add(s);
                }
            }
        }
        int n = region.getSubregions().size();
        String codes = String.join(", ", region.getSubregions().stream().map(r -> nz(r.getCode())).toList());
        for (List<Series> ofId : parts.values()) {
            Series sum = sum(ofId, n, codes);
            if (sum != null) {
                out.add(sum);
            }
        }
        return out;
    }

    /** The whole of the top region; empty when the study has no region. */
    public static List<Series> whole(Study study) {
        return study.getRegion() == null ? List.copyOf(study.getSeries()) : whole(study, study.getRegion());
    }

    // Sums the parts in the first part's unit; null when a unit is unusable (the validator names it).
    private static Series sum(List<Series> parts, int subregions, String codes) {
        Series first = parts.get(0);
        Unit unit;
        try {
            unit = Unit.parse(first.getUnit());
        } catch (UnitException e) {
            return null;
        }
        Map<Integer, double[]> byYear = new TreeMap<>(); // {sum, count}
        for (Series part : parts) {
            Unit u;
            try {
                u = Unit.parse(part.getUnit());
            } catch (UnitException e) {
                return null;
            }
            if (!u.isCompatible(unit)) {
                return null;
            }
            for (YearValue v : part.getValues()) {
                double[] acc = byYear.computeIfAbsent(v.getYear(), y -> new double[2]);
                acc[0] += u.convert(v.getValue(), unit);
                acc[1]++;
            }
        }
        Series s = LandCarbonFactory.eINSTANCE.createSeries();
        s.setId(first.getId());
        s.setKind(first.getKind());
        s.setSubject(first.getSubject());
        s.setUnit(first.getUnit());
        s.setLabel(first.getLabel());
        List<Integer> incomplete = new ArrayList<>();
        for (Map.Entry<Integer, double[]> e : byYear.entrySet()) {
            if (e.getValue()[1] < subregions) {
                incomplete.add(e.getKey());
                continue;
            }
            YearValue v = LandCarbonFactory.eINSTANCE.createYearValue();
            v.setYear(e.getKey());
            v.setValue(e.getValue()[0]);
            v.setProvenance(ProvenanceKind.DERIVED);
            v.setProvenanceDetail("sum of subregions " + codes);
            s.getValues().add(v);
        }
        s.setNote("sum of subregions " + codes + (incomplete.isEmpty() ? ""
                : "; left out where a subregion has no value: " + Studies.formatYears(incomplete)) + range(parts, s));
        return s;
    }

    /*
     * A range every part has alike (e.g. one land-cover product's accuracy) is the sum's: the parts' relative errors are
     * taken as one draw, as a range is one draw for all years (docs/uncertainty.md). Differing ranges give the sum none.
     */
    private static String range(List<Series> parts, Series sum) {
        Uncertainty first = parts.get(0).getUncertainty();
        boolean same = first != null && parts.stream().allMatch(p -> EcoreUtil.equals(first, p.getUncertainty()));
        if (same) {
            sum.setUncertainty(EcoreUtil.copy(first));
            return "; the subregions' range";
        }
        return parts.stream().anyMatch(p -> p.getUncertainty() != null) ? "; no range: the subregions' ranges differ" : "";
    }

    // ---------------------------------------------------------------- views

    /**
     * The region as a standalone study: a copy of the study whose series are the region's {@link #whole} and whose
     * region is a copy of this one without subregions, so that the account, analyses and scenarios run on it
     * through the existing services. For a subregion the copy has no reported values (they are the top region's
     * published figures) and its scenarios keep their rules and coefficient changes but not their external series
     * values (given for the top region). The study is not changed.
     */
    public static Study view(Study study, Region region) {
        Study copy = EcoreUtil.copy(study);
        copy.getSeries().clear();
        copy.getSeries().addAll(whole(study, region));
        Region flat = EcoreUtil.copy(region);
        flat.getSubregions().clear();
        flat.getSeries().clear();
        copy.setRegion(flat);
        if (!isTop(study, region)) {
            copy.setName(study.getName() + " - " + label(region));
            copy.getReportedValues().clear();
            for (Scenario sc : copy.getScenarios()) {
                sc.getSeriesOverrides().clear();
            }
        }
        return copy;
    }

    /** {@link #view} of the region with this code. */
    public static Optional<Study> view(Study study, String code) {
        return find(study, code).map(r -> view(study, r));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
