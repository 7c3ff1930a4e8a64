package org.lumbosim.posture;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.lumbosim.internal.Checks;

/**
 * A whole-body posture. Angles in degrees; every one is zero in upright standing with the arms
 * hanging. Sign conventions (frames in {@code org.lumbosim.result} package documentation):
 *
 * <p>Arms. The upper arms either hang under gravity ({@code armsHang}: vertical, whatever the
 * thorax's inclination, so the hands and a load in them stay under the shoulders when the trunk
 * bends) or are held at a given angle relative to the thorax. {@link #uprightStanding()},
 * {@link #standingFlexed(double)} and {@link #withArmsHanging()} give hanging arms,
 * {@link #withShoulderFlexionDeg(double)} and the 10-argument constructor a given angle. Every
 * {@code with...} copy keeps the choice, so a posture with hanging arms keeps them hanging when its
 * trunk angle is changed (sweeps, rhythm). The elbow angle is always given (0 = straight).
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
 * @param shoulderFlexionDeg forward elevation of both upper arms relative to the thorax (0 = along
 *     the thorax, 90 = pointing forward at right angles to it). With {@code armsHang} it follows
 *     from the trunk ({@link #hangingShoulderFlexionDeg(double)}): give {@code Double.NaN} (or that
 *     value); any other value is rejected
 * @param elbowFlexionDeg flexion of both elbows (0 = straight)
 * @param bodyRollDeg roll of the whole body about the anterior axis (positive = onto the right side;
 *     90 = lying on the right side)
 * @param supports contacts with the surroundings (copied; immutable); null or empty: none, a body
 *     without contacts whose base is not checked ({@link Support})
 * @param armsHang whether the upper arms hang vertically under gravity (true) or are held at the
 *     given {@code shoulderFlexionDeg} (false)
 * @param anklePlantarFlexionDeg plantar flexion of both ankles (0 = foot at right angles to the shank,
 *     positive = toes pointed away from the shin, negative = dorsiflexion). It sets the foot of a free
 *     leg and of a foot standing on its toes (a plank); a foot standing flat on the floor, or lying
 *     along a lying shank, takes the angle its support gives it, whatever this value
 * @param shoulderAbductionDeg abduction of both arms (0 = in the body's sagittal plane, positive =
 *     hands outward, away from the body's midline): each whole arm, elbow angle kept, turns outward
 *     about the axis through the shoulder at right angles to the upper arm in the sagittal plane, so
 *     hanging arms stay vertical and their hands stay where the side view puts them, only further
 *     apart and slightly higher
 * @param hipAdductionDeg adduction of both legs (0 = in the body's sagittal plane, positive = feet
 *     toward the body's midline): each whole leg, knee and ankle angles kept, turns inward about the
 *     axis through the hip joint at right angles to the thigh in the sagittal plane, as the arms'
 *     abduction turns them outward; it stacks the feet of a body lying on its side
 */
