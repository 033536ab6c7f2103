package org.landcarbon.cli;

/** The command line was wrong: reported on stderr with the command's usage, exit code 2. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
