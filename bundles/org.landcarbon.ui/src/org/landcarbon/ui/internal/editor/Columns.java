package org.landcarbon.ui.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.landcarbon.model.LandClass;
import org.landcarbon.model.Region;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Regions;
import org.landcarbon.ui.ModelLabels;

/**
 * The columns of the grid pages, following the shared ids of docs/study-conventions.md. A page shows the series
 * of one region: those a subregion holds itself ({@link Regions#ownSeries}), or the study's for the whole (null).
 */
final class Columns {

    /** The activity series every study of the seed's method needs, offered even before they have values. */
    private record Standard(String id, SeriesKind kind, String subject, String unit, String label) {
    }

    private static final List<Standard> ACTIVITY = List.of(
            new Standard("activity.fertilizer", SeriesKind.AGRICULTURAL_ACTIVITY, "fertilizer", "t", Messages.seriesFertilizer),
            new Standard("activity.sown_area", SeriesKind.AGRICULTURAL_ACTIVITY, "sown_area", "hm2", Messages.seriesSownArea),
            new Standard("activity.machinery_power", SeriesKind.AGRICULTURAL_ACTIVITY, "machinery_power", "kW", Messages.seriesMachinery),
            new Standard("activity.irrigated_area", SeriesKind.AGRICULTURAL_ACTIVITY, "irrigated_area", "hm2", Messages.seriesIrrigated),
            new Standard("activity.plastic_film", SeriesKind.AGRICULTURAL_ACTIVITY, "plastic_film", "kg", Messages.seriesFilm),
            new Standard("energy_intensity", SeriesKind.ENERGY_INTENSITY, null, "t standard coal / 10^4 yuan", Messages.seriesEnergyIntensity),
            new Standard("gdp.primary", SeriesKind.GDP, "primary", "10^8 yuan", Messages.seriesGdpPrimary),
            new Standard("gdp.secondary", SeriesKind.GDP, "secondary", "10^8 yuan", Messages.seriesGdpSecondary),
            new Standard("gdp.tertiary", SeriesKind.GDP, "tertiary", "10^8 yuan", Messages.seriesGdpTertiary),
            new Standard("population", SeriesKind.POPULATION, null, "10^4 persons", Messages.seriesPopulation));

    /** Table 5's order: sinks, their total, sources, their total, net. */
    private static final List<String> COMPONENTS = List.of("garden", "forest", "grassland", "unused", "water", "cropland",
            "sinks_total", "construction", "agricultural_land", "sources_total", "net");

    private Columns() {
    }

    /** The series the page of {@code region} shows and edits: the region's own, or the study's for null. */
    static List<Series> holder(Study study, Region region) {
        return region == null ? study.getSeries() : Regions.ownSeries(study, region);
    }

    static List<GridColumn> areas(Study study, Region region) {
        List<Series> holder = holder(study, region);
        List<GridColumn> out = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        if (study.getLandClassSystem() != null) {
            for (LandClass c : study.getLandClassSystem().getClasses()) {
                String id = "area." + c.getId();
                shown.add(id);
                out.add(new SeriesColumn(study, holder, id, SeriesKind.LAND_AREA, c.getId(), "10^4 hm2", ModelLabels.landClass(c)));
            }
        }
        for (Series s : holder) {
            if (s.getKind() == SeriesKind.LAND_AREA && shown.add(s.getId())) {
                out.add(new SeriesColumn(study, holder, s.getId(), s.getKind(), s.getSubject(), s.getUnit(), ModelLabels.series(study, s)));
            }
        }
        return out;
    }

    static List<GridColumn> activity(Study study, Region region) {
        List<Series> holder = holder(study, region);
        List<GridColumn> out = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (Standard st : ACTIVITY) {
            shown.add(st.id());
            Series existing = find(holder, st.id());
            String label = existing != null && existing.getLabel() != null && !existing.getLabel().isBlank()
                    ? existing.getLabel() : st.label();
            out.add(new SeriesColumn(study, holder, st.id(), st.kind(), st.subject(), st.unit(), label));
        }
        for (Series s : holder) {
            if (s.getKind() != SeriesKind.LAND_AREA && shown.add(s.getId())) {
                out.add(new SeriesColumn(study, holder, s.getId(), s.getKind(), s.getSubject(), s.getUnit(), ModelLabels.series(study, s)));
            }
        }
        return out;
    }

    /** The published figures are the top region's: a subregion has none. */
    static List<GridColumn> reported(Study study, Region region) {
        if (region != null) {
            return List.of();
        }
        Set<String> present = new LinkedHashSet<>();
        for (ReportedValue r : study.getReportedValues()) {
            present.add(r.getComponent());
        }
        List<String> order = new ArrayList<>();
        for (String c : COMPONENTS) {
            if (present.isEmpty() || present.contains(c)) {
                order.add(c);
            }
        }
        for (String c : present) {
            if (!order.contains(c)) {
                order.add(c);
            }
        }
        List<GridColumn> out = new ArrayList<>();
        for (String c : order) {
            out.add(new ReportedColumn(study, c, ModelLabels.component(study, c)));
        }
        return out;
    }

    private static Series find(List<Series> holder, String id) {
        for (Series s : holder) {
            if (id.equals(s.getId())) {
                return s;
            }
        }
        return null;
    }
}
