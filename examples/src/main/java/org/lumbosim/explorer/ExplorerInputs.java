package org.lumbosim.explorer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lumbosim.RangeText;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.posture.Support;

/**
 * The explorer's sliders: a subject, a posture standing or sitting ({@link Stance}), and a load held
 * in both hands at a horizontal distance in front of the L5-S1 disc. The explorer's page, its
 * compiled model and its tests all turn these values into a task the same way.
 *
 * <p>The posture: the thorax inclined by {@code trunkFlexionDeg}, the lumbar spine flexed by
 * {@code lumbarFlexionDeg} (the pelvis takes the rest), both knees flexed by {@code kneeFlexionDeg};
 * standing, the thighs inclined forward by half of it (a squat with the hips above the ankles);
 * sitting, the thighs horizontal on the seat (hip flexion = pelvis inclination + 90, as the seated
 * presets {@code sitting_unsupported} and {@code sitting_max_flexion} have them); elbows straight, and
 * the arms rotated at the shoulders until the grip is {@code handDistanceM} in front of the L5-S1 disc
 * centre ({@link #posture(double, double)}).
 *
 * @param sex sex of the subject
 * @param statureM stature (m)
 * @param bodyMassKg body mass (kg)
 * @param muscles the muscle model
 * @param trunkFlexionDeg inclination of the thorax from vertical (deg, + forward)
 * @param lumbarFlexionDeg flexion of the thorax relative to the pelvis (deg, + flexion)
 * @param kneeFlexionDeg flexion of both knees (deg)
 * @param loadKg mass held in both hands (kg; 0 = no load)
 * @param handDistanceM horizontal distance of the grip in front of the L5-S1 disc centre (m)
 * @param stance standing, or sitting with or without the trunk resting on the thighs
 */
