package org.landcarbon.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.landcarbon.model.text.Limits;
import org.landcarbon.model.text.Texts;

/** Reads every sheet of an XLSX workbook (with fastexcel-reader) into one {@link CellTable} each. */
public final class XlsxTables {

    private XlsxTables() {
    }

    /** One table per sheet that has any content; empty when the workbook cannot be read. */
    public static List<CellTable> read(Path file, Problems problems) {
        String name = ImportPlanner.fileName(file);
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            problems.fileError(name, "file not found: " + file);
            return List.of();
        } catch (IOException e) {
            problems.fileError(name, "cannot read the file: " + e.getMessage());
            return List.of();
        }
        if (n == 0) {
            problems.fileError(name, "the file is empty");
            return List.of();
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            problems.fileError(name, "this is an old Excel .xls workbook; save it as .xlsx");
            return List.of();
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
            problems.fileError(name, "not an XLSX workbook (it does not start like a ZIP file); a CSV file needs the csv formats");
            return List.of();
        }
        try {
            String refused = XlsxLimits.check(file);
            if (refused != null) {
                problems.fileError(name, refused);
                return List.of();
            }
        } catch (IOException e) {
            problems.fileError(name, "cannot read the file: " + Texts.withoutClassNames(e.getMessage()));
            return List.of();
        }
        List<CellTable> tables = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                CellTable table = readSheet(name, sheet, problems);
                if (table == null) {
                    return List.of();
                }
                if (!table.rows().isEmpty()) {
                    tables.add(table);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.fileError(name, "not a readable XLSX workbook: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : Texts.cut(Texts.withoutClassNames(e.getMessage()))));
            return List.of();
        }
        if (tables.isEmpty() && !problems.hasErrors()) {
            problems.fileError(name, "the workbook is empty: no sheet has any cell filled");
        }
        return tables;
    }

    /** The sheet's table; {@code null} when it exceeds a limit of {@link Limits} (the problem is recorded). */
    private static CellTable readSheet(String fileName, Sheet sheet, Problems problems) throws IOException {
        String source = fileName + " [" + sheet.getName() + "]";
        List<CellTable.Row> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                if (!CsvTables.sizeWithinLimits(source, row.getRowNum(), row.getCellCount(), problems)) {
                    return null;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c), source, row.getRowNum(), c + 1, problems));
                }
                if (!CsvTables.cellsWithinLimits(source, row.getRowNum(), cells, problems)) {
                    return null;
                }
                CellTable.Row r = new CellTable.Row(row.getRowNum(), cells);
                if (!r.isBlank()) {
                    rows.add(r);
                }
            }
        }
        return new CellTable(source, fileName + "[" + sheet.getName() + "]", rows, false);
    }

    private static String text(Cell cell, String source, int row, int column, Problems problems) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> cell.getRawValue();
            case STRING, BOOLEAN -> cell.getText();
            case FORMULA -> {
                String cached = cell.getRawValue();
                if (cached == null) {
                    problems.error(source, row, column, null, "formula '" + cell.getFormula()
                            + "' has no saved result; open and save the workbook in Excel, or paste values");
                }
                yield cached == null ? "" : cached;
            }
            case ERROR -> cell.getRawValue(); // "#DIV/0!": reported where a number is read
        };
    }
}
