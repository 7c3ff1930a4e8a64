package org.lumbosim;

import org.lumbosim.internal.Checks;

/**
 * Base class of the failures of the model itself (as opposed to bad input, which is reported with
 * {@link ParameterOutOfRangeException} or another {@link IllegalArgumentException}).
 */
public class LumbosimException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the quantities involved
     */
    public LumbosimException(String message) {
        super(Checks.present(message, "message"));
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what went wrong, naming the quantities involved
     * @param cause the underlying failure (kept as {@link #getCause()}), or null if none is known
     */
    public LumbosimException(String message, Throwable cause) {
        super(Checks.present(message, "message"), cause);
    }
}
