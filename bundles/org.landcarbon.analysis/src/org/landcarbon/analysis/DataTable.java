package org.landcarbon.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The input of an analysis: rows on a common index (years, a plain index, or labels) and named numeric
 * columns, each with its unit. It remembers where it came from (a file and its line numbers, or a
 * study's series) so that an analysis can name the exact place of a bad value.
 *
 * <p>Immutable; the arrays handed in and out are not copied, so do not modify them.
 */
public final class DataTable {

    /** What the row index is. */
    public enum IndexKind {
        /** Calendar years, e.g. 2005..2019. */
        YEAR,
        /** A plain ordinal index (1, 2, 3, ...) or any integers that are not years. */
        INDEX,
        /** Text labels, e.g. the "from" classes of a transfer table. */
        LABEL
    }

    /** A named numeric column with its unit and a note on where its values come from. */
    public record Column(String name, String unit, double[] values, String origin) {
        public Column {
            Objects.requireNonNull(name, "name");
            unit = unit == null ? "" : unit;
            Objects.requireNonNull(values, "values");
            origin = origin == null ? "" : origin;
        }
    }

    private final String source;
    private final String indexName;
    private final IndexKind indexKind;
    private final String[] keys;
    private final int[] numericIndex;
    private final int[] lines;
    private final List<Column> columns;
    private final Map<String, Column> byName = new LinkedHashMap<>();
    private List<String> keyList;
    private String description;

    private DataTable(String source, String indexName, IndexKind kind, String[] keys, int[] numericIndex, int[] lines,
            List<Column> columns) {
        this.source = source == null ? "" : source;
        this.indexName = indexName;
        this.indexKind = kind;
        this.keys = keys;
        this.numericIndex = numericIndex;
        this.lines = lines;
        this.columns = List.copyOf(columns);
        for (Column c : columns) {
            if (c.values().length != keys.length) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.values().length
                        + " values for " + keys.length + " rows");
            }
            if (byName.put(c.name(), c) != null) {
                throw new IllegalArgumentException("column '" + c.name() + "' appears twice in " + this.source);
            }
        }
    }

    /** A table indexed by years or integers. {@code lines} (may be null) are the source line of each row. */
    public static DataTable ofNumericIndex(String source, String indexName, IndexKind kind, int[] index, int[] lines,
            List<Column> columns) {
        if (kind == IndexKind.LABEL) {
            throw new IllegalArgumentException("a numeric index cannot be of kind LABEL");
        }
        String[] keys = Arrays.stream(index).mapToObj(Integer::toString).toArray(String[]::new);
        return new DataTable(source, indexName, kind, keys, index.clone(), lines, columns);
    }

    /** A table whose rows are labelled, e.g. a class-to-class transfer table. */
    public static DataTable ofLabels(String source, String indexName, String[] labels, int[] lines, List<Column> columns) {
        return new DataTable(source, indexName, IndexKind.LABEL, labels.clone(), null, lines, columns);
    }

    /** A one-column yearly series, handy in tests and for programmatic use. */
    public static DataTable yearly(String source, int[] years, String name, String unit, double[] values) {
        return ofNumericIndex(source, "year", IndexKind.YEAR, years, null, List.of(new Column(name, unit, values, source)));
    }

    /** Where the data came from, e.g. a file name. */
    public String source() {
        return source;
    }

    /** The name of the index column: {@code year}, {@code index} or the label header. */
    public String indexName() {
        return indexName;
    }

    public IndexKind indexKind() {
        return indexKind;
    }

    public int rows() {
        return keys.length;
    }

    /** The row's index as text: a year, an index or a label. */
    public String key(int row) {
        return keys[row];
    }

    public List<String> keys() {
        List<String> k = keyList;
        if (k == null) {
            k = keyList = List.of(keys); // results of every region of a panel name the rows
        }
        return k;
    }

    /** The numeric index (years or integers); throws for a labelled table. */
    public int[] index() {
        if (numericIndex == null) {
            throw new IllegalStateException("the rows of " + source + " are labelled, not numbered");
        }
        return numericIndex;
    }

    public boolean hasNumericIndex() {
        return numericIndex != null;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public boolean hasColumn(String name) {
        return byName.containsKey(name);
    }

    /** The named column, or an error that lists the columns there are. */
    public Column column(String name) throws AnalysisException {
        Column c = byName.get(name);
        if (c == null) {
            throw new AnalysisException(source + ": no column '" + name + "'; the columns are: " + String.join(", ", columnNames()));
        }
        return c;
    }

    /** A table with only the named columns, in that order. */
    public DataTable select(List<String> names) throws AnalysisException {
        List<Column> picked = new ArrayList<>();
        for (String n : names) {
            picked.add(column(n));
        }
        return new DataTable(source, indexName, indexKind, keys, numericIndex, lines, picked);
    }

    /** The same table with {@code unit} given to every column that has none. */
    public DataTable withDefaultUnit(String unit) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.unit().isEmpty() ? new Column(c.name(), unit, c.values(), c.origin()) : c);
        }
        return new DataTable(source, indexName, indexKind, keys, numericIndex, lines, out);
    }

    /**
     * Where a value lives, for messages: e.g. {@code table5.csv line 12 (year 2011), column net}.
     * {@code column} may be null.
     */
    public String locate(int row, String column) {
        StringBuilder b = new StringBuilder(source.isEmpty() ? "input" : source);
        if (lines != null && row >= 0 && row < lines.length && lines[row] > 0) {
            b.append(" line ").append(lines[row]).append(" (").append(indexName).append(' ').append(keys[row]).append(')');
        } else if (row >= 0 && row < keys.length) {
            b.append(", ").append(indexName).append(' ').append(keys[row]);
        }
        if (column != null) {
            b.append(", column ").append(column);
        }
        return b.toString();
    }

    /** A short description for results: source, index range and columns. */
    public String describe() {
        if (description != null) {
            return description;
        }
        String range = keys.length == 0 ? "no rows" : keys[0] + ".." + keys[keys.length - 1];
        description = (source.isEmpty() ? "input" : source) + " (" + indexName + " " + range + "; columns "
                + String.join(", ", columnNames()) + ")";
        return description;
    }
}
