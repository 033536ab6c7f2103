package org.landcarbon.io.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;

/**
 * Reads the units people write in spreadsheet headers into the model's {@link Unit}s: the model's
 * own spellings ("10^4 hm2", "t standard coal / 10^4 yuan"), Chinese ones (万公顷, 吨标准煤/万元) and
 * typographic ones (10⁴ hm², 10^4hm2).
 */
public final class Units {

    /** Chinese unit names, longest first so that 万吨标准煤 is not read as 万吨 + 标准煤. */
    private static final Map<String, String> CHINESE = new LinkedHashMap<>();
    private static final Pattern GLUED_POWER = Pattern.compile("10\\^(\\d+)(?=[^\\s\\d])");

    static {
        CHINESE.put("万吨标准煤", "10^4 t standard coal");
        CHINESE.put("吨标准煤", "t standard coal");
        CHINESE.put("亿立方米", "10^8 m3");
        CHINESE.put("万立方米", "10^4 m3");
        CHINESE.put("平方公里", "km2");
        CHINESE.put("平方千米", "km2");
        CHINESE.put("万公顷", "10^4 hm2");
        CHINESE.put("立方米", "m3");
        CHINESE.put("平方米", "m2");
        CHINESE.put("万千瓦", "10^4 kW");
        CHINESE.put("公顷", "hm2");
        CHINESE.put("万亩", "10^4 mu");
        CHINESE.put("万吨", "10^4 t");
        CHINESE.put("千克", "kg");
        CHINESE.put("公斤", "kg");
        CHINESE.put("千瓦", "kW");
        CHINESE.put("万元", "10^4 yuan");
        CHINESE.put("亿元", "10^8 yuan");
        CHINESE.put("万人", "10^4 persons");
        CHINESE.put("亩", "mu");
        CHINESE.put("吨", "t");
        CHINESE.put("元", "yuan");
        CHINESE.put("人", "persons");
    }

    private Units() {
    }

    /** The unit a text names, or empty when it names none the workbench knows. */
    public static Optional<Unit> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Unit.parse(normalize(text)));
        } catch (UnitException e) {
            return Optional.empty();
        }
    }

    static String normalize(String text) {
        String s = text.strip().replace("10⁴", "10^4").replace("10⁶", "10^6").replace("10⁸", "10^8")
                .replace('²', '2').replace('³', '3').replace('／', '/').replace('　', ' ');
        StringBuilder out = new StringBuilder();
        for (String part : s.split("/", -1)) {
            String p = part.strip();
            String english = CHINESE.get(p);
            if (!out.isEmpty()) {
                out.append(" / ");
            }
            out.append(english != null ? english : GLUED_POWER.matcher(p).replaceAll("10^$1 "));
        }
        return out.toString();
    }
}
