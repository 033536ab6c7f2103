package org.landcarbon.model.samples;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.MethodChoice;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Region;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.study.LandClassSystems;
import org.landcarbon.model.study.Studies;
import org.landcarbon.model.study.StudyConventions;
import org.landcarbon.model.units.Quantity;

/**
 * Builds the sample studies shipped in samples/: "Guizhou 2005-2019" from the seed paper's published tables
 * and text (samples/source, see SOURCES.md there), and the synthetic "Demo county". Deterministic: the same
 * sources give byte-identical files, which SampleStudiesTest checks against the committed ones.
 *
 * <p>Rerun with {@code org.landcarbon.scenarios.SampleScenarios.main(sourceDir, outDir)} after changing a source table or
 * this class: it writes the samples through {@link #writeAll(Path, Path, Extension)}, adding the Guizhou scenarios.
 */
public final class SampleStudies {

    public static final String GUIZHOU_FILE = "guizhou-2005-2019.landcarbon";
    public static final String DEMO_FILE = "demo-county.landcarbon";
    /** The source tables, relative to samples/source. */
    public static final List<String> SOURCE_FILES = List.of("table5-emissions-by-land-type.csv", "coefficients.csv", "stated-areas.csv");

    // the transcription of the paper lacks its title page: it is cited by content, tables and sections (SOURCES.md)
    static final String SEED = "Seed paper (Chinese journal article: land-use carbon emissions of Guizhou Province 2005-2019 "
            + "toward the carbon-peak and carbon-neutrality goals)";
    static final String TABLE5 = SEED + ", Table 5 (表5 贵州省2005—2019年不同土地利用碳排放量, 单位: 万吨)";
    static final String GUIZHOU_SET = "guizhou-2005-2019-seed";
    /** The id of the accounting bundle's method that takes a component from the reported values (the model cannot see it). */
    static final String REPORTED_METHOD = "reported";
    /** The components of Table 5 whose inputs the seed paper does not publish: the Guizhou account takes them as reported. */
    static final List<String> GUIZHOU_REPORTED = List.of("cropland", "construction", "agricultural_land");

    /** Where the generator reads its source tables from. */
    @FunctionalInterface
    public interface Sources {
        Reader open(String file) throws IOException;

        static Sources directory(Path dir) {
            return file -> Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
        }
    }

    private static final LandCarbonFactory F = LandCarbonFactory.eINSTANCE;

    private SampleStudies() {
    }

    // ------------------------------------------------------------------ Guizhou

