package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.io.TableWorkbooks;

class TableWorkbooksTest {

    @Test
    void writesNumbersAsNumbersTextAsTextAndEmptyCellsEmpty(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("account.xlsx");
        Files.writeString(file, "an older export that must be replaced");
        TableWorkbooks.write(file, "account", List.of("年份", "net [10^4 t C]", "note"),
                List.of(Arrays.asList(2005, 2076.29, "r"), Arrays.asList(2006, null, null)));

        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("account", wb.getFirstSheet().getName());
            assertEquals(3, rows.size());
            assertEquals("年份", rows.get(0).getCellText(0));
            assertEquals("net [10^4 t C]", rows.get(0).getCellText(1));
            assertEquals(CellType.NUMBER, rows.get(1).getCell(1).getType());
            assertEquals(new BigDecimal("2076.29"), rows.get(1).getCellAsNumber(1).orElseThrow());
            assertEquals(new BigDecimal("2005"), rows.get(1).getCellAsNumber(0).orElseThrow());
            assertEquals("r", rows.get(1).getCellText(2));
            assertTrue(rows.get(2).getOptionalCell(1).map(c -> c.getType() == CellType.EMPTY).orElse(true));
        }
        try (var leftovers = Files.list(dir)) {
            assertEquals(List.of(file), leftovers.toList(), "no temporary file left beside the export");
        }
    }
}
