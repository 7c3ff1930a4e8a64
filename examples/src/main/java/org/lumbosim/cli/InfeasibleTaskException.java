package org.lumbosim.cli;

/**
 * The muscles cannot balance what a command was asked to solve, where no single
 * {@link org.lumbosim.InfeasibleRecruitmentException} says so (for example a sweep of which fewer
 * than two points can be solved), or the model cannot compute a valid input (a day whose disc loses
 * more height than the day model's law covers). {@link ExitCodes} maps it to exit code 3.
 */
final class InfeasibleTaskException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line saying what cannot be balanced
     */
    InfeasibleTaskException(String message) {
        super(message);
    }
}
