package org.landcarbon.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.model.samples.SampleStudies;

/**
 * The scenarios the shipped samples carry, built from each sample's own history by the
 * templates. Called by the sample generator; documented in docs/scenarios.md.
 */
public final class SampleScenarios {

    /** First year of the Guizhou base period: 2009 to 2010 is a break in the land-survey series. */
    public static final int GUIZHOU_TREND_FROM = 2010;
    public static final int GUIZHOU_HORIZON = 2060;
    /**
     * The Guizhou components the account cannot compute from the sample (it has no activity data,
     * no GDP, no crop yields): their reported history is projected instead.
     */
    public static final List<String> GUIZHOU_REPORTED_COMPONENTS = List.of("construction", "agricultural_land", "cropland");

    private static final String COMMON = """
             Illustrative: built by the workbench's scenario templates from the sample's own 2010-2019 \
            history, not a forecast. The sample holds only the sink-class areas and the published Table 5 \
            values; it has no activity data, energy or GDP, so construction-land emission, agricultural-land \
            emission and cropland absorption are projected from their published 2010-2019 values (marked \
            reported.<component>), the area-based sinks from the projected areas. 2010 is the first year \
            after the 2009/2010 break of the land-survey series (forest +108.8, grassland -152.3 \
            10^4 hm2). No GDP: decoupling cannot be computed.""";

    /** The demo county's horizon; its base period is its whole history (no break in its synthetic series). */
    public static final int DEMO_HORIZON = 2060;

    private static final String DEMO_COMMON = """
             Illustrative and SYNTHETIC: built by the workbench's scenario templates from the demo county's own \
            made-up history (trends of its first to last year), to try scenario comparison and decoupling; never cite \
            its numbers. The demo holds every input, so the account computes every component from the projected \
            series; nothing is taken as reported.""";

    private SampleScenarios() {
    }

    /** Natural development, ecological protection and economic development for the Guizhou sample, to 2060. */
    public static List<Scenario> guizhou(Study study) {
        List<Scenario> out = new ArrayList<>();
        Scenario natural = ScenarioTemplates.create(ScenarioTemplate.NATURAL_DEVELOPMENT, study, GUIZHOU_HORIZON,
                GUIZHOU_TREND_FROM, GUIZHOU_REPORTED_COMPONENTS);
        natural.setDescription("Trends continue: each rising quantity follows its 2010-2019 least-squares linear trend "
                + "from its 2019 value; each falling one falls at its 2010-2019 average annual rate." + COMMON);
        out.add(natural);
        Scenario ecological = ScenarioTemplates.create(ScenarioTemplate.ECOLOGICAL_PROTECTION, study, GUIZHOU_HORIZON,
                GUIZHOU_TREND_FROM, GUIZHOU_REPORTED_COMPONENTS);
        ecological.setDescription("Construction-land emission grows at half its 2010-2019 trend until "
                + ScenarioTemplates.POLICY_YEAR + " and is held at that level after (construction land stops "
                + "expanding); forest area grows " + ScenarioTemplates.FOREST_GROWTH_PCT + " %/a (afforestation); "
                + "sink-land areas that were shrinking (grassland, water, unused land) are held at their 2019 areas; "
                + "the rest as natural development. These policy figures are assumptions of the example." + COMMON);
        out.add(ecological);
        Scenario economic = ScenarioTemplates.create(ScenarioTemplate.ECONOMIC_DEVELOPMENT, study, GUIZHOU_HORIZON,
                GUIZHOU_TREND_FROM, GUIZHOU_REPORTED_COMPONENTS);
        economic.setDescription("Construction-land emission grows at one and a half times its 2010-2019 trend "
                + "(faster urban and industrial expansion); the rest as natural development. The factor 1.5 is an "
                + "assumption of the example." + COMMON);
        out.add(economic);
        out.forEach(s -> s.setIllustrative(true));
        return out;
    }

    /**
     * Natural development, ecological protection and economic development for the synthetic demo county,
     * to 2060, from the trends of its whole history.
     */
    public static List<Scenario> demo(Study study) {
        int from = study.getStartYear();
        String base = from + "-" + study.getEndYear();
        List<Scenario> out = new ArrayList<>();
        Scenario natural = ScenarioTemplates.create(ScenarioTemplate.NATURAL_DEVELOPMENT, study, DEMO_HORIZON, from, List.of());
        natural.setDescription("Trends continue: each rising series follows its " + base + " least-squares linear trend "
                + "from its last value; each falling one falls at its " + base + " average annual rate." + DEMO_COMMON);
        out.add(natural);
        Scenario ecological = ScenarioTemplates.create(ScenarioTemplate.ECOLOGICAL_PROTECTION, study, DEMO_HORIZON, from, List.of());
        ecological.setDescription("Construction-land area grows at half its " + base + " trend until "
                + ScenarioTemplates.POLICY_YEAR + " and is held after; forest area grows " + ScenarioTemplates.FOREST_GROWTH_PCT
                + " %/a; cropland area and the sink-land areas that were shrinking are held at their last values; the rest as "
                + "natural development. These policy figures are assumptions of the example." + DEMO_COMMON);
        out.add(ecological);
        Scenario economic = ScenarioTemplates.create(ScenarioTemplate.ECONOMIC_DEVELOPMENT, study, DEMO_HORIZON, from, List.of());
        economic.setDescription("Construction-land area and the rising GDP series grow at one and a half times their " + base
                + " trends; the rest as natural development. The factor 1.5 is an assumption of the example." + DEMO_COMMON);
        out.add(economic);
        out.forEach(s -> s.setIllustrative(true));
        return out;
    }

    /**
     * The step {@link SampleStudies#writeAll(Path, Path, SampleStudies.Extension)} runs on each sample:
     * the Guizhou sample and the demo county get their three scenarios each.
     */
    public static void extend(String sampleFile, Study study) {
        if (SampleStudies.GUIZHOU_FILE.equals(sampleFile)) {
            addGuizhou(study);
        } else if (SampleStudies.DEMO_FILE.equals(sampleFile)) {
            replace(study, demo(study));
        }
    }

    /**
     * {@code SampleScenarios <samples/source dir> <samples dir>}: regenerates the shipped samples
     * with their scenarios (the model's generator cannot build them: the model does
     * not depend on this bundle).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SampleScenarios <samples/source dir> <samples dir>");
            System.exit(2);
        }
        SampleStudies.writeAll(Path.of(args[0]), Path.of(args[1]), SampleScenarios::extend);
        System.out.println("wrote the samples to " + args[1] + ", " + SampleStudies.GUIZHOU_FILE + " and " + SampleStudies.DEMO_FILE + " with their scenarios");
    }

    /** Adds the Guizhou scenarios to the study, replacing any of the same names. */
    public static void addGuizhou(Study study) {
        replace(study, guizhou(study));
    }

    private static void replace(Study study, List<Scenario> scenarios) {
        for (Scenario s : scenarios) {
            study.getScenarios().removeIf(x -> s.getName().equals(x.getName()));
            study.getScenarios().add(s);
        }
    }
}
