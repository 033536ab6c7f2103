package org.landcarbon.model.text;

/**
 * The limits every reader enforces before it spends memory on an input (docs/limits.md). Each is
 * far above any real study (a province over 200 years with a few hundred series) and each refusal
 * names the limit and the file.
 */
public final class Limits {

    /** Characters of one cell (a number, a unit, a header). */
    public static final int MAX_CELL_CHARS = 1_000;
    /** Characters of one line of a text (CSV) file. */
    public static final int MAX_LINE_CHARS = 100_000;
    /** Rows of one CSV file or workbook sheet. */
    public static final int MAX_ROWS = 100_000;
    /** Columns of one CSV file or workbook sheet. */
    public static final int MAX_COLUMNS = 1_000;
    /** Bytes of a CSV file. */
    public static final long MAX_TEXT_FILE_BYTES = 64L << 20;
    /** Bytes of an XLSX file. */
    public static final long MAX_XLSX_FILE_BYTES = 64L << 20;
    /** Uncompressed bytes of one part (sheet, shared strings) of an XLSX file. */
    public static final long MAX_XLSX_ENTRY_BYTES = 128L << 20;
    /** Uncompressed bytes of all parts of an XLSX file together. */
    public static final long MAX_XLSX_TOTAL_BYTES = 256L << 20;
    /** Largest ratio of uncompressed to compressed size of a part (beyond its first MiB): a zip bomb's is ~1000. */
    public static final int MAX_XLSX_RATIO = 100;
    /** Parts (ZIP entries) of an XLSX file. */
    public static final int MAX_XLSX_ENTRIES = 10_000;
    /** Bytes of a panel file (many regions in one long CSV, docs/panel.md): panels are far larger than a study's tables. */
    public static final long MAX_PANEL_FILE_BYTES = 1L << 30;
    /** Data rows of a panel file. */
    public static final int MAX_PANEL_ROWS = 10_000_000;
    /** Regions of a panel file. */
    public static final int MAX_PANEL_REGIONS = 100_000;
    /** Bytes of a study file. */
    public static final long MAX_STUDY_FILE_BYTES = 64L << 20;
    /** Nesting depth of the XML of a study file (a study nests 4 levels). */
    public static final int MAX_XML_DEPTH = 100;
    /** Earliest year of a study, a scenario horizon or an analysis input. */
    public static final int MIN_YEAR = 1000;
    /** Latest year of a study, a scenario horizon or an analysis input. */
    public static final int MAX_YEAR = 3000;
    /** Most years a scenario or forecast may reach past the study's last year. */
    public static final int MAX_HORIZON_YEARS = 200;

    private Limits() {
    }

    /** "1,000" */
    public static String number(long n) {
        return String.format("%,d", n);
    }

    /** "64 MiB" */
    public static String bytes(long n) {
        return n >= (1L << 20) && n % (1L << 20) == 0 ? (n >> 20) + " MiB" : number(n) + " bytes";
    }
}
