package org.lumbosim;

import org.lumbosim.internal.Checks;
import org.lumbosim.posture.Support;

/**
 * The lower contacts' resultant ({@link org.lumbosim.model.Workspace#baseResultant()}) would push where no
 * contact is: its centre of pressure lies outside the region of the contacts it stands for (the convex
 * hull of the lower point contacts, a foot from heel to toe tip, and of the segments resting on a surface
 * under the body) by more than {@link Support#CONTACT_TOLERANCE_M}. No floor or seat pushes there, so the
 * supports cannot hold the body; the loads are not reported. {@link #support()} names the lower support the
 * resultant stands for, {@link #pushN()} its push, {@link #outsideM()} how far outside the region it acts.
 */
public class BaseOutsideContactsException extends BaseResultantException {
    private static final long serialVersionUID = 1L;

    private final double pushN;
    private final double outsideM;

    /**
     * @param message what went wrong, naming the posture and supports
     * @param reason the short reason: the support, the resultant's push and point, how far outside its
     *     contacts and the tolerance allowed
     * @param base the lower support the resultant stands for
     * @param pushN its push (N, up)
     * @param outsideM how far outside its contacts' region it acts (m, horizontal)
     */
    public BaseOutsideContactsException(String message, String reason, Support base, double pushN, double outsideM) {
        super(message, reason, Checks.present(base, "base"));
        this.pushN = pushN;
        this.outsideM = outsideM;
    }

    /** @return the resultant's push (N, up) */
    public double pushN() {
        return pushN;
    }

    /** @return how far outside its contacts' region it acts (m, horizontal; at most {@link Support#CONTACT_TOLERANCE_M} allowed) */
    public double outsideM() {
        return outsideM;
    }
}
