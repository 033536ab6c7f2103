package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.landcarbon.accounting.CoefficientSetData;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Study;

/** {@code landcarbon coefficients import FILE.csv --into STUDY [--use]}. */
final class CoefficientImport {

    private CoefficientImport() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        String file = null;
        String into = null;
        boolean use = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--into" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--into needs a STUDY file");
                    }
                    into = args.get(++i);
                }
                case "--use" -> use = true;
                default -> {
                    if (a.startsWith("--") || file != null) {
                        throw new UsageException(a.startsWith("--") ? "unknown option " + a : "expected one FILE.csv, got " + file + " and " + a);
                    }
                    file = a;
                }
            }
        }
        if (file == null || into == null) {
            throw new UsageException("expected: coefficients import FILE.csv --into STUDY [--use]");
        }
        Path studyFile = StudyEdits.studyPath(into);
        CoefficientSetData set = StudyEdits.readSet(file);
        Study study = StudyEdits.load(studyFile);
        boolean replaced = StudyEdits.putSet(study, set);
        String before = study.getCoefficientSetId();
        if (use) {
            study.setCoefficientSetId(set.id());
        }
        StudyEdits.save(study, studyFile);
        out.println(studyFile + ": coefficient set " + set.id() + " (" + set.entries().size() + " entries" + (set.base() == null ? ""
                : ", base " + set.base()) + ") " + (replaced ? "replaces the study's set of that id" : "added"));
        if (use) {
            out.println("  the study now uses " + set.id() + (before == null || before.isBlank() ? "" : " instead of " + before));
        } else {
            out.println("  the study still uses " + (before == null || before.isBlank() ? "no set" : before) + "; --use or 'account --coefficients "
                    + set.id() + "' to apply it");
        }
        return Command.OK;
    }
}
