package org.lumbosim;

/**
 * The posture's contacts cannot hold the body with pushing forces: whole-body equilibrium would need
 * a support to pull (e.g. hands on the floor behind the centre of mass with nothing in front). The
 * loads are not reported; nothing is clamped.
 */
public class UnsupportedPostureException extends LumbosimException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the posture and supports
     */
    public UnsupportedPostureException(String message) {
        super(message);
    }
}
