package org.landcarbon.model.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text table file (CSV) the same way for every reader, with the same messages: the size is
 * checked before a byte is read; then a workbook or binary file is named as such, and the text is
 * decoded strictly as UTF-8 (with or without Excel's byte-order mark) or, failing that, GB18030 (the
 * superset of GBK a Chinese Excel writes as plain "CSV"); UTF-16 is recognised and refused. Lines
 * longer than {@link Limits#MAX_LINE_CHARS} are refused.
 */
public final class TextFiles {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * The text, its charset and a name for it ({@code UTF-8}, {@code UTF-8 with byte-order mark},
     * {@code GB18030}); or, when {@code error} is set, why the file is not readable text (without the file name).
     */
    public record Decoded(String text, Charset charset, String encoding, String error) {
        public boolean ok() {
            return error == null;
        }

        static Decoded failed(String error) {
            return new Decoded(null, null, null, error);
        }
    }

    private TextFiles() {
    }

    /** Reads and decodes a file; never throws for a bad file, the reason is in {@link Decoded#error()}. */
    public static Decoded read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_TEXT_FILE_BYTES) {
                return Decoded.failed("file too large: " + Limits.bytes(size) + ", the limit for a CSV file is "
                        + Limits.bytes(Limits.MAX_TEXT_FILE_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Decoded.failed("file not found: " + file);
        } catch (IOException e) {
            return Decoded.failed("cannot read the file: " + Texts.withoutClassNames(String.valueOf(e.getMessage())));
        }
        return decode(bytes);
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return Decoded.failed("the file is empty");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return Decoded.failed("this is an XLSX workbook (a ZIP file), not CSV text; import it as xlsx");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Decoded.failed("this is an old Excel .xls workbook, not CSV text; save it as .xlsx or 'CSV UTF-8'");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            try {
                return checked(strict(StandardCharsets.UTF_8, bytes, 3), StandardCharsets.UTF_8, "UTF-8 with byte-order mark");
            } catch (CharacterCodingException e) {
                return Decoded.failed("wrong encoding: the file starts with a UTF-8 mark but line "
                        + lineOfFirstBadByte(bytes, 3) + " is not UTF-8; save it again as 'CSV UTF-8'");
            }
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) || looksUtf16(bytes)) {
            return Decoded.failed("wrong encoding: UTF-16 text (Excel's 'Unicode Text'); save it as 'CSV UTF-8' or 'CSV'");
        }
        if (looksBinary(bytes)) {
            return Decoded.failed("not a text file: it holds binary data (control bytes such as NUL); a CSV file is text");
        }
        try {
            return checked(strict(StandardCharsets.UTF_8, bytes, 0), StandardCharsets.UTF_8, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return checked(strict(GB18030, bytes, 0), GB18030, "GB18030");
            } catch (CharacterCodingException notGb) {
                return Decoded.failed("wrong encoding: neither UTF-8 nor GBK/GB18030 (first bad byte on line "
                        + lineOfFirstBadByte(bytes, 0) + "); save it as 'CSV UTF-8'");
            }
        }
    }

    /** The separator of a CSV text: comma unless its first line has more semicolons or tabs. */
    public static char separator(String firstLine) {
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** "comma", "semicolon", "tab": for messages such as "separator: semicolon". */
    public static String separatorName(char separator) {
        return switch (separator) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
    }

    /** The first line of a text (without its line end). */
    public static String firstLine(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.endsWith("\r") ? first.substring(0, first.length() - 1) : first;
    }

    private static Decoded checked(String text, Charset charset, String encoding) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > Limits.MAX_LINE_CHARS) {
                    return Decoded.failed("line " + line + " is too long: " + Limits.number(i - start)
                            + " characters, the limit is " + Limits.number(Limits.MAX_LINE_CHARS));
                }
                line++;
                start = i + 1;
            }
        }
        return new Decoded(text, charset, encoding, null);
    }

    // UTF-16 without a byte-order mark: ASCII text with every other byte NUL.
    private static boolean looksUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int half = n / 2;
        return (evenNul > half * 0.4 && oddNul < half * 0.05) || (oddNul > half * 0.4 && evenNul < half * 0.05);
    }

    // A NUL or other control bytes (not tab, CR, LF, form feed) in the first 4 KiB: not a text a spreadsheet writes.
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                control++;
            }
        }
        return control > 0 && control * 100 > n;
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /** 1-based line of the first byte that is not UTF-8, for the message. */
    private static int lineOfFirstBadByte(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = offset; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
