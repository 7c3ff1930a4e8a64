package org.lumbosim.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.QpStatus;

/**
 * Inverse dynamics: a very slow motion gives the static answer; a fast one adds inertia. A smooth
 * transition moves every posture angle from one end to the other.
 */
class MotionAnalysisTest {

    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());

    private static double[] times(int n, double durationS) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = durationS * i / (n - 1);
        }
        return t;
    }

    @Test
    void verySlowMotionGivesTheStaticAnswer() {
        int n = 201;
        List<Posture> frames = MotionAnalysis.smoothTransition(Posture.standingFlexed(0), Posture.standingFlexed(60), 200, n);
        MotionResult r = MotionAnalysis.solve(MODEL, times(n, 200), frames, new LoadSchedule(10, 0, 1000));
        double worst = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(QpStatus.OK, r.status()[i], "frame " + i);
            double stat = Lumbosim.analyze(MODEL, frames.get(i), List.of(HandLoad.ofMassKg(10))).l5s1().compressionN();
            worst = Math.max(worst, Math.abs(r.compressionN(SpinalLevel.L5_S1)[i] - stat) / stat);
        }
        System.out.println("slow motion (60 deg in 200 s): largest relative difference from statics " + worst);
        assertTrue(worst < 1e-3, "a 200 s bend must be quasi-static; largest relative difference " + worst);
    }

    @Test
    void fastMotionAddsInertia() {
        int n = 101;
        // lifting 15 kg from 70 deg to upright in 0.6 s: the trunk accelerates upwards at the start
        List<Posture> frames = MotionAnalysis.smoothTransition(Posture.standingFlexed(70), Posture.standingFlexed(0), 0.6, n);
        MotionResult r = MotionAnalysis.solve(MODEL, times(n, 0.6), frames, new LoadSchedule(15, 0, 10));
        int k = 5;
        double stat = Lumbosim.analyze(MODEL, frames.get(k), List.of(HandLoad.ofMassKg(15))).l5s1().compressionN();
        double dyn = r.compressionN(SpinalLevel.L5_S1)[k];
        System.out.println("fast lift, frame " + k + ": dynamic " + dyn + " N, static " + stat + " N");
        assertTrue(dyn > stat * 1.05, "accelerating the trunk and load upwards must raise compression: " + dyn + " vs " + stat);
    }

    @Test
    void issue15_progressReportsEveryFrameAndLeavesTheResultUnchanged() {
        int n = 21;
        List<Posture> frames = MotionAnalysis.smoothTransition(Posture.standingFlexed(70), Posture.standingFlexed(0), 0.6, n);
        List<Long> reports = new java.util.ArrayList<>();
        MotionResult r = MotionAnalysis.solve(MODEL, times(n, 0.6), frames, LoadSchedule.none(), reports::add);
        MotionResult plain = MotionAnalysis.solve(MODEL, times(n, 0.6), frames, LoadSchedule.none());
        assertTrue(java.util.Arrays.equals(plain.compressionN(SpinalLevel.L5_S1), r.compressionN(SpinalLevel.L5_S1)));
        assertEquals(java.util.stream.LongStream.rangeClosed(1, n).boxed().toList(), reports);
    }

    @Test
    void loadIsHeldOnlyBetweenPickupAndRelease() {
        int n = 5;
        List<Posture> frames = java.util.Collections.nCopies(n, Posture.standingFlexed(30));
        MotionResult r = MotionAnalysis.solve(MODEL, times(n, 4), frames, new LoadSchedule(10, 1, 3));
        double[] c = r.compressionN(SpinalLevel.L5_S1);
        assertEquals(c[0], c[4], 1e-9, "no load before pickup and after release");
        assertTrue(c[1] > c[0] + 100 && c[2] > c[0] + 100, "10 kg held at 1 s and 2 s");
        int peak = r.peakCompressionFrame(SpinalLevel.L5_S1);
        assertTrue(peak == 1 || peak == 2, "peak while the load is held, got frame " + peak);
    }

    @Test
    void badTimesAreNamed() {
        List<Posture> three = java.util.Collections.nCopies(3, Posture.uprightStanding());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MotionAnalysis.solve(MODEL, new double[] {0, 0.1, 0.05}, three, LoadSchedule.none()));
        assertTrue(e.getMessage().contains("frame 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MotionAnalysis.solve(MODEL, new double[] {0, 0.1, 0.3}, three, LoadSchedule.none()));
        assertTrue(e.getMessage().contains("uniform"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MotionAnalysis.solve(MODEL, new double[] {0, 0.1}, three.subList(0, 2), LoadSchedule.none()));
        assertTrue(e.getMessage().contains("at least 3 frames"), e.getMessage());
    }

    @Test
    void issue13_aSkippedFrameHasNoLoadsAndItsNeighboursAreSolvedStatically() {
        int n = 21;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.02;
        }
        // a fast bend, so that the dynamic and static loads differ clearly
        List<Posture> frames = new java.util.ArrayList<>(MotionAnalysis.smoothTransition(Posture.standingFlexed(0),
                Posture.standingFlexed(60), 0.4, n));
        MotionResult whole = MotionAnalysis.solve(MODEL, t, frames, LoadSchedule.none());
        // a frame where the bend accelerates (the middle of a smooth transition has almost none), and whose
        // neighbours' dynamic loads differ from their static ones (the two curves cross near frame 6)
        int k = 4;
        frames.set(k, null);
        MotionResult r = MotionAnalysis.solve(MODEL, t, frames, LoadSchedule.none());
        boolean[] skipped = r.skipped();
        for (int i = 0; i < n; i++) {
            assertEquals(i == k, skipped[i], "frame " + i);
            assertEquals(i != k, r.hasLoads(i), "frame " + i);
        }
        assertEquals(null, r.status()[k]);
        assertTrue(Double.isNaN(r.compressionN(SpinalLevel.L5_S1)[k]));
        for (int i : new int[] {k - 1, k + 1}) {
            double stat = Lumbosim.analyze(MODEL, frames.get(i), List.of()).l5s1().compressionN();
            double c = r.compressionN(SpinalLevel.L5_S1)[i];
            assertEquals(stat, c, 1e-6 * stat, "frame " + i + " is static");
            assertTrue(Math.abs(whole.compressionN(SpinalLevel.L5_S1)[i] - stat) > 1e-3 * stat,
                    "frame " + i + " is dynamic without the skipped frame: " + whole.compressionN(SpinalLevel.L5_S1)[i] + " vs " + stat);
        }
        // the frames further away are as in the whole motion (up to the recruitment tolerance)
        double c = whole.compressionN(SpinalLevel.L5_S1)[k - 3];
        assertEquals(c, r.compressionN(SpinalLevel.L5_S1)[k - 3], 1e-6 * c);
    }

    /** A posture with every angle drawn within its range (feet on the floor; arms hanging or held). */
    private static Posture randomPosture(java.util.SplittableRandom r) {
        boolean hang = r.nextBoolean();
        return new Posture(r.nextDouble(PostureRange.TRUNK_FLEXION_MIN_DEG, PostureRange.TRUNK_FLEXION_MAX_DEG),
                r.nextDouble(PostureRange.LUMBAR_FLEXION_MIN_DEG, PostureRange.LUMBAR_FLEXION_MAX_DEG),
                r.nextDouble(-PostureRange.LATERAL_BEND_MAX_DEG, PostureRange.LATERAL_BEND_MAX_DEG),
                r.nextDouble(-PostureRange.AXIAL_ROTATION_MAX_DEG, PostureRange.AXIAL_ROTATION_MAX_DEG),
                r.nextDouble(PostureRange.HIP_FLEXION_MIN_DEG, PostureRange.HIP_FLEXION_MAX_DEG),
                r.nextDouble(PostureRange.KNEE_FLEXION_MIN_DEG, PostureRange.KNEE_FLEXION_MAX_DEG),
                hang ? Double.NaN : r.nextDouble(PostureRange.SHOULDER_FLEXION_MIN_DEG, PostureRange.SHOULDER_FLEXION_MAX_DEG),
                r.nextDouble(PostureRange.ELBOW_FLEXION_MIN_DEG, PostureRange.ELBOW_FLEXION_MAX_DEG),
                r.nextDouble(-PostureRange.BODY_ROLL_MAX_DEG, PostureRange.BODY_ROLL_MAX_DEG), Set.of(Support.FEET), hang,
                r.nextDouble(PostureRange.ANKLE_PLANTAR_FLEXION_MIN_DEG, PostureRange.ANKLE_PLANTAR_FLEXION_MAX_DEG),
                r.nextDouble(PostureRange.SHOULDER_ABDUCTION_MIN_DEG, PostureRange.SHOULDER_ABDUCTION_MAX_DEG),
                r.nextDouble(PostureRange.HIP_ADDUCTION_MIN_DEG, PostureRange.HIP_ADDUCTION_MAX_DEG));
    }

    @Test
    void aSmoothTransitionMovesEveryAngleFromOneEndToTheOther() throws Exception {
        // every angle of the record, found by reflection, so that an angle added later is covered too
        List<RecordComponent> angles = Arrays.stream(Posture.class.getRecordComponents())
                .filter(c -> c.getType() == double.class).toList();
        assertEquals(12, angles.size(), "the posture's angles");
        java.util.SplittableRandom r = new java.util.SplittableRandom(12);
        int frames = 5;
        for (int pair = 0; pair < 200; pair++) {
            Posture from = randomPosture(r);
            Posture to = randomPosture(r);
            List<Posture> motion = MotionAnalysis.smoothTransition(from, to, 1, frames);
            for (RecordComponent c : angles) {
                Method get = c.getAccessor();
                double a = (double) get.invoke(from);
                double b = (double) get.invoke(to);
                String what = "pair " + pair + ", " + c.getName() + " from " + a + " to " + b;
                assertEquals(a, (double) get.invoke(motion.get(0)), 1e-9, what + ": first frame");
                assertEquals(b, (double) get.invoke(motion.get(frames - 1)), 1e-9, what + ": last frame");
                for (Posture p : motion) {
                    double v = (double) get.invoke(p);
                    assertTrue(v >= Math.min(a, b) - 1e-9 && v <= Math.max(a, b) + 1e-9, what + ": a frame has " + v);
                }
                if (!c.getName().equals("shoulderFlexionDeg") || !(from.armsHang() && to.armsHang())) {
                    // half way in time is half way in angle (the cosine profile is symmetric); hanging
                    // arms follow the trunk, clamped to the shoulder's range, instead
                    assertEquals((a + b) / 2, (double) get.invoke(motion.get(frames / 2)), 1e-9, what + ": midpoint");
                }
            }
        }
    }
}