    /** "Guizhou 2005-2019": what the seed paper publishes, and nothing else. */
    public static Study guizhou(Sources sources) throws IOException {
        SourceTable table5 = SourceTable.read("table5-emissions-by-land-type.csv", sources.open("table5-emissions-by-land-type.csv"));
        SourceTable coefficients = SourceTable.read("coefficients.csv", sources.open("coefficients.csv"));
        SourceTable stated = SourceTable.read("stated-areas.csv", sources.open("stated-areas.csv"));

        Study study = F.createStudy();
        study.setName("Guizhou 2005-2019");
        study.setStartYear(2005);
        study.setEndYear(2019);
        study.setSynthetic(false);
        study.setDataSource(SEED + ". The paper's data: 贵州省国土资源公报 2005-2017, 贵州省自然资源公报 2018-2019, "
                + "贵州统计年鉴 (its section 1.2).");
        study.setNotes("""
                The published figures of the seed paper for Guizhou Province, 2005-2019: Table 5 as reported values \
                (10^4 t C; sinks as positive absorption), the coefficients of Tables 1-3, the areas of the sink classes \
                derived from Table 5 and the sink rates (area = sink / |rate|), and the forest and grassland areas the \
                text states. The paper does not publish its activity data, GDP by sector, energy intensity, crop yields, \
                population or the cropland and construction areas: those series are empty and shown as missing. \
                Text facts not kept as series: GDP 1979.06 10^8 yuan in 2005 and 16769.34 10^8 yuan in 2019 (section 3.2); \
                resident population 3623 10^4 persons at the end of 2020, outside the study period (section 1.1); \
                the 2019 land-use data repeat 2018's (section 1.2). Table 5's sources_total differs from construction + \
                agricultural_land in 2014-2018: validation flags these rows. \
                Accounting: the study chooses the method "reported" for cropland, construction and agricultural_land, so the \
                account takes these three components from Table 5 (marked as reported, not computed): the paper publishes them \
                but not the crop yields, energy intensity, GDP or farm inputs they are computed from. The area sinks (garden, \
                forest, grassland, water, unused) are computed from the areas above and the Table 2 rates; the totals and net \
                are computed from the components. So the computed sources_total of 2014-2018 differs from Table 5's (the audit \
                flags it), while the computed net agrees with Table 5's net to rounding: the published net is construction + \
                agricultural_land - sinks_total in those years too.""");
        study.setDisplayUnits(F.createDisplayUnits());

        Region region = F.createRegion();
        region.setName("Guizhou");
        region.setNameZh("贵州省");
        region.setCode("520000"); // GB/T 2260 administrative division code
        region.setTotalArea(17.61); // section 1.1: 土地总面积为 17.61 万平方千米
        region.setTotalAreaUnit("10^4 km2");
        study.setRegion(region);
        study.setLandClassSystem(LandClassSystems.seed());

        // reported values: Table 5
        Map<String, String> columns = new HashMap<>();
        StudyConventions.COMPONENTS.forEach(c -> columns.put(c, c));
        columns.put("agricultural_land", "agricultural_land_source");
        for (Map<String, String> row : table5.rows()) {
            int year = Integer.parseInt(row.get("year"));
            for (String component : StudyConventions.COMPONENTS) {
                ReportedValue r = F.createReportedValue();
                r.setYear(year);
                r.setComponent(component);
                r.setValue(SourceTable.number(table5, row, columns.get(component)));
                r.setUnit("10^4 t C");
                r.setSource(TABLE5);
                study.getReportedValues().add(r);
            }
        }

        // the components the paper publishes without their inputs: taken from Table 5 (see the notes)
        for (String component : GUIZHOU_REPORTED) {
            MethodChoice choice = F.createMethodChoice();
            choice.setComponent(component);
            choice.setMethodId(REPORTED_METHOD);
            study.getMethodChoices().add(choice);
        }

        // coefficient set: Tables 1-3
        CoefficientSet set = F.createCoefficientSet();
        set.setId(GUIZHOU_SET);
        set.setName("Seed paper coefficients (Guizhou 2005-2019)");
        set.setVersion("1");
        set.setDescription("Emission coefficients of agricultural inputs (Table 1), the coal carbon factor of construction land, "
                + "sink rates (Table 2; negative = absorption, as the paper writes them) and crop coefficients (Table 3) of the seed paper.");
        Map<String, Double> rates = new HashMap<>();
        for (Map<String, String> row : coefficients.rows()) {
            Coefficient c = F.createCoefficient();
            String group = row.get("group");
            String item = row.get("item");
            c.setKey(coefficientKey(group, item));
            c.setValue(SourceTable.number(coefficients, row, "value"));
            c.setUnit(row.get("unit").isBlank() ? "1" : row.get("unit"));
            c.setSource(coefficientSource(group));
            c.setNote(row.get("notes").isBlank() ? null : row.get("notes"));
            set.getEntries().add(c);
            if (group.equals("sink_rate")) {
                rates.put(item, c.getValue());
            }
        }
        study.getCoefficientSets().add(set);
        study.setCoefficientSetId(GUIZHOU_SET);

        // areas: derived from Table 5 and the rates, replaced by what the text states
        Map<String, Map<String, String>> statedByKey = new HashMap<>();
        for (Map<String, String> row : stated.rows()) {
            statedByKey.put(row.get("series") + "@" + row.get("year"), row);
        }
        for (String cls : List.of("cropland", "garden", "forest", "grassland", "water", "unused", "construction")) {
            Series series = Studies.ensureSeries(study, "area." + cls, "10^4 hm2");
            Double rate = rates.get(cls);
            if (rate == null) {
                series.setNote("not published by the seed paper");
                continue;
            }
            series.setNote("derived from Table 5 and the Table 2 sink rate (area = sink / |rate|); areas stated in the text replace derived ones");
            for (Map<String, String> row : table5.rows()) {
                int year = Integer.parseInt(row.get("year"));
                double sink = SourceTable.number(table5, row, cls);
                // the sink of one year over the yearly rate: 10^4 t C / (t C / (hm2 a) x 1 a) = 10^4 hm2
                double area = Quantity.of(sink, "10^4 t C").dividedBy(Quantity.of(Math.abs(rate), "t C / (hm2 a)").times(Quantity.of(1, "a")))
                        .in("10^4 hm2");
                area = round(area, 4); // the published sinks have 2 decimals; 4 keep the quotient without float noise
                String formula = "area = sink / (|rate| x 1 a) = " + plain(sink) + " 10^4 t C / (" + plain(Math.abs(rate))
                        + " t C/(hm2 a) x 1 a) = " + plain(area) + " 10^4 hm2, rounded to 4 decimals (Table 5 " + cls + " " + year
                        + "; Table 2 rate " + plain(rate) + ")";
                Map<String, String> text = statedByKey.get("area." + cls + "@" + year);
                if (text == null) {
                    Studies.setValue(series, year, area, ProvenanceKind.DERIVED, formula);
                } else {
                    double value = SourceTable.number(stated, text, "value");
                    Studies.setValue(series, year, value, ProvenanceKind.STATED, "seed paper, section " + text.get("section")
                            + " (line " + text.get("line") + " of the transcription): " + text.get("quote") + "; derived from Table 5 it would be "
                            + plain(round(area, 2)) + " (" + formula + ")");
                }
            }
        }
        for (String a : StudyConventions.ACTIVITIES) {
            Studies.ensureSeries(study, "activity." + a, StudyConventions.usualUnit("activity." + a)).setNote("not published by the seed paper");
        }
        Studies.ensureSeries(study, "energy_intensity", StudyConventions.usualUnit("energy_intensity")).setNote("not published by the seed paper");
        for (String sector : StudyConventions.GDP_SECTORS) {
            Studies.ensureSeries(study, "gdp." + sector, "10^8 yuan").setNote("not published by the seed paper");
        }
        for (String crop : StudyConventions.CROPS) {
            Studies.ensureSeries(study, "yield." + crop, "t").setNote("not published by the seed paper");
        }
        Studies.ensureSeries(study, "population", "10^4 persons").setNote("not published for 2005-2019 by the seed paper");
        return study;
    }

