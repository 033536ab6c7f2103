package org.landcarbon.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.ImportProblem.Severity;

/** Collects every problem of one import, in the order found. */
public final class Problems {

    private final List<ImportProblem> list = new ArrayList<>();

    public void error(String source, int row, int column, String header, String reason) {
        list.add(new ImportProblem(Severity.ERROR, source, row, column, header, reason));
    }

    public void warning(String source, int row, int column, String header, String reason) {
        list.add(new ImportProblem(Severity.WARNING, source, row, column, header, reason));
    }

    /** A problem with the whole file or sheet. */
    public void fileError(String source, String reason) {
        error(source, 0, 0, null, reason);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(ImportProblem::isError);
    }

    public List<ImportProblem> list() {
        return List.copyOf(list);
    }
}
