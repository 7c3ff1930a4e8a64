package org.lumbosim.result;

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
 */
public record SupportReaction(String contact, Support support, PositionM pointM, double forceXN, double forceYN,
                              double forceZN) {
}