    private static String coefficientKey(String group, String item) {
        return switch (group) {
            case "agricultural_input" -> "agri." + switch (item) {
                case "fertilizer_pure" -> "fertilizer";
                case "crop_sown_area" -> "sown_area";
                default -> item;
            };
            case "construction" -> {
                if (!item.equals("coal_carbon_factor")) {
                    throw new IllegalArgumentException("coefficients.csv: unknown construction item " + item);
                }
                yield "construction.coal_factor";
            }
            case "sink_rate" -> "sink." + item;
            case "crop_economic_coefficient" -> "crop.economic_coefficient." + item;
            case "crop_carbon_absorption_rate" -> "crop.carbon_rate." + item;
            default -> throw new IllegalArgumentException("coefficients.csv: unknown group " + group);
        };
    }

    private static String coefficientSource(String group) {
        return switch (group) {
            case "agricultural_input" -> SEED + ", Table 1 (表1 农用地各指标碳排放转换系数), after its references [14,15]";
            case "construction" -> SEED + ", section 2.2: K = 0.7476 t(C)/t, the coal consumption factor, after Wang Guibo and Nan Ling [15]";
            case "sink_rate" -> SEED + ", Table 2 (表2 各类土地利用碳吸收率), after Peng Wenfu et al. [12]";
            default -> SEED + ", Table 3 (表3 贵州省主要农作物经济系数和碳吸收率)";
        };
    }

    // ------------------------------------------------------------------ Demo county

    /** Years of the demo county. */
    static final int DEMO_START = 2005;
    static final int DEMO_END = 2020;
    /** Seed of the pseudo-random wobble; java.util.Random is specified to give the same sequence everywhere. */
    static final long DEMO_SEED = 20_260_101L;

