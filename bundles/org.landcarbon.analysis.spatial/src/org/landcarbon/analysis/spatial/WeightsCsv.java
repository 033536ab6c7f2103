package org.landcarbon.analysis.spatial;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.landcarbon.analysis.AnalysisException;

/**
 * Reads a weights CSV: a header {@code id,neighbour,weight} (the weight column may be left out: 1), then one
 * line per link; {@code #} lines are comments. Errors name the file, line and column.
 */
public final class WeightsCsv {

    /** Refused before reading: more lines than a regional study could need. */
    public static final long MAX_BYTES = 64L << 20;

    private WeightsCsv() {
    }

    public static SpatialWeights read(Path file) throws AnalysisException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String> lines;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new AnalysisException(name + ": the weights file is larger than " + (MAX_BYTES >> 20) + " MB");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AnalysisException(name + ": cannot read the weights file (" + e.getMessage() + ")");
        }
        SpatialWeights.Builder b = SpatialWeights.builder();
        boolean header = false;
        int columns = 0;
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).strip();
            if (ln == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            String where = name + " line " + (ln + 1);
            if (!header) {
                columns = cells.length;
                if (columns < 2 || columns > 3 || !cells[0].strip().equalsIgnoreCase("id") || !cells[1].strip().equalsIgnoreCase("neighbour")
                        || columns == 3 && !cells[2].strip().equalsIgnoreCase("weight")) {
                    throw new AnalysisException(where + ": the header must be id,neighbour,weight (or id,neighbour), got '" + line + "'");
                }
                header = true;
                continue;
            }
            if (cells.length != columns) {
                throw new AnalysisException(where + ": " + cells.length + " cells, the header has " + columns);
            }
            String id = cells[0].strip();
            String nb = cells[1].strip();
            if (id.isEmpty() || nb.isEmpty()) {
                throw new AnalysisException(where + ", column " + (id.isEmpty() ? "id" : "neighbour") + ": empty");
            }
            double w = 1;
            if (columns == 3) {
                try {
                    w = Double.parseDouble(cells[2].strip());
                } catch (NumberFormatException e) {
                    throw new AnalysisException(where + ", column weight: '" + cells[2].strip() + "' is not a number");
                }
            }
            try {
                b.add(id, nb, w);
            } catch (IllegalArgumentException e) {
                throw new AnalysisException(where + (e.getMessage().contains("weight") ? ", column weight: " : ": ") + e.getMessage());
            }
        }
        if (!header) {
            throw new AnalysisException(name + ": no header id,neighbour,weight and no links");
        }
        return b.build();
    }
}
