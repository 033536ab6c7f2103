package org.landcarbon.examples.extending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.accounting.AccountingContext;
import org.landcarbon.accounting.CoefficientSetData;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.MissingInputException;
import org.landcarbon.accounting.ReportedFigure;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Studies;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.scenarios.ProjectedValue;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ProjectionRequest;
import org.landcarbon.scenarios.RuleParameters;
import org.landcarbon.scenarios.YearSeries;

/**
 * The examples of docs/extending.md section 5 compile (they are these classes), do what the guide says, and
 * the guide shows them as they are: each class from its {@code @Component} line on must appear in the guide.
 */
class ExtendingExamplesTest {

    private static final Path SOURCES = Path.of("src/org/landcarbon/examples/extending");
    private static final Path GUIDE = Path.of("../../docs/extending.md");

    @Test
    void theGuideShowsTheCompiledExamples() throws Exception {
        String guide = Files.readString(GUIDE);
        for (String name : List.of("PengSinkCoefficients", "PeatlandMethod", "LogisticMethod", "YearbookImporter", "AuthorNamed")) {
            String source = Files.readString(SOURCES.resolve(name + ".java"));
            String shown = source.substring(source.indexOf("@Component")).strip();
            assertTrue(guide.contains(shown), name + ".java from @Component on is not in " + GUIDE
                    + " as it is in the source; copy it into the guide:\n" + shown);
        }
    }

    /** The study check, registered as outside OSGi, is run by the plain EMF Diagnostician (what validate runs). */
    @Test
    void theStudyCheckReportsAStudyWithoutAuthor() throws Exception {
        org.landcarbon.model.Study s = org.landcarbon.model.LandCarbonFactory.eINSTANCE.createStudy();
        s.setName("Institute study");
        s.setStartYear(2005);
        s.setEndYear(2007);
        try (AutoCloseable registered = org.landcarbon.model.validation.StudyChecks.add(new AuthorNamed())) {
            List<String> found = org.eclipse.emf.ecore.util.Diagnostician.INSTANCE.validate(s).getChildren().stream()
                    .filter(d -> "org.yourinst.checks".equals(d.getSource())).map(org.eclipse.emf.common.util.Diagnostic::getMessage).toList();
            assertEquals(List.of("Study 'Institute study': the notes name no author"), found);
            s.setNotes("Author: R. Chen");
            assertEquals(0, org.eclipse.emf.ecore.util.Diagnostician.INSTANCE.validate(s).getChildren().stream()
                    .filter(d -> "org.yourinst.checks".equals(d.getSource())).count());
        }
    }

    @Test
    void theCoefficientSetReadsItsCitedCsv() {
        List<CoefficientSetData> sets = new PengSinkCoefficients().sets();
        assertEquals(1, sets.size());
        CoefficientSetData set = sets.get(0);
        assertEquals("example-peng-2016-sinks", set.id());
        assertTrue(set.citation().contains("doi:10.5846/stxb201506111188"), set.citation());
        assertEquals(Set.of("sink.garden", "sink.forest", "sink.grassland", "sink.unused", "sink.water"), set.byKey().keySet());
        assertEquals(-0.644, set.byKey().get("sink.forest").value(), 0);
        assertEquals("t C / (hm2 a)", set.byKey().get("sink.forest").unit());
    }

    /** By hand: 1200 hm2 x 2.5 t C/(hm2 a) x 1 a = 3000 t C (test inputs, not real figures). */
    @Test
    void theAccountingMethodMultipliesAreaByFactorAndRecordsBoth() throws Exception {
        PeatlandMethod method = new PeatlandMethod();
        Context c = new Context(Optional.of(new SeriesInput("area.peatland", 2020, Quantity.of(1200, "hm2"), "test", "", null)));
        Trail.Builder builder = Trail.builder(method);

        Quantity e = method.compute("peatland", 2020, c, builder);

        assertEquals(3000, e.in("t C"), 1e-9);
        Trail trail = builder.build();
        assertEquals(List.of("area.peatland"), trail.inputs().stream().map(SeriesInput::seriesId).toList());
        assertEquals(List.of("source.peatland_drainage"), trail.coefficients().stream().map(CoefficientValue::key).toList());
        assertEquals(1, trail.steps().size(), trail.steps().toString());
        assertTrue(trail.steps().get(0).endsWith("= 3000 t C"), trail.steps().get(0));
        assertEquals(Optional.empty(), method.unavailable("peatland", c));

        assertThrows(MissingInputException.class, () -> method.compute("peatland", 2020, new Context(Optional.empty()),
                Trail.builder(method)));
    }

