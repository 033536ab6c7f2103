package org.landcarbon.analysis;

/** The input does not suit the analysis; the message is for the user and names where and what. */
public class AnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }
}