public record ExplorerInputs(Sex sex, double statureM, double bodyMassKg, MuscleModelKind muscles,
                             double trunkFlexionDeg, double lumbarFlexionDeg, double kneeFlexionDeg,
                             double loadKg, double handDistanceM, Stance stance) {
    /** How the body is supported: the explorer's support choice. */
    public enum Stance {
        /** Standing on both feet ({@link Support#FEET}). */
        STANDING(EnumSet.of(Support.FEET)),
        /** Sitting on a seat, the feet on the floor ({@link Support#SEAT}, {@link Support#FEET}). */
        SITTING(EnumSet.of(Support.SEAT, Support.FEET)),
        /**
         * Sitting bent forward with the trunk resting on the thighs ({@link Support#TRUNK_ON_THIGHS}
         * besides the seat and the feet): the thighs push on the abdomen where it touches them, within
         * {@link Support#CONTACT_TOLERANCE_M}; clear of them they do not, and deeper the library
         * refuses the posture.
         */
        SITTING_TRUNK_ON_THIGHS(EnumSet.of(Support.SEAT, Support.FEET, Support.TRUNK_ON_THIGHS)),
        /**
         * Sitting with the hands resting on the thighs ({@link Support#HANDS_ON_THIGHS} besides the seat
         * and the feet), the arms posed as the preset {@code sitting_unsupported} has them (shoulder and
         * elbow angles, relative to the thorax), so the hand distance does not apply: each thigh carries
         * its hand where it touches it, within {@link Support#CONTACT_TOLERANCE_M}; clear of it the hand
         * hangs, and deeper the library refuses the posture.
         */
        SITTING_HANDS_ON_THIGHS(EnumSet.of(Support.SEAT, Support.FEET, Support.HANDS_ON_THIGHS));

        private final Set<Support> supports;

        Stance(Set<Support> supports) {
            this.supports = Set.copyOf(supports);
        }

        /** @return the supports of this stance (unmodifiable) */
        public Set<Support> supports() {
            return supports;
        }

        /** @return whether the pelvis sits on a seat, the thighs horizontal */
        public boolean seated() {
            return supports.contains(Support.SEAT);
        }
    }

    /** Smallest trunk flexion of the slider (deg). */
    public static final double TRUNK_MIN_DEG = -20;
    /** Largest trunk flexion of the slider (deg). */
    public static final double TRUNK_MAX_DEG = 90;
    /** Largest knee flexion of the slider (deg). */
    public static final double KNEE_MAX_DEG = 120;
    /** Largest load of the slider (kg). */
    public static final double LOAD_MAX_KG = 30;
    /** Smallest hand distance of the slider (m). */
    public static final double HAND_DISTANCE_MIN_M = 0;
    /** Largest hand distance of the slider (m). */
    public static final double HAND_DISTANCE_MAX_M = 0.8;
    /** Smallest body mass of the slider (kg). */
    public static final double BODY_MASS_MIN_KG = 40;
    /** Largest body mass of the slider (kg). */
    public static final double BODY_MASS_MAX_KG = 150;
    /** Default load (kg). */
    public static final double DEFAULT_LOAD_KG = 10;
    /** Default hand distance (m). */
    public static final double DEFAULT_HAND_DISTANCE_M = 0.3;

    /** Half: standing, the thighs take half of the knee flexion. */
    private static final double HALF = 0.5;
    /** Hip flexion of a horizontal thigh beyond the pelvis's inclination (deg): sitting, the thighs lie on the seat. */
    private static final double THIGH_HORIZONTAL_DEG = 90;

    /** Checks the subject's values through {@link Subject} and the angles through {@link Posture}. */
    public ExplorerInputs {
        Checks.given(sex, "sex");
        Checks.given(muscles, "muscles");
        Checks.given(stance, "stance");
        subjectOf(sex, statureM, bodyMassKg);
        if (!(loadKg >= 0 && loadKg <= HandLoad.MAX_MASS_KG)) {
            throw new IllegalArgumentException("loadKg = " + loadKg + " is outside "
                    + RangeText.withUnit(0, HandLoad.MAX_MASS_KG, "kg"));
        }
        if (!(Math.abs(handDistanceM) <= HAND_DISTANCE_MAX_M)) {
            throw new IllegalArgumentException("handDistanceM = " + handDistanceM + " is outside "
                    + RangeText.withUnit(-HAND_DISTANCE_MAX_M, HAND_DISTANCE_MAX_M, "m"));
        }
        armsHanging(trunkFlexionDeg, lumbarFlexionDeg, kneeFlexionDeg, stance);
    }

    /**
     * Standing inputs ({@link Stance#STANDING}); parameters as the record's.
     *
     * @param sex sex of the subject
     * @param statureM stature (m)
     * @param bodyMassKg body mass (kg)
     * @param muscles the muscle model
     * @param trunkFlexionDeg inclination of the thorax from vertical (deg, + forward)
     * @param lumbarFlexionDeg flexion of the thorax relative to the pelvis (deg, + flexion)
     * @param kneeFlexionDeg flexion of both knees (deg)
     * @param loadKg mass held in both hands (kg; 0 = no load)
     * @param handDistanceM horizontal distance of the grip in front of the L5-S1 disc centre (m)
     */
    public ExplorerInputs(Sex sex, double statureM, double bodyMassKg, MuscleModelKind muscles,
                          double trunkFlexionDeg, double lumbarFlexionDeg, double kneeFlexionDeg,
                          double loadKg, double handDistanceM) {
        this(sex, statureM, bodyMassKg, muscles, trunkFlexionDeg, lumbarFlexionDeg, kneeFlexionDeg, loadKg,
                handDistanceM, Stance.STANDING);
    }

    /** @return the posture's supports: those of the {@link #stance} */
    public Set<Support> supports() {
        return stance.supports();
    }

    /**
     * @return the explorer's starting values: the default subject standing upright, single-equivalent
     *     muscles, {@link #DEFAULT_LOAD_KG} held {@link #DEFAULT_HAND_DISTANCE_M} in front of L5-S1
     */
    public static ExplorerInputs defaults() {
        Subject s = Subject.defaultSubject();
        return new ExplorerInputs(s.sex(), s.statureM(), s.bodyMassKg(), MuscleModelKind.SINGLE_EQUIVALENT, 0, 0, 0,
                DEFAULT_LOAD_KG, DEFAULT_HAND_DISTANCE_M);
    }

    /** @return the subject (default age) */
    public Subject subject() {
        return subjectOf(sex, statureM, bodyMassKg);
    }

    private static Subject subjectOf(Sex sex, double statureM, double bodyMassKg) {
        return Subject.defaultSubject().withSex(sex).withStatureM(statureM).withBodyMassKg(bodyMassKg);
    }

    /** @return the load in both hands at the grip points (empty without a load) */
    public List<HandLoad> loads() {
        return loadKg > 0 ? List.of(HandLoad.ofMassKg(loadKg)) : List.of();
    }

    /**
     * @return the posture with the arms hanging vertically (elbows straight): the pose from which
     *     {@link ExplorerSolver} measures where the shoulder is and how long the arm is; with the hands
     *     resting on the thighs, the arms as {@link Stance#SITTING_HANDS_ON_THIGHS} poses them
     */
    public Posture armsHangingPosture() {
        return armsHanging(trunkFlexionDeg, lumbarFlexionDeg, kneeFlexionDeg, stance);
    }

    private static Posture armsHanging(double trunkDeg, double lumbarDeg, double kneeDeg, Stance stance) {
        if (!(trunkDeg >= TRUNK_MIN_DEG && trunkDeg <= TRUNK_MAX_DEG)) {
            throw new IllegalArgumentException("trunkFlexionDeg = " + trunkDeg + " is outside "
                    + RangeText.withUnit(TRUNK_MIN_DEG, TRUNK_MAX_DEG, "deg"));
        }
        if (!(kneeDeg >= 0 && kneeDeg <= KNEE_MAX_DEG)) {
            throw new IllegalArgumentException("kneeFlexionDeg = " + kneeDeg + " is outside "
                    + RangeText.withUnit(0, KNEE_MAX_DEG, "deg"));
        }
        double thighDeg = stance.seated() ? THIGH_HORIZONTAL_DEG : HALF * kneeDeg;
        double hip = clamp(trunkDeg - lumbarDeg + thighDeg, PostureRange.HIP_FLEXION_MIN_DEG,
                PostureRange.HIP_FLEXION_MAX_DEG);
        if (stance == Stance.SITTING_HANDS_ON_THIGHS) {
            Posture resting = PosturePreset.SITTING_UNSUPPORTED.posture();
            return new Posture(trunkDeg, lumbarDeg, 0, 0, hip, kneeDeg, resting.shoulderFlexionDeg(),
                    resting.elbowFlexionDeg(), 0, stance.supports());
        }
        return new Posture(trunkDeg, lumbarDeg, 0, 0, hip, kneeDeg, trunkDeg, 0, 0, stance.supports());
    }

    /**
     * The posture with the arms raised (elbows straight) so that the grip is {@link #handDistanceM}
     * in front of the L5-S1 disc centre, or as near as the arm reaches; with the hands resting on the
     * thighs, the arms as {@link Stance#SITTING_HANDS_ON_THIGHS} poses them.
     *
     * @param shoulderXM the shoulder's anterior position in {@link #armsHangingPosture()} (m, from L5-S1)
     * @param armLengthM the distance from the shoulder to the grip with the elbow straight (m)
     * @return the posture
     */
    public Posture posture(double shoulderXM, double armLengthM) {
        if (stance == Stance.SITTING_HANDS_ON_THIGHS) {
            return armsHangingPosture();
        }
        double sine = clamp((handDistanceM - shoulderXM) / armLengthM, -1, 1);
        double armInSpaceDeg = Math.toDegrees(Math.asin(sine));
        double shoulder = clamp(armInSpaceDeg + trunkFlexionDeg, PostureRange.SHOULDER_FLEXION_MIN_DEG,
                PostureRange.SHOULDER_FLEXION_MAX_DEG);
        return armsHangingPosture().withShoulderFlexionDeg(shoulder);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
