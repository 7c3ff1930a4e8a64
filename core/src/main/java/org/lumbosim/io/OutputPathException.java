package org.lumbosim.io;

import java.nio.file.Path;

/**
 * An output path that cannot be used: it is the same file as an input or as another output of the
 * same run, it is a folder where a file is expected (or the reverse), or it cannot be written. This
 * is bad input (the caller chose the path), so the exception is an {@link IllegalArgumentException};
 * the message is one line naming the option and the path.
 */
public final class OutputPathException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The option or name of the output, e.g. {@code --out}. */
    private final String label;
    /** The path as given. */
    private final String path;

    /**
     * @param label the option or name of the output, e.g. {@code --out}
     * @param path the path as given
     * @param message one line naming the label and the path and saying what is wrong
     * @param cause the failure of the file system, or null
     */
    OutputPathException(String label, Path path, String message, Throwable cause) {
        super(message.replace('\n', ' ').replace('\r', ' '), cause);
        this.label = label;
        this.path = path.toString();
    }

    /** @return the option or name of the output, e.g. {@code --out} */
    public String label() {
        return label;
    }

    /** @return the output's path as given */
    public String path() {
        return path;
    }
}
