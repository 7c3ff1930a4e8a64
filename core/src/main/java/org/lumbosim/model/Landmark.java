package org.lumbosim.model;

/** Points of the body whose positions a solve reports (for stick figures and reach checks). */
public enum Landmark {
    /** Top of the head (vertex). */
    HEAD_TOP,
    /** Seventh cervical vertebra. */
    C7,
    /** Left shoulder joint centre. */
    SHOULDER_LEFT,
    /** Right shoulder joint centre. */
    SHOULDER_RIGHT,
    /** Left elbow joint centre. */
    ELBOW_LEFT,
    /** Right elbow joint centre. */
    ELBOW_RIGHT,
    /** Left wrist joint centre. */
    WRIST_LEFT,
    /** Right wrist joint centre. */
    WRIST_RIGHT,
    /** Left hand's grip point (its centre of mass), where hand loads act. */
    GRIP_LEFT,
    /** Right hand's grip point. */
    GRIP_RIGHT,
    /** Left hip joint centre. */
    HIP_LEFT,
    /** Right hip joint centre. */
    HIP_RIGHT,
    /** Left knee joint centre. */
    KNEE_LEFT,
    /** Right knee joint centre. */
    KNEE_RIGHT,
    /** Left ankle (lateral malleolus). */
    ANKLE_LEFT,
    /** Right ankle. */
    ANKLE_RIGHT,
    /** Left toe tip. */
    TOE_LEFT,
    /** Right toe tip. */
    TOE_RIGHT,
    /**
     * Left point where the pelvis rests on a floor beneath it ({@link org.lumbosim.posture.Support#PELVIS_ON_FLOOR}):
     * for a pelvis tilted back, or forward by at most 30 deg, the lowest point of its bony outline in
     * the sagittal plane, the ischial tuberosity (sitting) or the sacral crest (lying on the back), whichever lies
     * lower (at the tuberosity's lateral offset, or the sacrum's at the hip joint's); for a pelvis
     * tipped further forward (lying prone, kneeling on the heels), the hip joint centre, with the pubis or the
     * ischia about beneath it.
     */
    PELVIS_REST_LEFT,
    /** Right point where the pelvis rests on a floor beneath it (as {@link #PELVIS_REST_LEFT}). */
    PELVIS_REST_RIGHT
}
