package org.lumbosim.cli;

import org.lumbosim.internal.Checks;

/**
 * Bad input to the command line (a task file, an option): the message is one line naming the JSON
 * path or option, the rejected value and what is accepted. The command line exits with code 2.
 */
public final class BadInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line naming the field, its value and the accepted values or range
     */
    public BadInputException(String message) {
        super(oneLine(message));
    }

    private static String oneLine(String message) {
        Checks.given(message, "message");
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