    /** By hand, K 100, r 0.1 from 50: 50 + 0.1 x 50 x 0.5 = 52.5; 52.5 + 0.1 x 52.5 x 0.475 = 54.99375. */
    @Test
    void theProjectionRuleFollowsTheLogisticRecurrence() throws Exception {
        LogisticMethod method = new LogisticMethod();
        ProjectionRequest request = request(Map.of("ceiling", "100", "rate", "0.1"), 2021);

        List<ProjectedValue> out = method.project(request).get("area.forest");

        assertEquals(List.of(2020, 2021), out.stream().map(ProjectedValue::year).toList());
        assertEquals(52.5, out.get(0).value(), 1e-12);
        assertEquals(54.99375, out.get(1).value(), 1e-12);
        assertEquals("logistic to 100 at rate 0.1", method.summarize(request.parameters()));

        ProjectionException low = assertThrows(ProjectionException.class,
                () -> method.project(request(Map.of("ceiling", "40", "rate", "0.1"), 2021)));
        assertTrue(low.getMessage().contains("ceiling 40.0 must be above the last value 50.0"), low.getMessage());
        assertThrows(ProjectionException.class, () -> method.project(request(Map.of("rate", "0.1"), 2021)));
    }

    @Test
    void theImporterPreviewsKnownSeriesAndNamesRowAndColumnOfEachProblem(@TempDir Path dir) throws Exception {
        Study study = LandCarbonFactory.eINSTANCE.createStudy();
        Series forest = Studies.ensureSeries(study, "area.forest", "hm2");
        Studies.setValue(forest, 2019, 100, ProvenanceKind.IMPORTED, "test");
        Path file = dir.resolve("extract.csv");
        Files.writeString(file, "series,year,value\narea.forest,2019,105\narea.forest,2020,110\n"
                + "area.peat,2020,3\narea.forest,20x0,1\narea.forest,2021\n");
        YearbookImporter importer = new YearbookImporter();
        assertEquals(20, importer.recognize(file));

        ImportPreview preview = importer.preview(file, study);

        assertEquals(List.of("extract.csv:2 2019 105.0 prev 100.0", "extract.csv:3 2020 110.0 prev null"),
                preview.changes().stream().map(c -> c.provenance() + " " + c.year() + " " + c.value() + " prev " + c.previous()).toList());
        assertEquals(List.of("4/1 the study has no series 'area.peat'", "5/2 '20x0' is not a year", "6/0 expected 3 cells, found 2"),
                preview.problems().stream().map(p -> p.row() + "/" + p.column() + " " + p.reason()).toList());
        assertTrue(preview.problems().stream().allMatch(p -> p.source().equals("extract.csv")));

        Files.writeString(file, "year,value\n");
        assertEquals(0, importer.recognize(file));
        assertEquals("1/0 the header must be series,year,value", importer.preview(file, study).problems().stream()
                .map(p -> p.row() + "/" + p.column() + " " + p.reason()).findFirst().orElseThrow());
    }

    private static ProjectionRequest request(Map<String, String> parameters, int until) {
        return new ProjectionRequest(List.of("area.forest"), Map.of("area.forest", YearSeries.consecutive(2019, 50)),
                Map.of("area.forest", "hm2"), new RuleParameters("test rule", parameters), until);
    }

    /** A study with one area series (or none) and the drainage factor 2.5 t C/(hm2 a), as test input. */
    private record Context(Optional<SeriesInput> area) implements AccountingContext {
        public Study study() { return null; }
        public Set<String> seriesIds() { return area.isPresent() ? Set.of("area.peatland") : Set.of(); }
        public Optional<SeriesInput> input(String seriesId, int year) {
            return seriesId.equals("area.peatland") ? area : Optional.empty();
        }
        public Set<String> coefficientKeys() { return Set.of("source.peatland_drainage"); }
        public Optional<CoefficientValue> coefficient(String key) {
            return key.equals("source.peatland_drainage")
                    ? Optional.of(new CoefficientValue(key, Quantity.of(2.5, "t C / (hm2 a)"), "test input", "", "test"))
                    : Optional.empty();
        }
        public String coefficientSetDescription() { return "test"; }
        public Set<String> landClasses() { return Set.of("peatland"); }
        public Optional<ReportedFigure> reported(String component, int year) { return Optional.empty(); }
    }
}
