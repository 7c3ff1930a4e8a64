package org.lumbosim.viz;

import org.lumbosim.anthropometry.AnsurII2012;

/**
 * How thick the limbs are, for the stick scene's 3-D clearance between an arm and a leg
 * ({@link StickScene#limbClearanceM}), and how broad the body is at the shoulders and hips, where it
 * lies on its side (the scene's side-lying contacts): each limb segment a cone of round cross-sections whose
 * radius runs linearly from its proximal to its distal girth, each radius the girth's mean over
 * 2 pi (a circle of the same perimeter; real thighs are wider than deep, so a round section
 * understates their lateral reach a little).
 *
 * <p>Girths and breadths: the 2012 Anthropometric Survey of U.S. Army Personnel (ANSUR II), Gordon CC, Blackwell
 * CL, Bradtmiller B, et al. (2014), Methods and Summary Statistics, Natick/TR-15/007. Means of the
 * 4,082 men (mean stature 1.756 m, close to the default subject's 1.75 m), computed from the
 * survey's public data file (ANSUR II MALE Public.csv, the sample the report summarises; read from a
 * public copy of that file, the report's tables themselves not read). The women's means (1,986) are
 * 12-15 % smaller for the arms and 1-6 % for the legs; a woman's figure is checked with the men's.
 */
final class LimbBreadths {
    private LimbBreadths() {
    }

    /** Biceps circumference, flexed (m): the upper arm at both ends (the only upper-arm girth measured). */
    static final double BICEPS_CIRCUMFERENCE_FLEXED_M = 0.3581;
    /** Forearm circumference, flexed (m): the forearm's proximal end. */
    static final double FOREARM_CIRCUMFERENCE_FLEXED_M = 0.3101;
    /** Wrist circumference (m): the forearm's distal end and the hand's proximal end. */
    static final double WRIST_CIRCUMFERENCE_M = 0.1759;
    /** Hand circumference, around the metacarpals (m): the hand's distal end (the grip). */
    static final double HAND_CIRCUMFERENCE_M = 0.2123;
    /** Thigh circumference, at the gluteal furrow (m): the thigh's proximal end ({@link AnsurII2012}, men). */
    static final double THIGH_CIRCUMFERENCE_M = AnsurII2012.MALE_THIGH_CIRCUMFERENCE_M;
    /** Lower thigh circumference, just above the knee (m): the thigh's distal end ({@link AnsurII2012}, men). */
    static final double LOWER_THIGH_CIRCUMFERENCE_M = AnsurII2012.MALE_LOWER_THIGH_CIRCUMFERENCE_M;
    /** Calf circumference, its largest (m): the shank's proximal end. */
    static final double CALF_CIRCUMFERENCE_M = 0.3923;
    /** Ankle circumference, its least above the malleoli (m): the shank's distal end. */
    static final double ANKLE_CIRCUMFERENCE_M = 0.2293;
    /**
     * Bideltoid breadth (m): across the shoulders between the deltoids' lateral margins, standing;
     * half of it is where a body lying on its side touches the floor at the shoulder (standard
     * deviation 0.0325).
     */
    static final double BIDELTOID_BREADTH_M = 0.5104;
    /**
     * Hip breadth (m): the largest across the hips, standing; half of it is where a body lying on its
     * side touches the floor at the hip, over the greater trochanter (standard deviation 0.0242).
     */
    static final double HIP_BREADTH_M = 0.3457;

    /**
     * @param segment a segment's name ({@link StickScene.Segment#name()}): upper arm, forearm, hand,
     *     thigh or shank
     * @return its radius at the proximal and at the distal end (m)
     * @throws IllegalArgumentException for any other segment
     */
    static double[] radiiM(String segment) {
        return switch (segment) {
            case "upper arm" -> radii(BICEPS_CIRCUMFERENCE_FLEXED_M, BICEPS_CIRCUMFERENCE_FLEXED_M);
            case "forearm" -> radii(FOREARM_CIRCUMFERENCE_FLEXED_M, WRIST_CIRCUMFERENCE_M);
            case "hand" -> radii(WRIST_CIRCUMFERENCE_M, HAND_CIRCUMFERENCE_M);
            case "thigh" -> radii(THIGH_CIRCUMFERENCE_M, LOWER_THIGH_CIRCUMFERENCE_M);
            case "shank" -> radii(CALF_CIRCUMFERENCE_M, ANKLE_CIRCUMFERENCE_M);
            default -> throw new IllegalArgumentException("no breadth for segment " + segment);
        };
    }

    private static double[] radii(double proximalGirthM, double distalGirthM) {
        return new double[] {proximalGirthM / (2 * Math.PI), distalGirthM / (2 * Math.PI)};
    }
}
