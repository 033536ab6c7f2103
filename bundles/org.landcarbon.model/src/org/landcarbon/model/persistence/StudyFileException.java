package org.landcarbon.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A study file that cannot be read or written, with the place of the problem when known:
 * "guizhou.landcarbon, line 12, column 30: value 'abc' is not a number".
 */
public class StudyFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    public StudyFileException(Path file, int line, int column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public StudyFileException(Path file, String problem, Throwable cause) {
        this(file, -1, -1, problem, cause);
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the problem, or -1 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1. */
    public int column() {
        return column;
    }

    /** The problem without its place. */
    public String problem() {
        return problem;
    }

    private static String format(Path file, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(", line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        return sb.append(": ").append(problem).toString();
    }
}
