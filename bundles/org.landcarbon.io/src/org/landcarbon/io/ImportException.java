package org.landcarbon.io;

import java.util.List;

/** An import that cannot be applied; the study was not touched. */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public ImportException(String message, List<ImportProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
