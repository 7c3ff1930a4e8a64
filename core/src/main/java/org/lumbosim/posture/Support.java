package org.lumbosim.posture;

/**
 * Contacts between the body and its surroundings. Reactions follow from equilibrium under the
 * assumption stated for each.
 */
public enum Support {
    /**
     * Feet on the floor. Carries whatever the other supports leave of the whole-body weight and
     * hand loads (reported, does not change lumbar loads).
     */
    FEET,
    /** A seat under the pelvis and thighs. Carries the weight not carried by the feet or a backrest. */
    SEAT,
    /**
     * A backrest behind the thorax, pushing along the thorax's anterior axis (no friction). It
     * pushes just hard enough to cancel the extension (backward-leaning) moment of the upper body
     * about L5-S1, so that a person leaning back relaxes the abdominal muscles, and pushes not at all
     * when the upper body leans forward (a backrest cannot pull). Assumption of this model.
     */
    BACKREST,
    /**
     * A bed or floor the trunk, head and limbs lie on. Each segment resting on it is carried at its
     * own centre of mass (a fully supported body), so gravity adds no bending moment along the
     * spine. Assumption of this model.
     */
    LYING_SURFACE
}
