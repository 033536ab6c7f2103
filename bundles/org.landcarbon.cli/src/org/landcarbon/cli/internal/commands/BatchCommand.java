package org.landcarbon.cli.internal.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.cli.internal.CommandLookup;
import org.landcarbon.cli.internal.Dispatcher;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

/**
 * {@code landcarbon batch FILE}: many commands in one JVM, one per line in the syntax of the command
 * line. Each line runs even when an earlier one failed; the messages of a failing line are prefixed
 * with the file and line number, and the batch exits 1 if any line failed.
 */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=batch")
public final class BatchCommand implements Command {

    /** Largest batch file read; checked before reading. */
    static final long MAX_BYTES = 16L << 20;

    @Override
    public String name() {
        return "batch";
    }

    @Override
    public String summary() {
        return "run the commands listed in a file (one per line) in one start, continuing past failures";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon batch FILE

                Runs the commands of FILE, one per line, written as after 'landcarbon' on the command line
                (e.g. 'gm11 --input net.csv --horizon 11'), in one start of the runtime. Words are separated by
                spaces; quote a word holding spaces with '...' or "..." (backslash escapes the next character
                inside "..."). Empty lines and lines starting with # are skipped. Relative paths are relative
                to the current directory. The outputs go to stdout in order; the error messages of a line go to
                stderr prefixed with 'FILE line N:'. Every line runs, even after a failure; a summary goes to
                stderr at the end.

                Exit codes: 0 every line succeeded, 1 at least one line failed (or FILE cannot be read),
                2 bad usage of batch itself. A line may not run 'batch' again.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() != 1) {
            throw new UsageException("takes one FILE, got " + (args.isEmpty() ? "none" : "'" + String.join(" ", args) + "'"));
        }
        Path file = Path.of(args.get(0));
        List<String> lines = read(file);
        String name = file.getFileName().toString();
        Dispatcher dispatcher = new Dispatcher(commands());
        int ran = 0;
        List<Integer> failed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            ran++;
            String prefix = name + " line " + number + ": ";
            List<String> words;
            try {
                words = words(line);
            } catch (IllegalArgumentException e) {
                err.println(prefix + e.getMessage());
                failed.add(number);
                continue;
            }
            if (words.get(0).equals(name())) {
                err.println(prefix + "a batch cannot run 'batch'");
                failed.add(number);
                continue;
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            int code;
            try (PrintStream lineErr = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
                code = dispatcher.dispatch(words, out, lineErr);
            }
            out.flush();
            for (String message : buffer.toString(StandardCharsets.UTF_8).split("\n", -1)) {
                if (!message.isEmpty()) {
                    err.println(prefix + message);
                }
            }
            if (code != OK) {
                err.println(prefix + "'" + words.get(0) + "' failed with exit code " + code);
                failed.add(number);
            }
        }
        if (ran == 0) {
            err.println("landcarbon batch: " + name + " lists no command (only empty lines and # comments)");
            return FAILURE;
        }
        if (failed.isEmpty()) {
            err.println("landcarbon batch: " + name + ": " + ran + (ran == 1 ? " command" : " commands") + ", all succeeded");
            return OK;
        }
        err.println("landcarbon batch: " + name + ": " + failed.size() + " of " + ran + " commands failed (line"
                + (failed.size() == 1 ? " " : "s ") + String.join(", ", failed.stream().map(String::valueOf).toList()) + ")");
        return FAILURE;
    }

    private static List<String> read(Path file) throws IOException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IOException(file + ": " + size + " bytes; a batch file may have at most " + MAX_BYTES + " bytes");
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(file + ": not UTF-8 text");
        }
    }

    /** Every command service of the framework, as the application itself sees them. */
    private static List<Command> commands() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(BatchCommand.class).getBundleContext();
        // Lines may name any command, so all of them (no line of the file is read yet).
        return CommandLookup.services(context, CommandLookup.references(context, List.of()));
    }

    /** Splits a line into words: spaces separate, '...' and "..." quote, \ escapes inside "..." and outside quotes. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed " + quote + " quote");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
