package org.lumbosim.result;

import org.lumbosim.internal.Checks;
import org.lumbosim.load.PositionM;

/**
 * The thighs' push on one hand resting on its thigh ({@link org.lumbosim.posture.Support#HANDS_ON_THIGHS}),
 * global frame: the hand's weight at its centre of mass and, at the wrist, the share of the forearm's
 * weight that balances the forearm about a relaxed elbow, given as one upward force. A force between
 * two parts of the body (the hand pushes its thigh down as much, and the seat and the feet carry it on),
 * so it is not among the whole body's {@link WholeBodyBalance#reactions()}; it enters every lumbar
 * level's loads.
 *
 * @param side the hand's side ({@link BodySide#id()} gives {@code "left"} or {@code "right"}, as outputs print it)
 * @param pointM where the push acts as one force (m): on the line from the hand's centre of mass to the
 *     wrist, where the hand's and the wrist's pushes balance, so that the force there has their moment
 *     about every point; the hand's centre of mass when there is no push
 * @param forceXN anterior component of the push on the hand (N; zero: the thigh pushes straight up)
 * @param forceYN superior component (N, positive = pushing up); zero where the hand is clear of its thigh
 *     or another support (armrests, a lying surface) already carries the hand and forearm
 * @param forceZN right component (N; zero)
 * @param gapM distance of the hand's centre of mass from its thigh's surface (m): positive = clear of it,
 *     negative = inside it; the thigh carries the hand only where it lies over the thigh and within
 *     {@link org.lumbosim.posture.Support#CONTACT_TOLERANCE_M} of it
 */
public record HandOnThighPush(BodySide side, PositionM pointM, double forceXN, double forceYN, double forceZN,
                              double gapM) {
    /** Checks that every object component is given. */
    public HandOnThighPush {
        Checks.given(side, "side");
        Checks.given(pointM, "pointM");
    }

    /** @return the push's magnitude (N), zero where the thigh carries nothing */
    public double forceN() {
        return Math.sqrt(forceXN * forceXN + forceYN * forceYN + forceZN * forceZN);
    }
}