    /** "Demo county": every series filled with plausible, made-up numbers. */
    public static Study demoCounty() {
        Random random = new Random(DEMO_SEED);
        String synthetic = "synthetic (SampleStudies.demoCounty, seed " + DEMO_SEED + ")";
        Study study = F.createStudy();
        study.setName("Demo county (synthetic)");
        study.setStartYear(DEMO_START);
        study.setEndYear(DEMO_END);
        study.setSynthetic(true);
        study.setDataSource("SYNTHETIC: made-up data for trying the methods; not any real county.");
        study.setNotes("""
                SYNTHETIC DATA. A made-up county of 24 10^4 hm2 with every series of docs/study-conventions.md filled with \
                plausible magnitudes (trends plus a seeded wobble), generated by SampleStudies.demoCounty(). Use it to try the \
                methods; never cite its numbers. The coefficients are real literature values (see each source).""");
        study.setDisplayUnits(F.createDisplayUnits());
        Region region = F.createRegion();
        region.setName("Demo County (synthetic)");
        region.setNameZh("示范县（虚构）");
        region.setTotalArea(2400.0);
        region.setTotalAreaUnit("km2");
        study.setRegion(region);
        study.setLandClassSystem(LandClassSystems.seed());

        // land: classes follow trends; unused land takes up the rest of the 24 10^4 hm2
        Map<String, double[]> areaTrends = new java.util.LinkedHashMap<>();
        areaTrends.put("cropland", new double[] { 6.0, -0.003 });
        areaTrends.put("garden", new double[] { 0.8, 0.008 });
        areaTrends.put("forest", new double[] { 11.5, 0.002 });
        areaTrends.put("grassland", new double[] { 1.6, -0.010 });
        areaTrends.put("water", new double[] { 0.7, 0.0 });
        areaTrends.put("construction", new double[] { 1.4, 0.030 });
        double total = 24.0;
        Map<Integer, Double> used = new HashMap<>();
        for (Map.Entry<String, double[]> e : areaTrends.entrySet()) {
            Series s = Studies.ensureSeries(study, "area." + e.getKey(), "10^4 hm2");
            for (int y = DEMO_START; y <= DEMO_END; y++) {
                double v = round(trend(e.getValue(), y) * (1 + 0.002 * random.nextGaussian()), 4);
                used.merge(y, v, Double::sum);
                Studies.setValue(s, y, v, ProvenanceKind.ENTERED, synthetic);
            }
        }
        Series unused = Studies.ensureSeries(study, "area.unused", "10^4 hm2");
        for (int y = DEMO_START; y <= DEMO_END; y++) {
            Studies.setValue(unused, y, round(total - used.get(y), 4), ProvenanceKind.ENTERED, synthetic + "; the rest of the county's area");
        }

        // agricultural activity: {base value in 2005, yearly growth}
        fill(study, "activity.fertilizer", "t", new double[] { 21_000, 0.012 }, 0.02, 0, random, synthetic);
        fill(study, "activity.sown_area", "hm2", new double[] { 90_000, 0.002 }, 0.01, 0, random, synthetic);
        fill(study, "activity.machinery_power", "kW", new double[] { 360_000, 0.030 }, 0.01, 0, random, synthetic);
        fill(study, "activity.irrigated_area", "hm2", new double[] { 25_000, 0.008 }, 0.005, 0, random, synthetic);
        fill(study, "activity.plastic_film", "kg", new double[] { 1_200_000, 0.025 }, 0.03, 0, random, synthetic);
        // economy and energy
        fill(study, "energy_intensity", "t standard coal / 10^4 yuan", new double[] { 1.25, -0.040 }, 0.01, 3, random, synthetic);
        fill(study, "gdp.primary", "10^8 yuan", new double[] { 30, 0.045 }, 0.01, 2, random, synthetic);
        fill(study, "gdp.secondary", "10^8 yuan", new double[] { 55, 0.090 }, 0.015, 2, random, synthetic);
        fill(study, "gdp.tertiary", "10^8 yuan", new double[] { 42, 0.105 }, 0.01, 2, random, synthetic);
        fill(study, "energy.raw_coal", "10^4 t", new double[] { 120, 0.010 }, 0.02, 2, random, synthetic);
        fill(study, "energy.coke", "10^4 t", new double[] { 8, 0.005 }, 0.03, 2, random, synthetic);
        fill(study, "energy.crude_oil", "10^4 t", new double[] { 2.5, 0.0 }, 0.03, 2, random, synthetic);
        fill(study, "energy.gasoline", "10^4 t", new double[] { 6, 0.060 }, 0.02, 2, random, synthetic);
        fill(study, "energy.kerosene", "10^4 t", new double[] { 0.3, 0.040 }, 0.03, 3, random, synthetic);
        fill(study, "energy.diesel", "10^4 t", new double[] { 9, 0.040 }, 0.02, 2, random, synthetic);
        fill(study, "energy.fuel_oil", "10^4 t", new double[] { 0.8, -0.030 }, 0.03, 3, random, synthetic);
        fill(study, "energy.natural_gas", "10^8 m3", new double[] { 0.6, 0.120 }, 0.02, 3, random, synthetic);
        // crop yields (t): sown area of each crop times a usual yield per hm2
        double[][] crops = { { 130_000, 0.006 }, { 15_000, -0.010 }, { 137_000, 0.015 }, { 10_800, 0.005 }, { 48_000, 0.004 },
                { 30_000, 0.008 }, { 6_000, 0.010 }, { 30_000, -0.005 }, { 6_000, 0.0 } };
        for (int i = 0; i < StudyConventions.CROPS.size(); i++) {
            fill(study, "yield." + StudyConventions.CROPS.get(i), "t", crops[i], 0.04, 0, random, synthetic);
        }
        fill(study, "population", "10^4 persons", new double[] { 62, -0.003 }, 0.002, 2, random, synthetic);

        // coefficients: the seed's set plus fuel factors for the direct (by fuel) construction method
        CoefficientSet set = F.createCoefficientSet();
        set.setId("demo-county");
        set.setName("Demo county coefficients");
        set.setVersion("1");
        set.setDescription("The seed paper's coefficients (Tables 1-3) and fuel carbon factors (NCV x IPCC 2006 default carbon content).");
        seedCoefficients(set);
        // fuel: NCV of China's energy statistics (GB/T 2589, GJ per t or per 10^4 m3) x IPCC 2006 default carbon content (kg C/GJ)
        fuel(set, "raw_coal", 20.908, 25.8, "t C / t", "raw coal NCV 20 908 kJ/kg; other bituminous coal 25.8 kg C/GJ");
        fuel(set, "coke", 28.435, 29.2, "t C / t", "coke NCV 28 435 kJ/kg; coke oven coke 29.2 kg C/GJ");
        fuel(set, "crude_oil", 41.816, 20.0, "t C / t", "crude oil NCV 41 816 kJ/kg; crude oil 20.0 kg C/GJ");
        fuel(set, "gasoline", 43.070, 18.9, "t C / t", "gasoline NCV 43 070 kJ/kg; motor gasoline 18.9 kg C/GJ");
        fuel(set, "kerosene", 43.070, 19.6, "t C / t", "kerosene NCV 43 070 kJ/kg; other kerosene 19.6 kg C/GJ");
        fuel(set, "diesel", 42.652, 20.2, "t C / t", "diesel NCV 42 652 kJ/kg; gas/diesel oil 20.2 kg C/GJ");
        fuel(set, "fuel_oil", 41.816, 21.1, "t C / t", "fuel oil NCV 41 816 kJ/kg; residual fuel oil 21.1 kg C/GJ");
        fuel(set, "natural_gas", 389.31, 15.3, "t C / 10^4 m3", "natural gas NCV 38 931 kJ/m3; natural gas 15.3 kg C/GJ");
        study.getCoefficientSets().add(set);
        study.setCoefficientSetId(set.getId());
        return study;
    }

