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
    TOE_RIGHT
}
