package org.landcarbon.model.persistence;

import java.util.List;

import org.w3c.dom.Document;

/**
 * The steps that bring an older study file up to {@link StudyFiles#FORMAT_VERSION}. Each step works on the
 * file's XML before EMF reads it, so renamed or restructured elements can be rewritten; steps run in order.
 */
final class StudyMigrations {

    /** One step from {@code from} to {@code from + 1}. */
    interface Step {
        int from();

        /** What the step changes, for the log and docs/study-files.md. */
        String describe();

        void apply(Document document);
    }

    /**
     * Version 1 (the first model) wrote no formatVersion attribute and had no Series.note. Version 2 always
     * writes formatVersion and adds Series.note; a version 1 document is valid version 2 content as it is.
     */
    static final Step V1_TO_V2 = new Step() {
        @Override
        public int from() {
            return 1;
        }

        @Override
        public String describe() {
            return "1 -> 2: stamp formatVersion (series notes are new and optional)";
        }

        @Override
        public void apply(Document document) {
            document.getDocumentElement().setAttribute("formatVersion", "2");
        }
    };

    /**
     * Version 3 adds the region tree (Region.subregions) and a subregion's own series (Region.series); both
     * are optional containments, so a version 2 document is valid version 3 content (one region, its series
     * in Study.series, as before).
     */
    static final Step V2_TO_V3 = new Step() {
        @Override
        public int from() {
            return 2;
        }

        @Override
        public String describe() {
            return "2 -> 3: stamp formatVersion (subregions and their series are new and optional)";
        }

        @Override
        public void apply(Document document) {
            document.getDocumentElement().setAttribute("formatVersion", "3");
        }
    };

    static final List<Step> STEPS = List.of(V1_TO_V2, V2_TO_V3);

    private StudyMigrations() {
    }

    /** Applies every step from {@code version} up to the current version. */
    static void migrate(Document document, int version) {
        for (Step step : STEPS) {
            if (step.from() >= version) {
                step.apply(document);
            }
        }
    }
}
