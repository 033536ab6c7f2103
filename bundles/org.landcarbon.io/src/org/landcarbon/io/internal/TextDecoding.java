package org.landcarbon.io.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file written by Excel or by hand: UTF-8 (with or without the byte-order mark
 * Excel's "CSV UTF-8" writes) or, failing that, GB18030 (a superset of GBK, what Chinese Excel
 * writes as plain "CSV"). Both are decoded strictly, so a file in neither never becomes garbage text.
 */
public final class TextDecoding {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The text and the charset it was read with; or the reason it could not be read. */
    public record Decoded(String text, Charset charset, String error) {
    }

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            try {
                return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3), StandardCharsets.UTF_8, null);
            } catch (CharacterCodingException e) {
                return new Decoded(null, null, "wrong encoding: the file starts with a UTF-8 mark but line "
                        + lineOfFirstBadByte(bytes, 3) + " is not UTF-8; save it again as 'CSV UTF-8'");
            }
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(null, null, "wrong encoding: UTF-16 text (Excel's 'Unicode Text'); "
                    + "save it as 'CSV UTF-8' or 'CSV'");
        }
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 0), StandardCharsets.UTF_8, null);
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(strict(GB18030, bytes, 0), GB18030, null);
            } catch (CharacterCodingException notGb) {
                return new Decoded(null, null, "wrong encoding: neither UTF-8 nor GBK/GB18030 (first bad byte on line "
                        + lineOfFirstBadByte(bytes, 0) + "); save it as 'CSV UTF-8'");
            }
        }
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
