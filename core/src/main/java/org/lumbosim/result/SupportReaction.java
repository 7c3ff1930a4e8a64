package org.lumbosim.result;

import org.lumbosim.internal.Checks;
import org.lumbosim.load.PositionM;
import org.lumbosim.posture.Support;

/**
 * The force one contact exerts on the body, global frame.
 *
 * @param contact the contact in words, unique among a balance's reactions, e.g. {@code "hands, left"},
 *     {@code "pelvis on floor (resting)"}, {@code "feet, base centre of pressure"}; a forearm lying
 *     along the floor (a body on its side) pushes at two points, {@code "forearms, right, elbow"} and
 *     {@code "forearms, right, wrist"}
 * @param support the support it belongs to, or {@code null} for a base resultant of a posture with no
 *     supports
 * @param pointM where it acts (m)
 * @param forceXN anterior component (N)
 * @param forceYN superior component (N, positive = pushing up)
 * @param forceZN right component (N)
 * @param twistNm moment about the vertical axis (global y, N·m, positive = turning the body to its left
 *     seen from above, counter-clockwise) that the contact gives besides its force's moment about any
 *     point: a free couple. Friction over a contact area gives it: the base resultant's twist (the soles
 *     or the seat turning against the body's moment about the vertical axis, {@code Workspace.baseTwistNm()});
 *     zero for every other contact (point contacts and resting supports balance that moment with
 *     their forces)
 */
public record SupportReaction(String contact, Support support, PositionM pointM, double forceXN, double forceYN,
                              double forceZN, double twistNm) {
    /** Checks that every object component is given. */
    public SupportReaction {
        Checks.given(contact, "contact");
        Checks.given(pointM, "pointM");
    }

    /**
     * A contact without a twist: a force only ({@code twistNm} zero).
     *
     * @param contact the contact in words
     * @param support the support it belongs to, or {@code null} for a base resultant of a posture with no supports
     * @param pointM where it acts (m)
     * @param forceXN anterior component (N)
     * @param forceYN superior component (N)
     * @param forceZN right component (N)
     */
    public SupportReaction(String contact, Support support, PositionM pointM, double forceXN, double forceYN,
                           double forceZN) {
        this(contact, support, pointM, forceXN, forceYN, forceZN, 0);
    }
}
