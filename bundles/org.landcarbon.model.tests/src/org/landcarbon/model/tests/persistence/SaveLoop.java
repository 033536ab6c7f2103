package org.landcarbon.model.tests.persistence;

import java.nio.file.Path;

import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;

/**
 * Runs in a separate JVM for {@link KillDuringSaveTest}: saves generation after generation of a study to one
 * file until it is killed, printing "saved N" after each completed save.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    /** A study whose every value encodes its generation, so a mix of two generations is detectable. */
    public static Study generation(int generation, int values) {
        LandCarbonFactory f = LandCarbonFactory.eINSTANCE;
        Study study = f.createStudy();
        study.setName("generation " + generation);
        study.setStartYear(1);
        study.setEndYear(values);
        Series series = f.createSeries();
        series.setId("area.forest");
        series.setKind(SeriesKind.LAND_AREA);
        series.setUnit("hm2");
        for (int k = 0; k < values; k++) {
            YearValue v = f.createYearValue();
            v.setYear(k + 1);
            v.setValue(generation * 1_000_000.0 + k);
            series.getValues().add(v);
        }
        study.getSeries().add(series);
        return study;
    }

    /** The generation of a loaded study, after checking it is complete and not mixed. */
    public static int check(Study study, int values) {
        int generation = Integer.parseInt(study.getName().substring("generation ".length()));
        Series series = study.getSeries().get(0);
        if (series.getValues().size() != values) {
            throw new AssertionError(study.getName() + " has " + series.getValues().size() + " values, expected " + values);
        }
        for (int k = 0; k < values; k++) {
            if (series.getValues().get(k).getValue() != generation * 1_000_000.0 + k) {
                throw new AssertionError(study.getName() + ": value " + k + " is " + series.getValues().get(k).getValue());
            }
        }
        return generation;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        int values = Integer.parseInt(args[2]);
        System.out.println("started");
        System.out.flush();
        for (int g = first;; g++) {
            StudyFiles.save(generation(g, values), file);
            System.out.println("saved " + g);
            System.out.flush();
        }
    }
}
