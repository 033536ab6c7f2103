package org.landcarbon.io.internal;

import java.nio.charset.Charset;

import org.landcarbon.model.text.TextFiles;

/** The decoding of {@link TextFiles}, as the io bundle's readers and tests have used it. */
public final class TextDecoding {

    public static final Charset GB18030 = TextFiles.GB18030;

    /** The text and the charset it was read with; or the reason it could not be read. */
    public record Decoded(String text, Charset charset, String error) {
    }

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes) {
        TextFiles.Decoded d = TextFiles.decode(bytes);
        return new Decoded(d.text(), d.charset(), d.error());
    }
}