public record Posture(double trunkFlexionDeg, double lumbarFlexionDeg, double lateralBendDeg,
                      double axialRotationDeg, double hipFlexionDeg, double kneeFlexionDeg,
                      double shoulderFlexionDeg, double elbowFlexionDeg, double bodyRollDeg,
                      Set<Support> supports, boolean armsHang, double anklePlantarFlexionDeg,
                      double shoulderAbductionDeg, double hipAdductionDeg) {

    /**
     * Checks every angle against {@link PostureRange}; with {@code armsHang}, sets the shoulder
     * flexion from the trunk's inclination.
     *
     * @throws IllegalArgumentException if {@code armsHang} and a shoulder angle other than NaN or
     *     the hanging one is given
     * @throws org.lumbosim.IncompatibleSupportsException (an {@link IllegalArgumentException}) if the
     *     supports cannot be combined ({@link SupportCombinations})
     * @throws IllegalArgumentException if the set of supports contains null ({@code "supports contains null"})
     */
    public Posture {
        if (armsHang) {
            double hanging = hangingShoulderFlexionDeg(trunkFlexionDeg);
            if (!Double.isNaN(shoulderFlexionDeg) && shoulderFlexionDeg != hanging) {
                throw new IllegalArgumentException("shoulderFlexionDeg = " + shoulderFlexionDeg
                        + " deg contradicts armsHang (hanging arms have " + hanging + " deg at trunkFlexionDeg = "
                        + trunkFlexionDeg + " deg): give NaN, or armsHang = false for a held angle");
            }
            shoulderFlexionDeg = hanging;
        }
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
        Checks.inRange("anklePlantarFlexionDeg", anklePlantarFlexionDeg,
                PostureRange.ANKLE_PLANTAR_FLEXION_MIN_DEG, PostureRange.ANKLE_PLANTAR_FLEXION_MAX_DEG, "deg");
        Checks.inRange("shoulderAbductionDeg", shoulderAbductionDeg,
                PostureRange.SHOULDER_ABDUCTION_MIN_DEG, PostureRange.SHOULDER_ABDUCTION_MAX_DEG, "deg");
        Checks.inRange("hipAdductionDeg", hipAdductionDeg,
                PostureRange.HIP_ADDUCTION_MIN_DEG, PostureRange.HIP_ADDUCTION_MAX_DEG, "deg");
        if (supports != null && !(supports instanceof EnumSet<?>)) {
            // EnumSet.copyOf threw a NullPointerException from inside the JDK (fifteenth session); not
            // contains(null), which Set.of's sets answer with a NullPointerException themselves
            for (Support each : supports) {
                if (each == null) {
                    throw new IllegalArgumentException("supports contains null: every support is needed (leave a "
                            + "missing one out of the set; " + java.util.Arrays.toString(Support.values()) + ")");
                }
            }
        }
        // an unmodifiable EnumSet: has(...) is a bit test (a population asks it several times per person)
        supports = Collections.unmodifiableSet(supports == null || supports.isEmpty() ? EnumSet.noneOf(Support.class)
                : EnumSet.copyOf(supports));
        SupportCombinations.check(supports);
    }

    /**
     * A posture with the legs in the sagittal plane ({@code hipAdductionDeg} 0). Parameters as the
     * record's.
     *
     * @param trunkFlexionDeg thorax inclination (deg)
     * @param lumbarFlexionDeg lumbar flexion (deg)
     * @param lateralBendDeg lateral bend (deg)
     * @param axialRotationDeg axial rotation (deg)
     * @param hipFlexionDeg hip flexion (deg)
     * @param kneeFlexionDeg knee flexion (deg)
     * @param shoulderFlexionDeg shoulder flexion relative to the thorax (deg); NaN with {@code armsHang}
     * @param elbowFlexionDeg elbow flexion (deg)
     * @param bodyRollDeg body roll (deg)
     * @param supports contacts (copied)
     * @param armsHang whether the upper arms hang under gravity
     * @param anklePlantarFlexionDeg ankle plantar flexion (deg)
     * @param shoulderAbductionDeg abduction of both arms (deg)
     */
    public Posture(double trunkFlexionDeg, double lumbarFlexionDeg, double lateralBendDeg,
                   double axialRotationDeg, double hipFlexionDeg, double kneeFlexionDeg,
                   double shoulderFlexionDeg, double elbowFlexionDeg, double bodyRollDeg,
                   Set<Support> supports, boolean armsHang, double anklePlantarFlexionDeg,
                   double shoulderAbductionDeg) {
        this(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg, hipFlexionDeg, kneeFlexionDeg,
                shoulderFlexionDeg, elbowFlexionDeg, bodyRollDeg, supports, armsHang, anklePlantarFlexionDeg,
                shoulderAbductionDeg, 0);
    }

    /**
     * A posture with the arms in the sagittal plane ({@code shoulderAbductionDeg} 0). Parameters as
     * the record's.
     *
     * @param trunkFlexionDeg thorax inclination (deg)
     * @param lumbarFlexionDeg lumbar flexion (deg)
     * @param lateralBendDeg lateral bend (deg)
     * @param axialRotationDeg axial rotation (deg)
     * @param hipFlexionDeg hip flexion (deg)
     * @param kneeFlexionDeg knee flexion (deg)
     * @param shoulderFlexionDeg shoulder flexion relative to the thorax (deg); NaN with {@code armsHang}
     * @param elbowFlexionDeg elbow flexion (deg)
     * @param bodyRollDeg body roll (deg)
     * @param supports contacts (copied)
     * @param armsHang whether the upper arms hang under gravity
     * @param anklePlantarFlexionDeg ankle plantar flexion (deg)
     */
    public Posture(double trunkFlexionDeg, double lumbarFlexionDeg, double lateralBendDeg,
                   double axialRotationDeg, double hipFlexionDeg, double kneeFlexionDeg,
                   double shoulderFlexionDeg, double elbowFlexionDeg, double bodyRollDeg,
                   Set<Support> supports, boolean armsHang, double anklePlantarFlexionDeg) {
        this(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg, hipFlexionDeg, kneeFlexionDeg,
                shoulderFlexionDeg, elbowFlexionDeg, bodyRollDeg, supports, armsHang, anklePlantarFlexionDeg, 0);
    }

    /**
     * A posture with the ankles at right angles ({@code anklePlantarFlexionDeg} 0). Parameters as the
     * record's.
     *
     * @param trunkFlexionDeg thorax inclination (deg)
     * @param lumbarFlexionDeg lumbar flexion (deg)
     * @param lateralBendDeg lateral bend (deg)
     * @param axialRotationDeg axial rotation (deg)
     * @param hipFlexionDeg hip flexion (deg)
     * @param kneeFlexionDeg knee flexion (deg)
     * @param shoulderFlexionDeg shoulder flexion relative to the thorax (deg); NaN with {@code armsHang}
     * @param elbowFlexionDeg elbow flexion (deg)
     * @param bodyRollDeg body roll (deg)
     * @param supports contacts (copied)
     * @param armsHang whether the upper arms hang under gravity
     */
    public Posture(double trunkFlexionDeg, double lumbarFlexionDeg, double lateralBendDeg,
                   double axialRotationDeg, double hipFlexionDeg, double kneeFlexionDeg,
                   double shoulderFlexionDeg, double elbowFlexionDeg, double bodyRollDeg,
                   Set<Support> supports, boolean armsHang) {
        this(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg, hipFlexionDeg, kneeFlexionDeg,
                shoulderFlexionDeg, elbowFlexionDeg, bodyRollDeg, supports, armsHang, 0);
    }

    /**
     * A posture with the upper arms held at {@code shoulderFlexionDeg} relative to the thorax
     * ({@code armsHang} false). Parameters as the record's.
     *
     * @param trunkFlexionDeg thorax inclination (deg)
     * @param lumbarFlexionDeg lumbar flexion (deg)
     * @param lateralBendDeg lateral bend (deg)
     * @param axialRotationDeg axial rotation (deg)
     * @param hipFlexionDeg hip flexion (deg)
     * @param kneeFlexionDeg knee flexion (deg)
     * @param shoulderFlexionDeg shoulder flexion relative to the thorax (deg), as given
     * @param elbowFlexionDeg elbow flexion (deg)
     * @param bodyRollDeg body roll (deg)
     * @param supports contacts (copied)
     */
    public Posture(double trunkFlexionDeg, double lumbarFlexionDeg, double lateralBendDeg,
                   double axialRotationDeg, double hipFlexionDeg, double kneeFlexionDeg,
                   double shoulderFlexionDeg, double elbowFlexionDeg, double bodyRollDeg,
                   Set<Support> supports) {
        this(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg, hipFlexionDeg, kneeFlexionDeg,
                shoulderFlexionDeg, elbowFlexionDeg, bodyRollDeg, supports, false);
    }

    /**
     * The shoulder flexion (relative to the thorax) that makes the upper arms hang vertically: the
     * thorax's inclination, limited to the shoulder's range of motion ({@link PostureRange}). Within
     * that range (trunk -60 to 180 deg) the arms are exactly vertical; leaning back further (lying
     * supine is -90) the arms stop at the range's end, so give lying postures a shoulder angle
     * (the lying presets do: arms along the body).
     *
     * @param trunkFlexionDeg thorax inclination (deg), within {@link PostureRange}'s trunk range
     * @return the shoulder flexion of hanging arms (deg)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code trunkFlexionDeg} is outside that range or not
     *     finite (a NaN gave a NaN angle)
     */
    public static double hangingShoulderFlexionDeg(double trunkFlexionDeg) {
        Checks.inRange("trunkFlexionDeg", trunkFlexionDeg,
                PostureRange.TRUNK_FLEXION_MIN_DEG, PostureRange.TRUNK_FLEXION_MAX_DEG, "deg");
        return Math.max(PostureRange.SHOULDER_FLEXION_MIN_DEG,
                Math.min(PostureRange.SHOULDER_FLEXION_MAX_DEG, trunkFlexionDeg));
    }

    /** @return upright standing, arms hanging, feet on the floor */
    public static Posture uprightStanding() {
        return new Posture(0, 0, 0, 0, 0, 0, Double.NaN, 0, 0, Set.of(Support.FEET), true);
    }

    /**
     * Standing with the thorax inclined forward by {@code trunkFlexionDeg}, the lumbar spine and
     * pelvis sharing the motion by {@link LumbarMotion#rhythmLumbarFlexionDeg}, thighs vertical and
     * arms hanging vertically ({@code armsHang}).
     *
     * @param trunkFlexionDeg thorax inclination (deg)
     * @return the posture
     */
    public static Posture standingFlexed(double trunkFlexionDeg) {
        return uprightStanding().withTrunkFlexionFollowingRhythmDeg(trunkFlexionDeg);
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
                hipFlexionDeg + pelvisChange, kneeFlexionDeg, heldShoulderDeg(), elbowFlexionDeg,
                bodyRollDeg, supports, armsHang, anklePlantarFlexionDeg,
                shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @param deg thorax inclination (deg); the pelvis absorbs the change (lumbar flexion kept)
     * @return a copy with another thorax inclination
     */
    public Posture withTrunkFlexionDeg(double deg) {
        return new Posture(deg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg, hipFlexionDeg,
                kneeFlexionDeg, heldShoulderDeg(), elbowFlexionDeg, bodyRollDeg, supports, armsHang, anklePlantarFlexionDeg,
                shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @param deg lumbar flexion (deg); the pelvis absorbs the change (thorax inclination kept)
     * @return a copy with another lumbar flexion
     */
    public Posture withLumbarFlexionDeg(double deg) {
        return new Posture(trunkFlexionDeg, deg, lateralBendDeg, axialRotationDeg, hipFlexionDeg,
                kneeFlexionDeg, heldShoulderDeg(), elbowFlexionDeg, bodyRollDeg, supports, armsHang, anklePlantarFlexionDeg,
                shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @param deg lateral bend (deg, positive to the right)
     * @return a copy with another lateral bend
     */
    public Posture withLateralBendDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, deg, axialRotationDeg, hipFlexionDeg,
                kneeFlexionDeg, heldShoulderDeg(), elbowFlexionDeg, bodyRollDeg, supports, armsHang, anklePlantarFlexionDeg,
                shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @param deg axial rotation (deg, positive to the left)
     * @return a copy with another axial rotation
     */
    public Posture withAxialRotationDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, deg, hipFlexionDeg,
                kneeFlexionDeg, heldShoulderDeg(), elbowFlexionDeg, bodyRollDeg, supports, armsHang, anklePlantarFlexionDeg,
                shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @param deg hip flexion (deg)
     * @return a copy with another hip flexion
     */
    public Posture withHipFlexionDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg, deg,
                kneeFlexionDeg, heldShoulderDeg(), elbowFlexionDeg, bodyRollDeg, supports, armsHang, anklePlantarFlexionDeg,
                shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @param deg knee flexion (deg)
     * @return a copy with another knee flexion
     */
    public Posture withKneeFlexionDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, deg, heldShoulderDeg(), elbowFlexionDeg, bodyRollDeg, supports, armsHang, anklePlantarFlexionDeg,
                shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @param deg shoulder flexion relative to the thorax (deg), held whatever the trunk does
     * @return a copy with the arms held at that angle ({@code armsHang} false)
     */
    public Posture withShoulderFlexionDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, kneeFlexionDeg, deg, elbowFlexionDeg, bodyRollDeg, supports, false,
                anklePlantarFlexionDeg, shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @return a copy whose upper arms hang vertically ({@code armsHang}), also after later changes of
     *     the trunk angle
     */
    public Posture withArmsHanging() {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg, hipFlexionDeg,
                kneeFlexionDeg, Double.NaN, elbowFlexionDeg, bodyRollDeg, supports, true, anklePlantarFlexionDeg,
                shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @param deg plantar flexion of both ankles (deg, 0 = foot at right angles to the shank)
     * @return a copy with another ankle angle
     */
    public Posture withAnklePlantarFlexionDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, kneeFlexionDeg, heldShoulderDeg(), elbowFlexionDeg, bodyRollDeg, supports, armsHang,
                deg, shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @param deg abduction of both arms (deg, 0 = in the sagittal plane, positive = hands outward)
     * @return a copy with another arm abduction
     */
    public Posture withShoulderAbductionDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, kneeFlexionDeg, heldShoulderDeg(), elbowFlexionDeg, bodyRollDeg, supports, armsHang,
                anklePlantarFlexionDeg, deg, hipAdductionDeg);
    }

    /**
     * @param deg adduction of both legs (deg, 0 = in the sagittal plane, positive = feet toward the midline)
     * @return a copy with another leg adduction
     */
    public Posture withHipAdductionDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, kneeFlexionDeg, heldShoulderDeg(), elbowFlexionDeg, bodyRollDeg, supports, armsHang,
                anklePlantarFlexionDeg, shoulderAbductionDeg, deg);
    }

    /** The shoulder angle a copy passes on: NaN for hanging arms (re-derived from the copy's trunk). */
    private double heldShoulderDeg() {
        return armsHang ? Double.NaN : shoulderFlexionDeg;
    }

    /**
     * @param deg elbow flexion (deg)
     * @return a copy with another elbow flexion
     */
    public Posture withElbowFlexionDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, kneeFlexionDeg, heldShoulderDeg(), deg, bodyRollDeg, supports, armsHang, anklePlantarFlexionDeg,
                shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @param deg whole-body roll (deg, positive onto the right side)
     * @return a copy with another body roll
     */
    public Posture withBodyRollDeg(double deg) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, kneeFlexionDeg, heldShoulderDeg(), elbowFlexionDeg, deg, supports, armsHang, anklePlantarFlexionDeg,
                shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @param newSupports the contacts (copied); null or empty: none (see the record's {@code supports})
     * @return a copy with other supports
     */
    public Posture withSupports(Set<Support> newSupports) {
        return new Posture(trunkFlexionDeg, lumbarFlexionDeg, lateralBendDeg, axialRotationDeg,
                hipFlexionDeg, kneeFlexionDeg, heldShoulderDeg(), elbowFlexionDeg, bodyRollDeg,
                newSupports, armsHang, anklePlantarFlexionDeg, shoulderAbductionDeg, hipAdductionDeg);
    }

    /**
     * @param support a contact
     * @return whether the posture has it
     */
    public boolean has(Support support) {
        Checks.given(support, "support", "a support is needed (e.g. Support.FEET)");
        return supports.contains(support);
    }
}
