package org.landcarbon.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.landcarbon.accounting.CoefficientCsv;
import org.landcarbon.accounting.CoefficientSetData;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;

/** What the commands that change a study share: loading it, reading a coefficient CSV, saving atomically. */
final class StudyEdits {

    private StudyEdits() {
    }

    static Path studyPath(String text) throws IOException, UsageException {
        if (text.startsWith("--")) {
            throw new UsageException("expected a STUDY file, got option " + text);
        }
        Path path = Path.of(text);
        if (!Files.isRegularFile(path)) {
            throw new IOException(text + ": no such file");
        }
        return path;
    }

    static Study load(Path path) throws IOException {
        return StudyFiles.load(path);
    }

    /** A coefficient-set CSV (docs/accounting.md), every row checked; errors name file, row and column. */
    static CoefficientSetData readSet(String file) throws IOException {
        Path csv = Path.of(file);
        if (!Files.isRegularFile(csv)) {
            throw new IOException(file + ": no such file");
        }
        try (var in = Files.newInputStream(csv)) {
            return CoefficientCsv.read(in, csv.getFileName().toString());
        }
    }

    /** Adds the set to the study, replacing a set of the same id; true when one was replaced. */
    static boolean putSet(Study study, CoefficientSetData set) {
        boolean replaced = study.getCoefficientSets().removeIf(s -> set.id().equals(s.getId()));
        study.getCoefficientSets().add(CoefficientCsv.toModel(set));
        return replaced;
    }

    static void save(Study study, Path path) throws IOException {
        StudyFiles.save(study, path);
    }
}
