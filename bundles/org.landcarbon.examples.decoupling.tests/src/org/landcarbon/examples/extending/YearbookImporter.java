package org.landcarbon.examples.extending;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.ImportProblem.Severity;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.io.ValueChange;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Studies;
import org.osgi.service.component.annotations.Component;

// docs/extending.md, "An importer": ExtendingExamplesTest keeps the guide and this file equal.
@Component(service = StudyImporter.class)
public final class YearbookImporter implements StudyImporter {
    public String id() { return "yourinst-yearbook"; }
    public String name() { return "Yearbook extract: series,year,value rows for the study's series"; }
    public List<String> fileExtensions() { return List.of("csv"); }
    public int recognize(Path file) { // ahead of the built-in CSV importers when the header is ours
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().filter(l -> l.strip().equals("series,year,value")).isPresent() ? 20 : 0;
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
    public ImportPreview preview(Path file, Study study) {
        String source = file.getFileName().toString();
        List<ValueChange> changes = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new ImportProblem(Severity.ERROR, source, 0, 0, null, "cannot read: " + e.getMessage()));
            return new ImportPreview(file, id(), changes, problems);
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals("series,year,value")) {
            problems.add(new ImportProblem(Severity.ERROR, source, 1, 0, null, "the header must be series,year,value"));
            return new ImportPreview(file, id(), changes, problems);
        }
        for (int row = 2; row <= lines.size(); row++) {
            String[] cells = lines.get(row - 1).split(",", -1);
            if (cells.length != 3) {
                problems.add(new ImportProblem(Severity.ERROR, source, row, 0, null, "expected 3 cells, found " + cells.length));
                continue;
            }
            Optional<Series> series = Studies.series(study, cells[0].strip());
            if (series.isEmpty()) {
                problems.add(new ImportProblem(Severity.ERROR, source, row, 1, "series",
                        "the study has no series '" + cells[0].strip() + "'"));
                continue;
            }
            int year;
            double value;
            try {
                year = Integer.parseInt(cells[1].strip());
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(Severity.ERROR, source, row, 2, "year", "'" + cells[1] + "' is not a year"));
                continue;
            }
            try {
                value = Double.parseDouble(cells[2].strip());
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(Severity.ERROR, source, row, 3, "value", "'" + cells[2] + "' is not a number"));
                continue;
            }
            Series s = series.get();
            Double previous = Studies.yearValue(s, year).map(v -> v.getValue()).orElse(null);
            changes.add(new ValueChange(s.getId(), s.getKind(), s.getSubject(), year, value, s.getUnit(), value,
                    s.getUnit(), previous, false, source + ":" + row));
        }
        return new ImportPreview(file, id(), changes, problems);
    }
}
