package org.landcarbon.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.Figure;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.study.Regions;
import org.landcarbon.spatial.Crs;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A choropleth without SWT: each boundary polygon with the figure of the study's region of the same code for one
 * year, and up to five quantile classes (equal counts of regions) over the values present.
 *
 * @param title   e.g. "Area of a class: forest, 2009 (10^4 hm2)"
 * @param crs     the boundaries' CRS (geographic: drawn equirectangular at the central latitude)
 * @param regions one entry per boundary polygon
 * @param breaks  the class limits, ascending: class k holds breaks[k] <= v <= breaks[k + 1]; empty when no value
 * @param lisa    when not null the regions are coloured by their LISA cluster instead of by class
 */
public record MapModel(String title, String unit, Crs crs, List<Entry> regions, double[] breaks, LisaLayer lisa) {

    /** Colours of up to five classes, ColorBrewer YlOrRd (Brewer 2003), as 0xRRGGBB. */
    public static final int[] COLOURS = {0xffffb2, 0xfecc5c, 0xfd8d3c, 0xf03b20, 0xbd0026};
    /** Regions without a value. */
    public static final int NO_VALUE = 0xd9d9d9;

    /**
     * @param code   the boundary's id
     * @param name   the study's label of the region, else the boundary's name
     * @param value  the figure, null when missing
     * @param reason why it is missing (null when present)
     */
    public record Entry(String code, String name, Geometry geometry, Double value, String reason) {
    }

    /** The class index (0..classes-1) of a value, -1 for none. */
    public int classOf(Double value) {
        if (value == null || breaks.length < 2) {
            return -1;
        }
        for (int k = 1; k < breaks.length - 1; k++) {
            if (value < breaks[k]) {
                return k - 1;
            }
        }
        return breaks.length - 2;
    }

    public int colourOf(Double value) {
        int k = classOf(value);
        return k < 0 ? NO_VALUE : COLOURS[k];
    }

    /** The fill of a region: its LISA cluster's colour when the layer is on, else its class colour. */
    public int fill(Entry e) {
        return lisa != null ? lisa.colourOf(e.code()) : colourOf(e.value());
    }

    /** The same map coloured by the LISA clusters of its values, titled so. */
    public MapModel withLisa(LisaLayer layer) {
        return new MapModel("Local Moran (LISA) of " + title, unit, crs, regions, breaks, layer);
    }

    public Envelope extent() {
        Envelope e = new Envelope();
        regions.forEach(r -> e.expandToInclude(r.geometry().getEnvelopeInternal()));
        return e;
    }

    /**
     * Builds the map. {@code accounting} computes a region's account (its {@link Regions#view}); it is called only
     * for {@link MapFigure#NET} and {@link MapFigure#SINKS} and may throw (the message becomes the reason).
     */
    public static MapModel build(Study study, List<org.landcarbon.spatial.Region> boundaries, Crs crs, MapFigure figure, String classId,
            int year, Function<Study, Account> accounting) {
        List<Entry> entries = new ArrayList<>();
        String unit = figure.unit();
        for (org.landcarbon.spatial.Region b : boundaries) {
            Optional<Region> region = Regions.find(study, b.id());
            if (region.isEmpty()) {
                entries.add(new Entry(b.id(), b.name(), b.geometry(), null, "no region " + b.id() + " in the study"));
                continue;
            }
            String name = Regions.label(region.get());
            Double value = null;
            String reason = null;
            try {
                switch (figure) {
                    case NET, SINKS -> {
                        Account a = accounting.apply(Regions.view(study, region.get()));
                        Figure f = a.value(year, figure == MapFigure.NET ? Components.NET : Components.SINKS_TOTAL);
                        if (f.isPresent()) {
                            value = f.value().to("t C").value();
                        } else {
                            reason = f.reason();
                        }
                    }
                    case AREA, DYNAMIC_DEGREE -> {
                        Series s = Regions.whole(study, region.get()).stream().filter(x -> ("area." + classId).equals(x.getId())).findFirst()
                                .orElse(null);
                        if (s == null) {
                            reason = "no series area." + classId;
                        } else if (figure == MapFigure.AREA) {
                            unit = s.getUnit();
                            value = at(s, year);
                            reason = value == null ? "area." + classId + " has no value in " + year : null;
                        } else {
                            YearValue first = s.getValues().stream().filter(v -> v.getYear() < year).min((x, y) -> x.getYear() - y.getYear())
                                    .orElse(null);
                            Double end = at(s, year);
                            if (first == null || end == null || first.getValue() == 0) {
                                reason = "area." + classId + " needs a value in " + year + " and a non-zero one in an earlier year";
                            } else {
                                value = (end - first.getValue()) / first.getValue() / (year - first.getYear()) * 100;
                            }
                        }
                    }
                    default -> throw new IllegalStateException(figure.name());
                }
            } catch (RuntimeException e) {
                reason = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            entries.add(new Entry(b.id(), name, b.geometry(), value, reason));
        }
        String title = figure.label() + (figure.needsClass() ? ": " + classId : "") + ", " + year + (unit == null ? "" : " (" + unit + ")");
        return new MapModel(title, unit, crs, entries, breaks(entries.stream().map(Entry::value).filter(v -> v != null).mapToDouble(v -> v).toArray()),
                null);
    }

    private static Double at(Series s, int year) {
        return s.getValues().stream().filter(v -> v.getYear() == year).map(YearValue::getValue).findFirst().orElse(null);
    }

    /** Quantile limits (type 7, linear interpolation) splitting the values into min(5, distinct values) classes. */
    static double[] breaks(double[] values) {
        if (values.length == 0) {
            return new double[0];
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int classes = (int) Math.min(COLOURS.length, Arrays.stream(v).distinct().count());
        if (classes == 1) {
            return new double[] {v[0], v[0]};
        }
        double[] b = new double[classes + 1];
        for (int k = 0; k <= classes; k++) {
            double h = (v.length - 1) * (double) k / classes;
            int lo = (int) Math.floor(h);
            b[k] = lo + 1 < v.length ? v[lo] + (h - lo) * (v[lo + 1] - v[lo]) : v[lo];
        }
        return b;
    }
}
