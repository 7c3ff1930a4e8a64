package org.lumbosim.result;

import org.lumbosim.load.PositionM;
import org.lumbosim.posture.Support;

/**
 * The force one contact exerts on the body, global frame.
 *
 * @param contact the contact in words, e.g. {@code "hands, left"}, {@code "pelvis on floor (resting)"},
 *     {@code "base centre of pressure"}
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
