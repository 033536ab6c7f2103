package org.landcarbon.cli.internal.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Helpers shared by the per-region writers ({@link RegionAccounts}, {@link PanelAccounts}) and the zonal CSV ({@link ZonalCommand}, {@link ZonalTables}): one account printed to a string, CSV cells. */
final class CapturedOutput {

    private CapturedOutput() {
    }

    interface Printing {
        void print(PrintStream out) throws IOException;
    }

    /** What the printing writes, with \n line ends, so it can be split and re-prefixed per region. */
    static String capture(Printing printing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            printing.print(ps);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** One CSV cell, quoted only when it must be; null is an empty cell. */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
