package org.landcarbon.cli.internal.commands;

import static org.landcarbon.cli.internal.commands.CapturedOutput.capture;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.function.Function;

import org.landcarbon.cli.internal.analysis.PanelWriter;
import org.landcarbon.cli.internal.analysis.PanelWriter.Entry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

/**
 * An account as a region's document of {@link PanelWriter} ({@link PanelAccounts}, {@link RegionAccounts}): under
 * {@code account} in JSON (on one line in JSON lines), the printer's CSV after the region's cells, its table under a
 * heading. Lines end as the platform's, as the printer's own output does.
 *
 * @param <D> what the writer holds per region, with the account's printer
 */
final class AccountBody<D> implements PanelWriter.Body<D> {

    private static final JsonFactory JSON = new JsonFactory();

    private final Function<D, AccountPrinter> printer;
    private final String headerCells;
    private final Function<Entry<D>, String> cells;
    private final Function<Entry<D>, String> heading;

    /** {@code headerCells} and {@code cells}: the region's CSV cells, already quoted, without the comma after them. */
    AccountBody(Function<D, AccountPrinter> printer, String headerCells, Function<Entry<D>, String> cells,
            Function<Entry<D>, String> heading) {
        this.printer = printer;
        this.headerCells = headerCells;
        this.cells = cells;
        this.heading = heading;
    }

    @Override
    public void json(JsonGenerator g, D document, boolean oneLine) throws IOException {
        g.writeFieldName("account");
        String text = capture(printer.apply(document)::json);
        if (oneLine) {
            try (JsonParser parser = JSON.createParser(text)) {
                parser.nextToken();
                g.copyCurrentStructure(parser); // the printer's document, on one line
            }
        } else {
            g.writeRawValue(text.strip());
        }
    }

    @Override
    public void csvHeader(D first, Writer out) throws IOException {
        if (first != null) { // the header is the account's columns: none without an account
            out.write(headerCells + "," + lines(first)[0] + System.lineSeparator());
        }
    }

    @Override
    public void csv(Entry<D> entry, Writer out) throws IOException {
        String[] lines = lines(entry.document());
        String prefix = cells.apply(entry) + ",";
        for (int i = 1; i < lines.length; i++) {
            out.write(prefix + lines[i] + System.lineSeparator());
        }
    }

    @Override
    public void table(Entry<D> entry, PrintStream out) throws IOException {
        out.println(heading.apply(entry));
        printer.apply(entry.document()).table(out);
        out.println();
    }

    private String[] lines(D document) throws IOException {
        return capture(printer.apply(document)::csv).split("\n");
    }
}
