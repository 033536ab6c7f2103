package org.landcarbon.io;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Every importer and exporter installed: the built-in CSV and XLSX ones and whatever other bundles
 * contribute as {@link StudyImporter} / {@link StudyExporter} services.
 */
@Component(service = StudyFormats.class)
public final class StudyFormats {

    private final List<StudyImporter> importers = new CopyOnWriteArrayList<>();
    private final List<StudyExporter> exporters = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addImporter(StudyImporter importer) {
        importers.add(importer);
    }

    public void removeImporter(StudyImporter importer) {
        importers.remove(importer);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addExporter(StudyExporter exporter) {
        exporters.add(exporter);
    }

    public void removeExporter(StudyExporter exporter) {
        exporters.remove(exporter);
    }

    /** The importers, sorted by id. */
    public List<StudyImporter> importers() {
        return importers.stream().sorted(Comparator.comparing(StudyImporter::id)).toList();
    }

    /** The exporters, sorted by id. */
    public List<StudyExporter> exporters() {
        return exporters.stream().sorted(Comparator.comparing(StudyExporter::id)).toList();
    }

    public Optional<StudyImporter> importer(String id) {
        return importers.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<StudyExporter> exporter(String id) {
        return exporters.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The importer that recognizes the file best (by extension, then by content), if any does. */
    public Optional<StudyImporter> importerFor(Path file) {
        StudyImporter best = null;
        int bestScore = 0;
        for (StudyImporter i : importers()) {
            int score = i.recognize(file);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
