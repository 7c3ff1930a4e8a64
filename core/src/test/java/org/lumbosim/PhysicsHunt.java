package org.lumbosim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.LevelCoupling;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.model.DiscAreaConstants;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.posture.Support;
import org.lumbosim.posture.SupportCombinations;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * The draws of {@link PhysicsHuntPropertyTest}: tasks anywhere in the model's valid input space. A task is
 * a subject anywhere in the model's range ({@link TestArbitraries#anySubject}), a model (either muscle
 * model, any recruitment criterion, either level coupling, either overload policy, none to two given disc
 * areas anywhere in their range, now and then one tissue parameter anywhere in its range), a posture (one
 * of three kinds, a third each: a preset as it is or with its angles moved by up to 10 deg within their
 * ranges; upright on the feet with every angle anywhere in its range; any legal combination of supports
 * with a forward bend or any angles) and zero to three hand loads (masses up to 60 kg, now and then up to
 * {@link HandLoad#MAX_MASS_KG}; extra forces up to 300 N per axis, now and then up to
 * {@link HandLoad#MAX_FORCE_N}; either hand or both; now and then at a given point).
 */
final class PhysicsHunt {
    private PhysicsHunt() {
    }

    /** Every legal support combination ({@link SupportCombinations}), the empty one included, in a fixed order. */
    static final List<Set<Support>> ALL_SUPPORTS = allSupports();

    private static List<Set<Support>> allSupports() {
        Support[] all = Support.values();
        List<Set<Support>> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            EnumSet<Support> set = EnumSet.noneOf(Support.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(all[i]);
                }
            }
            try {
                SupportCombinations.check(set);
            } catch (IncompatibleSupportsException e) {
                continue;
            }
            out.add(Collections.unmodifiableSet(set));
        }
        return List.copyOf(out);
    }

    /**
     * One task: the model's settings, the posture and the loads.
     *
     * @param subject the person
     * @param kind muscle model
     * @param criterion recruitment criterion
     * @param coupling level coupling
     * @param policy overload policy
     * @param discAreasMm2 given disc area per level (NaN: the default)
     * @param tissue the tissue parameters
     * @param posture the posture
     * @param loads the hand loads
     * @param pressure the abdominal pressure's mode (prescribed in {@link #task}; the fourteenth session's hunt
     *     draws the recruited one, {@link PhysicsHuntRecruitedPressurePropertyTest})
     */
    record Task(Subject subject, MuscleModelKind kind, RecruitmentCriterion criterion, LevelCoupling coupling,
                OverloadPolicy policy, double[] discAreasMm2, TissueParameters tissue, Posture posture,
                List<HandLoad> loads, AbdominalPressureMode pressure) {
        LumbarModel model() {
            LumbarModel m = LumbarModel.of(subject, kind, tissue)
                    .withSolver(RecruitmentSolver.defaults().withCriterion(criterion))
                    .withLevelCoupling(coupling).withOverloadPolicy(policy).withAbdominalPressure(pressure);
            for (SpinalLevel level : SpinalLevel.values()) {
                if (!Double.isNaN(discAreasMm2[level.ordinal()])) {
                    m = m.withDiscAreaMm2(level, discAreasMm2[level.ordinal()]);
                }
            }
            return m;
        }

        Task with(Posture p, List<HandLoad> l) {
            return new Task(subject, kind, criterion, coupling, policy, discAreasMm2, tissue, p, l, pressure);
        }

        /** The same task with the abdominal pressure in {@code mode} and the given level coupling. */
        Task with(AbdominalPressureMode mode, LevelCoupling levels) {
            return new Task(subject, kind, criterion, levels, policy, discAreasMm2, tissue, posture, loads, mode);
        }

        @Override
        public String toString() {
            StringBuilder areas = new StringBuilder();
            for (SpinalLevel level : SpinalLevel.values()) {
                if (!Double.isNaN(discAreasMm2[level.ordinal()])) {
                    areas.append(' ').append(level.label()).append('=').append(discAreasMm2[level.ordinal()]);
                }
            }
            return subject + ", " + kind.id() + ", " + criterion.id() + ", " + coupling + ", " + policy
                    + (areas.length() > 0 ? ", discAreaMm2" + areas : "")
                    + (tissue.equals(TissueParameters.published()) ? "" : ", " + tissue) + ", " + posture
                    + ", " + loads + (pressure == AbdominalPressureMode.PRESCRIBED ? "" : ", pressure " + pressure);
        }
    }

    /** A value in [min, max]: a bound or zero (if inside) with probability 1/10, else uniform with two decimals. */
    static double anywhere(SplittableRandom rnd, double min, double max) {
        int k = rnd.nextInt(20);
        if (k == 0) {
            return min;
        }
        if (k == 1) {
            return max;
        }
        if (k == 2 && min <= 0 && max >= 0) {
            return 0;
        }
        double v = Math.round((min + (max - min) * rnd.nextDouble()) * 100) / 100.0;
        return Math.max(min, Math.min(max, v));
    }

    static Task task(SplittableRandom rnd) {
        Subject s = TestArbitraries.anySubject(rnd);
        MuscleModelKind kind = TestArbitraries.oneOf(rnd, MuscleModelKind.class);
        RecruitmentCriterion criterion = rnd.nextInt(3) == 0 ? TestArbitraries.oneOf(rnd, RecruitmentCriterion.class)
                : RecruitmentCriterion.SQUARED_STRESS;
        LevelCoupling coupling = rnd.nextInt(4) == 0 ? LevelCoupling.CHRISTOPHY_2012 : LevelCoupling.DEVIATIONS;
        OverloadPolicy policy = rnd.nextBoolean() ? OverloadPolicy.REPORT : OverloadPolicy.FAIL;
        double[] areas = new double[SpinalLevel.values().length];
        java.util.Arrays.fill(areas, Double.NaN);
        for (int i = rnd.nextInt(3); i > 0; i--) {
            areas[rnd.nextInt(areas.length)] = anywhere(rnd, DiscAreaConstants.MIN_GIVEN_DISC_AREA_MM2,
                    DiscAreaConstants.MAX_GIVEN_DISC_AREA_MM2);
        }
        TissueParameters tissue = TissueParameters.published();
        if (rnd.nextInt(5) == 0) {
            TissueParameter p = TestArbitraries.oneOf(rnd, TissueParameter.class);
            tissue = tissue.with(p, anywhere(rnd, p.min(), p.max()));
        }
        Posture posture = posture(rnd);
        List<HandLoad> loads = loads(rnd);
        return new Task(s, kind, criterion, coupling, policy, areas, tissue, posture, loads,
                AbdominalPressureMode.PRESCRIBED);
    }

    static Posture posture(SplittableRandom rnd) {
        switch (rnd.nextInt(3)) {
            case 0: {
                PosturePreset preset = TestArbitraries.oneOf(rnd, PosturePreset.class);
                Posture p = preset.posture();
                return rnd.nextBoolean() ? p : nudged(rnd, p);
            }
            case 1:
                return anyAngles(rnd, Set.of(Support.FEET));
            default: {
                Set<Support> supports = ALL_SUPPORTS.get(rnd.nextInt(ALL_SUPPORTS.size()));
                return rnd.nextBoolean() ? TestArbitraries.bentPostureOn(rnd, supports, 0) : anyAngles(rnd, supports);
            }
        }
    }

    /** Every angle anywhere in its range, on the given supports; arms hanging one time in four. */
    static Posture anyAngles(SplittableRandom rnd, Set<Support> supports) {
        boolean hang = rnd.nextInt(4) == 0;
        return new Posture(anywhere(rnd, -60, 120), anywhere(rnd, PostureRange.LUMBAR_FLEXION_MIN_DEG,
                PostureRange.LUMBAR_FLEXION_MAX_DEG),
                anywhere(rnd, -PostureRange.LATERAL_BEND_MAX_DEG, PostureRange.LATERAL_BEND_MAX_DEG),
                anywhere(rnd, -PostureRange.AXIAL_ROTATION_MAX_DEG, PostureRange.AXIAL_ROTATION_MAX_DEG),
                anywhere(rnd, PostureRange.HIP_FLEXION_MIN_DEG, PostureRange.HIP_FLEXION_MAX_DEG),
                anywhere(rnd, PostureRange.KNEE_FLEXION_MIN_DEG, PostureRange.KNEE_FLEXION_MAX_DEG),
                hang ? Double.NaN : anywhere(rnd, PostureRange.SHOULDER_FLEXION_MIN_DEG,
                        PostureRange.SHOULDER_FLEXION_MAX_DEG),
                anywhere(rnd, PostureRange.ELBOW_FLEXION_MIN_DEG, PostureRange.ELBOW_FLEXION_MAX_DEG),
                rnd.nextInt(3) == 0 ? anywhere(rnd, -PostureRange.BODY_ROLL_MAX_DEG, PostureRange.BODY_ROLL_MAX_DEG)
                        : anywhere(rnd, -15, 15),
                supports, hang,
                anywhere(rnd, PostureRange.ANKLE_PLANTAR_FLEXION_MIN_DEG, PostureRange.ANKLE_PLANTAR_FLEXION_MAX_DEG),
                rnd.nextInt(3) == 0 ? anywhere(rnd, PostureRange.SHOULDER_ABDUCTION_MIN_DEG,
                        PostureRange.SHOULDER_ABDUCTION_MAX_DEG) : 0,
                rnd.nextInt(4) == 0 ? anywhere(rnd, PostureRange.HIP_ADDUCTION_MIN_DEG,
                        PostureRange.HIP_ADDUCTION_MAX_DEG) : 0);
    }

    private static double nudge(SplittableRandom rnd, double v, double min, double max) {
        return Math.max(min, Math.min(max, v + anywhere(rnd, -10, 10)));
    }

    /** A preset's angles each moved by up to 10 deg within its range (arms keep hanging if they hang). */
    static Posture nudged(SplittableRandom rnd, Posture p) {
        return new Posture(nudge(rnd, p.trunkFlexionDeg(), PostureRange.TRUNK_FLEXION_MIN_DEG,
                PostureRange.TRUNK_FLEXION_MAX_DEG),
                nudge(rnd, p.lumbarFlexionDeg(), PostureRange.LUMBAR_FLEXION_MIN_DEG, PostureRange.LUMBAR_FLEXION_MAX_DEG),
                nudge(rnd, p.lateralBendDeg(), -PostureRange.LATERAL_BEND_MAX_DEG, PostureRange.LATERAL_BEND_MAX_DEG),
                nudge(rnd, p.axialRotationDeg(), -PostureRange.AXIAL_ROTATION_MAX_DEG, PostureRange.AXIAL_ROTATION_MAX_DEG),
                nudge(rnd, p.hipFlexionDeg(), PostureRange.HIP_FLEXION_MIN_DEG, PostureRange.HIP_FLEXION_MAX_DEG),
                nudge(rnd, p.kneeFlexionDeg(), PostureRange.KNEE_FLEXION_MIN_DEG, PostureRange.KNEE_FLEXION_MAX_DEG),
                p.armsHang() ? Double.NaN : nudge(rnd, p.shoulderFlexionDeg(), PostureRange.SHOULDER_FLEXION_MIN_DEG,
                        PostureRange.SHOULDER_FLEXION_MAX_DEG),
                nudge(rnd, p.elbowFlexionDeg(), PostureRange.ELBOW_FLEXION_MIN_DEG, PostureRange.ELBOW_FLEXION_MAX_DEG),
                nudge(rnd, p.bodyRollDeg(), -PostureRange.BODY_ROLL_MAX_DEG, PostureRange.BODY_ROLL_MAX_DEG),
                p.supports(), p.armsHang(),
                nudge(rnd, p.anklePlantarFlexionDeg(), PostureRange.ANKLE_PLANTAR_FLEXION_MIN_DEG,
                        PostureRange.ANKLE_PLANTAR_FLEXION_MAX_DEG),
                nudge(rnd, p.shoulderAbductionDeg(), PostureRange.SHOULDER_ABDUCTION_MIN_DEG,
                        PostureRange.SHOULDER_ABDUCTION_MAX_DEG),
                nudge(rnd, p.hipAdductionDeg(), PostureRange.HIP_ADDUCTION_MIN_DEG, PostureRange.HIP_ADDUCTION_MAX_DEG));
    }

    static List<HandLoad> loads(SplittableRandom rnd) {
        int n = rnd.nextInt(4);
        List<HandLoad> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double mass = rnd.nextInt(8) == 0 ? anywhere(rnd, 0, HandLoad.MAX_MASS_KG) : anywhere(rnd, 0, 60);
            double fmax = rnd.nextInt(10) == 0 ? HandLoad.MAX_FORCE_N : 300;
            double fx = rnd.nextBoolean() ? 0 : anywhere(rnd, -fmax, fmax);
            double fy = rnd.nextBoolean() ? 0 : anywhere(rnd, -fmax, fmax);
            double fz = rnd.nextBoolean() ? 0 : anywhere(rnd, -fmax, fmax);
            PositionM at = rnd.nextInt(6) == 0 ? new PositionM(anywhere(rnd, -0.5, 1.0), anywhere(rnd, -0.5, 1.0),
                    anywhere(rnd, -0.5, 0.5)) : null;
            out.add(new HandLoad(mass, fx, fy, fz, TestArbitraries.oneOf(rnd, Hands.class), at));
        }
        return List.copyOf(out);
    }

    /** The mirror image of a posture: lateral bend, axial rotation and body roll negated. */
    static Posture mirrored(Posture p) {
        return p.withLateralBendDeg(-p.lateralBendDeg()).withAxialRotationDeg(-p.axialRotationDeg())
                .withBodyRollDeg(-p.bodyRollDeg());
    }

    /** The mirror image of a load: held in the other hand, its rightward force and point negated. */
    static HandLoad mirrored(HandLoad l) {
        Hands h = l.hands() == Hands.LEFT ? Hands.RIGHT : l.hands() == Hands.RIGHT ? Hands.LEFT : Hands.BOTH;
        PositionM at = l.positionM() == null ? null
                : new PositionM(l.positionM().xM(), l.positionM().yM(), -l.positionM().zM());
        return new HandLoad(l.massKg(), l.forceXN(), l.forceYN(), -l.forceZN(), h, at);
    }

    static List<HandLoad> mirrored(List<HandLoad> loads) {
        return loads.stream().map(PhysicsHunt::mirrored).collect(Collectors.toUnmodifiableList());
    }

    /** A mirror-symmetric version: no bend, twist or roll; loads in both hands with no sideways force or point. */
    static Task symmetric(Task t) {
        Posture p = t.posture().withLateralBendDeg(0).withAxialRotationDeg(0).withBodyRollDeg(0);
        List<HandLoad> l = t.loads().stream().map(h -> new HandLoad(h.massKg(), h.forceXN(), h.forceYN(), 0,
                Hands.BOTH, h.positionM() == null ? null : new PositionM(h.positionM().xM(), h.positionM().yM(), 0)))
                .collect(Collectors.toUnmodifiableList());
        return t.with(p, l);
    }
}