    private static double trend(double[] baseAndGrowth, int year) {
        return baseAndGrowth[0] * Math.pow(1 + baseAndGrowth[1], year - DEMO_START);
    }

    private static void fill(Study study, String id, String unit, double[] trend, double wobble, int decimals, Random random, String detail) {
        Series s = Studies.ensureSeries(study, id, unit);
        for (int y = DEMO_START; y <= DEMO_END; y++) {
            double v = trend(trend, y) * (1 + wobble * random.nextGaussian());
            Studies.setValue(s, y, round(Math.max(v, 0), decimals), ProvenanceKind.ENTERED, detail);
        }
    }

    private static void seedCoefficients(CoefficientSet set) {
        String[][] entries = {
            { "agri.fertilizer", "895.6", "kg C / t", "agricultural_input" },
            { "agri.sown_area", "16.47", "kg C / hm2", "agricultural_input" },
            { "agri.machinery_power", "0.18", "kg C / kW", "agricultural_input" },
            { "agri.irrigated_area", "266.48", "kg C / hm2", "agricultural_input" },
            { "agri.plastic_film", "5.18", "kg C / kg", "agricultural_input" },
            { "construction.coal_factor", "0.7476", "t C / t standard coal", "construction" },
            { "sink.garden", "-0.644", "t C / (hm2 a)", "sink_rate" },
            { "sink.forest", "-0.644", "t C / (hm2 a)", "sink_rate" },
            { "sink.grassland", "-0.021", "t C / (hm2 a)", "sink_rate" },
            { "sink.unused", "-0.005", "t C / (hm2 a)", "sink_rate" },
            { "sink.water", "-0.218", "t C / (hm2 a)", "sink_rate" },
        };
        for (String[] e : entries) {
            set.getEntries().add(coefficient(e[0], Double.parseDouble(e[1]), e[2], coefficientSource(e[3])));
        }
        double[] economic = { 0.40, 0.40, 0.40, 0.34, 0.70, 0.25, 0.43, 0.50, 0.55 };
        double[] carbon = { 0.4709, 0.4853, 0.4709, 0.45, 0.45, 0.45, 0.45, 0.45, 0.45 };
        for (int i = 0; i < StudyConventions.CROPS.size(); i++) {
            String crop = StudyConventions.CROPS.get(i);
            set.getEntries().add(coefficient("crop.economic_coefficient." + crop, economic[i], "1", coefficientSource("crop")));
            set.getEntries().add(coefficient("crop.carbon_rate." + crop, carbon[i], "1", coefficientSource("crop")));
        }
    }

