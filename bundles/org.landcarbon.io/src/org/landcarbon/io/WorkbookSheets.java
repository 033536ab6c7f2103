package org.landcarbon.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.landcarbon.io.internal.CellTable;
import org.landcarbon.io.internal.Problems;
import org.landcarbon.io.internal.XlsxTables;

/**
 * The first filled sheet of an XLSX workbook as rows of cell texts, read by the importers' reader (same
 * size limits, same number rendering), for commands that parse a table of their own, e.g. a panel.
 */
public final class WorkbookSheets {

    /** A non-blank row with its number as the spreadsheet shows it. */
    public record Row(int number, List<String> cells) {
    }

    /** {@code source} names the sheet in messages, e.g. {@code panel.xlsx [Sheet1]}. */
    public record Sheet(String source, List<Row> rows) {
    }

    private WorkbookSheets() {
    }

    /** @throws IOException naming the file and the problem when the workbook cannot be read or exceeds a limit */
    public static Sheet firstSheet(Path file) throws IOException {
        Problems problems = new Problems();
        List<CellTable> tables = XlsxTables.read(file, problems);
        if (problems.hasErrors() || tables.isEmpty()) {
            List<ImportProblem> list = problems.list();
            throw new IOException(list.isEmpty() ? file.getFileName() + ": no sheet has any cell filled" : list.get(0).toString());
        }
        CellTable t = tables.get(0);
        return new Sheet(t.source(), t.rows().stream().map(r -> new Row(r.number(), r.cells())).toList());
    }
}
