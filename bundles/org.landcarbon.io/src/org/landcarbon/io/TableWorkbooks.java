package org.landcarbon.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes any table the workbench shows (an account, a comparison, an analysis result) as an XLSX
 * workbook: one sheet, a bold frozen header row, numbers as numbers so that Excel can compute with them.
 */
public final class TableWorkbooks {

    private TableWorkbooks() {
    }

    /**
     * Writes {@code header} and {@code rows} to {@code file}, replacing it only once the workbook is
     * complete. A cell is a {@link Number} (written as a number), null (left empty) or anything else
     * (written as its text).
     */
    public static void write(Path file, String sheetName, List<String> header, List<? extends List<?>> rows)
            throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".landcarbon-export-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                Workbook wb = new Workbook(out, "LandCarbon Workbench", "0.1");
                Worksheet ws = wb.newWorksheet(sheetName);
                for (int c = 0; c < header.size(); c++) {
                    ws.value(0, c, header.get(c));
                    ws.width(c, Math.max(10, header.get(c).length() + 2));
                }
                if (!header.isEmpty()) {
                    ws.range(0, 0, 0, header.size() - 1).style().bold().set();
                }
                ws.freezePane(1, 1);
                for (int r = 0; r < rows.size(); r++) {
                    List<?> row = rows.get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object cell = row.get(c);
                        if (cell instanceof Number n) {
                            ws.value(r + 1, c, n);
                        } else if (cell != null) {
                            ws.value(r + 1, c, cell.toString());
                        }
                    }
                }
                wb.finish();
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
