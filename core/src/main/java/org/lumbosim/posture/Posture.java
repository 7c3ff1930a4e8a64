package org.lumbosim.posture;

import java.util.EnumSet;
import java.util.Set;
import org.lumbosim.internal.Checks;

/**
 * A whole-body posture. Angles in degrees; every one is zero in upright standing with the arms
 * hanging. Sign conventions (frames in {@code org.lumbosim.result} package documentation):
 *
 * @param trunkFlexionDeg inclination of the thorax from vertical in the body's sagittal plane, as an
 *     observer or inclinometer sees it (positive = leaning forward, negative = backward; -90 lying
 *     supine, +90 lying prone)
 * @param lumbarFlexionDeg flexion of the thorax relative to the pelvis, from the standing lordosis
 *     (positive = flexion, flattening the lordosis); the pelvis rotates by
 *     {@code trunkFlexionDeg - lumbarFlexionDeg}. Shared among the five levels by
 *     {@link LumbarMotion}
 * @param lateralBendDeg lateral bend of the thorax relative to the pelvis (positive = to the right)
 * @param axialRotationDeg axial rotation of the thorax relative to the pelvis (positive = twisting to
 *     the left)
 * @param hipFlexionDeg flexion of both thighs relative to the pelvis (positive = knee forward)
 * @param kneeFlexionDeg flexion of both knees (positive = heel backward)
 * @param shoulderFlexionDeg forward elevation of both upper arms relative to the thorax (0 = hanging
 *     along the thorax, 90 = pointing forward at right angles to it)
 * @param elbowFlexionDeg flexion of both elbows (0 = straight)
 * @param bodyRollDeg roll of the whole body about the anterior axis (positive = onto the right side;
 *     90 = lying on the right side)
 * @param supports contacts with the surroundings (copied; immutable)
 */
