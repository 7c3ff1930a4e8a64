package org.lumbosim;

import org.lumbosim.load.PositionM;
import org.lumbosim.posture.Support;

/**
 * The lower contacts' resultant ({@link org.lumbosim.model.Workspace#baseResultant()}) would act beyond
 * the model's reach, {@link PositionM#MAX_ABS_M} from the L5-S1 disc: they carry so little of the body's
 * weight against its moment (another support, such as a lying surface, carrying nearly all of it) that
 * their centre of pressure lies metres away, outside any contact, where no floor or seat can push.
 * The loads are not reported. {@link #support()} names the lower support the resultant stands for,
 * {@link #distanceM()} the largest horizontal coordinate of its point.
 */
public class BaseOutOfReachException extends BaseResultantException {
    private static final long serialVersionUID = 1L;

    private final double distanceM;

    /**
     * @param message what went wrong, naming the posture and supports
     * @param reason the short reason: the resultant's push and point and the reach allowed
     * @param base the lower support the resultant stands for (null for a posture without supports)
     * @param distanceM the largest horizontal coordinate of its point (m, absolute)
     */
    public BaseOutOfReachException(String message, String reason, Support base, double distanceM) {
        super(message, reason, base);
        this.distanceM = distanceM;
    }

    /** @return how far from the L5-S1 disc the resultant's point lies, horizontally (m; at most {@link PositionM#MAX_ABS_M} allowed) */
    public double distanceM() {
        return distanceM;
    }
}
