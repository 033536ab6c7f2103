package org.landcarbon.io.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.landcarbon.io.internal.SeriesCatalog.SeriesType;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.LandClassAliases;

/**
 * Maps what a user writes in a header or a series cell to a series id: the id itself, a land-class
 * id or name of the study's land-class system or a name papers use for it (English or Chinese, e.g.
 * "Woodland" or 林地, optionally followed by "area" or 面积; {@link LandClassAliases}), or the Chinese name
 * of a standard series (e.g. 人口).
 */
public final class ColumnNames {

    /** A header split into its name and the unit in brackets after it, if any. */
    public record Header(String name, String unit) {
    }

    private static final Pattern WITH_UNIT = Pattern.compile("^(.*?)\\s*[\\[(（【]\\s*(.*?)\\s*[\\])）】]\\s*$");
    private static final Set<String> YEAR = Set.of("year", "years", "年份", "年", "年度");
    private static final Set<String> UNIT = Set.of("unit", "units", "单位");
    private static final Map<String, String> CHINESE = new HashMap<>();

    static {
        alias("activity.fertilizer", "化肥", "化肥施用量", "化肥施用折纯量", "农用化肥施用折纯量");
        alias("activity.sown_area", "农作物播种面积", "农作物总播种面积", "播种面积");
        alias("activity.machinery_power", "农业机械总动力", "农机总动力");
        alias("activity.irrigated_area", "有效灌溉面积");
        alias("activity.plastic_film", "农用塑料薄膜", "农用塑料薄膜使用量", "农膜");
        alias("energy_intensity", "能源强度", "单位gdp能耗");
        alias("gdp.primary", "第一产业", "第一产业增加值");
        alias("gdp.secondary", "第二产业", "第二产业增加值");
        alias("gdp.tertiary", "第三产业", "第三产业增加值");
        alias("population", "人口", "常住人口", "年末常住人口");
    }

    private ColumnNames() {
    }

    private static void alias(String id, String... names) {
        for (String n : names) {
            CHINESE.put(n, id);
        }
    }

    public static Header split(String header) {
        Matcher m = WITH_UNIT.matcher(header.strip());
        if (m.matches() && !m.group(1).isBlank()) {
            return new Header(m.group(1).strip(), m.group(2).strip());
        }
        return new Header(header.strip(), null);
    }

    public static boolean isYear(String header) {
        return YEAR.contains(split(header).name().toLowerCase(Locale.ROOT));
    }

    public static boolean isUnitLabel(String cell) {
        return UNIT.contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    /** The series a name means in this study; empty when it means none. */
    public static Optional<SeriesType> resolve(String name, Study study) {
        String n = name.strip();
        String lower = n.toLowerCase(Locale.ROOT);
        Optional<SeriesType> known = SeriesCatalog.describe(lower, study);
        if (known.isPresent()) {
            return known;
        }
        for (Series s : study.getSeries()) {
            if (n.equals(s.getId())) {
                return Optional.of(SeriesCatalog.of(s, s.getUnit()));
            }
        }
        String bare = lower.replaceAll("\\s*(area|面积)$", "");
        Optional<String> landClass = LandClassAliases.resolve(bare, study);
        if (landClass.isPresent()) {
            return Optional.of(SeriesCatalog.of("area." + landClass.get()));
        }
        String id = CHINESE.get(lower);
        return id == null ? Optional.empty() : SeriesCatalog.describe(id, study);
    }

    /** The study's class names, for a message: "cropland 耕地, forest 林地, ...". */
    public static String classList(Study study) {
        if (study.getLandClassSystem() == null || study.getLandClassSystem().getClasses().isEmpty()) {
            return "(the study has no land classes)";
        }
        return study.getLandClassSystem().getClasses().stream()
                .map(c -> c.getId() + (c.getNameZh() == null ? "" : " " + c.getNameZh()))
                .collect(Collectors.joining(", "));
    }
}
