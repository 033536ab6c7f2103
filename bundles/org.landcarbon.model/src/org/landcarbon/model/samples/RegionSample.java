package org.landcarbon.model.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.study.Regions;

/**
 * The region sample {@value #FILE}: the Guizhou sample (province, its published figures unchanged) with three
 * SYNTHETIC subregions that split each of the province's land areas by the fixed shares of {@link #SHARES}. The
 * subregions are not real prefectures and their numbers are made up; they exist to try the per-region account,
 * analyses and the validator's sum check on data whose whole is the published one. Regenerate with
 * {@code java ... org.landcarbon.model.samples.RegionSample samples/} (docs/regions.md).
 */
public final class RegionSample {

    public static final String FILE = "guizhou-regions-synthetic.landcarbon";

    /** Share of subregions SYN01 and SYN02 per land class; SYN03 gets the rest, so the parts add up exactly. */
    static final Map<String, double[]> SHARES = Map.of("cropland", new double[] { 0.40, 0.35 }, "garden", new double[] { 0.50, 0.30 },
            "forest", new double[] { 0.40, 0.35 }, "grassland", new double[] { 0.30, 0.45 }, "water", new double[] { 0.25, 0.25 },
            "unused", new double[] { 0.20, 0.50 }, "construction", new double[] { 0.55, 0.25 });

    private static final List<String> CODES = List.of("SYN01", "SYN02", "SYN03");

    private RegionSample() {
    }

    /** The sample built from a loaded Guizhou sample (which is not changed). */
    public static Study build(Study guizhou) {
        Study s = EcoreUtil.copy(guizhou);
        s.setName("Guizhou 2005-2019 with three synthetic subregions");
        s.setSynthetic(true);
        s.setNotes("SYNTHETIC SUBREGIONS. The province (520000) is the Guizhou sample unchanged: the seed paper's published "
                + "figures. Its three subregions SYN01-SYN03 are made up: each land area of the province is split by fixed "
                + "shares (RegionSample.SHARES, docs/regions.md), the third subregion taking the rest, so that the parts add up "
                + "to the published whole. They are not real prefectures; use them to try the per-region commands.");
        s.setDataSource("Province: " + guizhou.getDataSource() + " Subregions: synthetic split by org.landcarbon.model.samples.RegionSample.");
        Region top = s.getRegion();
        for (int i = 0; i < CODES.size(); i++) {
            Regions.addSubregion(top, CODES.get(i), "Synthetic subregion " + (char) ('A' + i) + " (not a real prefecture)");
        }
        for (Series area : s.getSeries()) {
            if (area.getKind() != SeriesKind.LAND_AREA || area.getValues().isEmpty() || !SHARES.containsKey(area.getSubject())) {
                continue;
            }
            double[] share = SHARES.get(area.getSubject());
            Series[] parts = new Series[CODES.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = EcoreUtil.copy(area);
                parts[i].getValues().clear();
                parts[i].setNote("SYNTHETIC: " + (i < 2 ? percent(share[i]) + " of" : "the rest (" + percent(1 - share[0] - share[1])
                        + ") of") + " the province's " + area.getId() + " (RegionSample.SHARES)");
                top.getSubregions().get(i).getSeries().add(parts[i]);
            }
            for (YearValue v : area.getValues()) {
                BigDecimal whole = new BigDecimal(Double.toString(v.getValue()));
                int scale = Math.max(2, whole.scale());
                BigDecimal a = whole.multiply(BigDecimal.valueOf(share[0])).setScale(scale, RoundingMode.HALF_UP);
                BigDecimal b = whole.multiply(BigDecimal.valueOf(share[1])).setScale(scale, RoundingMode.HALF_UP);
                BigDecimal c = whole.subtract(a).subtract(b);
                BigDecimal[] values = { a, b, c };
                for (int i = 0; i < parts.length; i++) {
                    YearValue p = EcoreUtil.copy(v);
                    p.setValue(values[i].doubleValue());
                    p.setProvenance(ProvenanceKind.DERIVED);
                    p.setProvenanceDetail("SYNTHETIC: " + (i < 2 ? percent(share[i]) + " x " : "rest of ") + whole.toPlainString()
                            + " (the province's " + v.getYear() + " value" + (i < 2 ? ")" : " minus SYN01 and SYN02)"));
                    parts[i].getValues().add(p);
                }
            }
        }
        return s;
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** Writes {@value #FILE} from {@link SampleStudies#GUIZHOU_FILE} in the folder given. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples");
        StudyFiles.save(build(StudyFiles.load(dir.resolve(SampleStudies.GUIZHOU_FILE))), dir.resolve(FILE));
    }
}