    private static void fuel(CoefficientSet set, String fuel, double ncv, double carbonContent, String unit, String what) {
        double factor = round(ncv * carbonContent / 1000, 4); // GJ per unit x kg C/GJ / 1000 = t C per unit
        Coefficient c = coefficient("fuel." + fuel + ".factor", factor, unit, "NCV: China Energy Statistical Yearbook / GB/T 2589; "
                + "carbon content: 2006 IPCC Guidelines, Vol. 2, Table 1.3 (default), oxidation factor 1");
        c.setNote(what + " = " + plain(ncv) + " x " + plain(carbonContent) + " / 1000");
        set.getEntries().add(c);
    }

    private static Coefficient coefficient(String key, double value, String unit, String source) {
        Coefficient c = F.createCoefficient();
        c.setKey(key);
        c.setValue(value);
        c.setUnit(unit);
        c.setSource(source);
        return c;
    }

    private static double round(double v, int decimals) {
        return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    // ------------------------------------------------------------------ files

    /** Writes both samples into {@code outDir}, reading the Guizhou tables from {@code sourceDir}. */
    public static void writeAll(Path sourceDir, Path outDir) throws IOException {
        writeAll(sourceDir, outDir, (file, study) -> {
        });
    }

    // ---- scenarios: a hook, because the scenarios bundle depends on the model and not the reverse

    /**
     * Adds to a sample what other bundles build, before it is written: the shipped Guizhou sample
     * carries the scenarios of {@code org.landcarbon.scenarios.SampleScenarios}, whose {@code main}
     * regenerates the shipped files with them.
     */
    @FunctionalInterface
    public interface Extension {
        void extend(String sampleFile, Study study);
    }

    /** Writes both samples, each passed through {@code extension} first. */
    public static void writeAll(Path sourceDir, Path outDir, Extension extension) throws IOException {
        Study guizhou = guizhou(Sources.directory(sourceDir));
        extension.extend(GUIZHOU_FILE, guizhou);
        Study demo = demoCounty();
        extension.extend(DEMO_FILE, demo);
        StudyFiles.save(guizhou, outDir.resolve(GUIZHOU_FILE));
        StudyFiles.save(demo, outDir.resolve(DEMO_FILE));
        Files.deleteIfExists(StudyFiles.backupOf(outDir.resolve(GUIZHOU_FILE)));
        Files.deleteIfExists(StudyFiles.backupOf(outDir.resolve(DEMO_FILE)));
    }

    /** {@code SampleStudies <source dir> <output dir>}: regenerates the sample files. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SampleStudies <samples/source dir> <samples dir>");
            System.exit(2);
        }
        writeAll(Path.of(args[0]), Path.of(args[1]));
        System.out.println("wrote " + Path.of(args[1]).resolve(GUIZHOU_FILE) + " and " + Path.of(args[1]).resolve(DEMO_FILE)
                + " without scenarios; the shipped files are written by org.landcarbon.scenarios.SampleScenarios");
    }
}
