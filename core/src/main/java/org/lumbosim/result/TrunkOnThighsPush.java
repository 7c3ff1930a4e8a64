package org.lumbosim.result;

import org.lumbosim.internal.Checks;
import org.lumbosim.load.PositionM;

/**
 * The thighs' push on a trunk bent forward onto them ({@link org.lumbosim.posture.Support#TRUNK_ON_THIGHS}),
 * global frame. A force between two parts of the body (the trunk pushes the thighs down as much, and
 * the seat and the feet carry it on), so it is not among the whole body's
 * {@link WholeBodyBalance#reactions()}; it enters every lumbar level's loads.
 *
 * @param pointM where it acts: the abdomen's most protruding point (m)
 * @param forceXN anterior component of the push on the trunk (N)
 * @param forceYN superior component (N, positive = pushing up)
 * @param forceZN right component (N)
 * @param gapM distance of that point from the thighs' upper surface (m): positive = clear of the thighs,
 *     negative = inside them; about zero when the posture rests the trunk on them. The model does not
 *     enforce the contact (the push does not depend on the gap): the gap shows whether the posture
 *     reaches the thighs
 */
public record TrunkOnThighsPush(PositionM pointM, double forceXN, double forceYN, double forceZN, double gapM) {
    /** Checks that every object component is given. */
    public TrunkOnThighsPush {
        Checks.given(pointM, "pointM");
    }

    /** @return the push's magnitude (N), zero when no lumbar level needed it */
    public double forceN() {
        return Math.sqrt(forceXN * forceXN + forceYN * forceYN + forceZN * forceZN);
    }
}