public record Posture(double trunkFlexionDeg, double lumbarFlexionDeg, double lateralBendDeg,
                      double axialRotationDeg, double hipFlexionDeg, double kneeFlexionDeg,
                      double shoulderFlexionDeg, double elbowFlexionDeg, double bodyRollDeg,
                      Set<Support> supports) {

    /** Checks every angle against {@link PostureRange}. */
    public Posture {
        Checks.inRange("trunkFlexionDeg", trunkFlexionDeg,
                PostureRange.TRUNK_FLEXION_MIN_DEG, PostureRange.TRUNK_FLEXION_MAX_DEG, "deg");
        Checks.inRange("lumbarFlexionDeg", lumbarFlexionDeg,
                PostureRange.LUMBAR_FLEXION_MIN_DEG, PostureRange.LUMBAR_FLEXION_MAX_DEG, "deg");
        Checks.inRange("lateralBendDeg", lateralBendDeg,
                -PostureRange.LATERAL_BEND_MAX_DEG, PostureRange.LATERAL_BEND_MAX_DEG, "deg");
        Checks.inRange("axialRotationDeg", axialRotationDeg,
                -PostureRange.AXIAL_ROTATION_MAX_DEG, PostureRange.AXIAL_ROTATION_MAX_DEG, "deg");
        Checks.inRange("hipFlexionDeg", hipFlexionDeg,
                PostureRange.HIP_FLEXION_MIN_DEG, PostureRange.HIP_FLEXION_MAX_DEG, "deg");
        Checks.inRange("kneeFlexionDeg", kneeFlexionDeg,
                PostureRange.KNEE_FLEXION_MIN_DEG, PostureRange.KNEE_FLEXION_MAX_DEG, "deg");
        Checks.inRange("shoulderFlexionDeg", shoulderFlexionDeg,
                PostureRange.SHOULDER_FLEXION_MIN_DEG, PostureRange.SHOULDER_FLEXION_MAX_DEG, "deg");
        Checks.inRange("elbowFlexionDeg", elbowFlexionDeg,
                PostureRange.ELBOW_FLEXION_MIN_DEG, PostureRange.ELBOW_FLEXION_MAX_DEG, "deg");
        Checks.inRange("bodyRollDeg", bodyRollDeg,
                -PostureRange.BODY_ROLL_MAX_DEG, PostureRange.BODY_ROLL_MAX_DEG, "deg");
        supports = supports == null || supports.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(supports));
        if (supports.contains(Support.BACKREST)) {
            for (Support s : supports) {
                if (s.onUpperBody()) {
                    throw new IllegalArgumentException("supports: BACKREST cannot be combined with " + s
                            + " (both act on the upper body; the backrest's push is set from the L5-S1 moment alone)");
                }
            }
        }
    }

    /** @return upright standing, arms hanging, feet on the floor */
    public static Posture uprightStanding() {
        return new Posture(0, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.FEET));
    }

    /**
     * Standing with the thorax inclined forward by {@code trunkFlexionDeg}, the lumbar spine and
     * pelvis sharing the motion by {@link LumbarMotion#rhythmLumbarFlexionDeg}, thighs vertical and
     * arms hanging vertically.
     *
     * @param trunkFlexionDeg thorax inclination (deg)
     * @return the posture
     */
    public static Posture standingFlexed(double trunkFlexionDeg) {
        return uprightStanding().withTrunkFlexionFollowingRhythmDeg(trunkFlexionDeg)
                .withShoulderFlexionDeg(trunkFlexionDeg);
    }

    /** @return the pelvis's rotation in the sagittal plane from its standing orientation (deg) */
    public double pelvisRotationDeg() {
        return trunkFlexionDeg - lumbarFlexionDeg;
    }

    /**
     * A copy with another thorax inclination, the lumbar flexion following the lumbopelvic rhythm
     * and the hip flexion changed by the pelvis's rotation so the thighs keep their orientation in
     * space.
     *
     * @param newTrunkFlexionDeg thorax inclination (deg)
     * @return the new posture
     */
    public Posture withTrunkFlexionFollowingRhythmDeg(double newTrunkFlexionDeg) {
        double lumbar = LumbarMotion.rhythmLumbarFlexionDeg(newTrunkFlexionDeg);
        double pelvisChange = (newTrunkFlexionDeg - lumbar) - pelvisRotationDeg();
        return new Posture(newTrunkFlexionDeg, lumbar, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg + pelvisChange, kneeFlexionDeg, shoulderFlexionDeg, elbowFlexionDeg,
                bodyRollDeg, supports);
    }

    /**
     * @param deg thorax inclination (deg); the pelvis absorbs the change (lumbar flexion kept)
     * @return a copy with another thorax inclination
     */
    public Posture withTrunkFlexionDeg(double deg) {
        return new Posture(deg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg, hipFlexionDeg,
                kneeFlexionDeg, shoulderFlexionDeg, elbowFlexionDeg, bodyRollDeg, supports);
    }

    /**
     * @param deg lumbar flexion (deg); the pelvis absorbs the change (thorax inclination kept)
     * @return a copy with another lumbar flexion
     */
    public Posture withLumbarFlexionDeg(double deg) {
        return new Posture(trunkFlexionDeg, deg, lateralBendDeg, axialRotationDeg, hipFlexionDeg,
                kneeFlexionDeg, shoulderFlexionDeg, elbowFlexionDeg, bodyRollDeg, supports);
    }

    /**
     * @param deg lateral bend (deg, positive to the right)
     * @return a copy with another lateral bend
     */
    public Posture withLateralBendDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, deg, axialRotationDeg, hipFlexionDeg,
                kneeFlexionDeg, shoulderFlexionDeg, elbowFlexionDeg, bodyRollDeg, supports);
    }

    /**
     * @param deg axial rotation (deg, positive to the left)
     * @return a copy with another axial rotation
     */
    public Posture withAxialRotationDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, deg, hipFlexionDeg,
                kneeFlexionDeg, shoulderFlexionDeg, elbowFlexionDeg, bodyRollDeg, supports);
    }

    /**
     * @param deg hip flexion (deg)
     * @return a copy with another hip flexion
     */
    public Posture withHipFlexionDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg, deg,
                kneeFlexionDeg, shoulderFlexionDeg, elbowFlexionDeg, bodyRollDeg, supports);
    }

    /**
     * @param deg knee flexion (deg)
     * @return a copy with another knee flexion
     */
    public Posture withKneeFlexionDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, deg, shoulderFlexionDeg, elbowFlexionDeg, bodyRollDeg, supports);
    }

    /**
     * @param deg shoulder flexion (deg)
     * @return a copy with another shoulder flexion
     */
    public Posture withShoulderFlexionDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, kneeFlexionDeg, deg, elbowFlexionDeg, bodyRollDeg, supports);
    }

    /**
     * @param deg elbow flexion (deg)
     * @return a copy with another elbow flexion
     */
    public Posture withElbowFlexionDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, kneeFlexionDeg, shoulderFlexionDeg, deg, bodyRollDeg, supports);
    }

    /**
     * @param deg whole-body roll (deg, positive onto the right side)
     * @return a copy with another body roll
     */
    public Posture withBodyRollDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, kneeFlexionDeg, shoulderFlexionDeg, elbowFlexionDeg, deg, supports);
    }

    /**
     * @param newSupports the contacts (copied)
     * @return a copy with other supports
     */
    public Posture withSupports(Set<Support> newSupports) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, kneeFlexionDeg, shoulderFlexionDeg, elbowFlexionDeg, bodyRollDeg,
                newSupports);
    }

    /**
     * @param support a contact
     * @return whether the posture has it
     */
    public boolean has(Support support) {
        return supports.contains(support);
    }
}
