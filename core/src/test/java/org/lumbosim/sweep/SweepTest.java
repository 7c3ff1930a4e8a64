package org.lumbosim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;

/** The sweep engine against solving each point alone through {@link Lumbosim#analyze}. */
class SweepTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final LumbarModel MULTI = MODEL.withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
    /** Relative agreement of a warm-started point with an independent solve (solver tolerance). */
    private static final double WARM_TOLERANCE = 1e-6;

    /** Trunk flexion -20..120 deg holding 45 kg: solvable at first, then beyond the muscles. */
    private static SweepPoints flexionWith45Kg() {
        List<Posture> postures = new ArrayList<>();
        for (int deg = -20; deg <= 120; deg += 7) {
            postures.add(Posture.standingFlexed(deg));
        }
        return SweepPoints.ofPostures(postures, List.of(HandLoad.ofMassKg(45)));
    }

    /** Standing, pulled up by the hands ever harder: once the pull exceeds body weight the feet cannot hold. */
    private static SweepPoints pulledUp() {
        List<List<? extends ExternalLoad>> loads = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            loads.add(List.of(new HandLoad(0, 0, 100.0 * i, 0, org.lumbosim.load.Hands.BOTH, null)));
        }
        return SweepPoints.ofLoads(Posture.uprightStanding(), loads);
    }

    /** A stoop lift with hand loads 0..60 kg held ever farther forward, then a sitting posture's points. */
    private static SweepPoints heavierAndFarther() {
        List<List<? extends ExternalLoad>> loads = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            loads.add(List.of(HandLoad.ofMassKg(5 * i).atPositionM(new PositionM(0.2 + 0.04 * i, 0.1, 0))));
        }
        return SweepPoints.ofLoads(PosturePreset.LIFT_ROUND_BACK.posture(), loads);
    }

    /** Asserts that every point equals (or, warm, agrees with) its own Lumbosim.analyze, failures included. */
    private static int assertEqualsAnalyze(LumbarModel model, SweepPoints points, SweepTable t, double relTol) {
        int solved = 0;
        for (int i = 0; i < points.size(); i++) {
            AnalysisResult r;
            try {
                r = Lumbosim.analyze(model, points.posture(i), points.loads(i));
            } catch (LumbosimException e) {
                assertFalse(t.solved(i), "point " + i + ": analyze throws (" + e.getMessage() + ") but the sweep solved it");
                int p = i;
                assertThrows(IllegalStateException.class, () -> t.compressionN(SpinalLevel.L5_S1, p));
                continue;
            }
            assertTrue(t.solved(i), "point " + i + ": analyze solves it, the sweep records " + t.status(i));
            solved++;
            for (LevelLoad l : r.levels()) {
                String at = "point " + i + " " + l.level().label();
                close(l.compressionN(), t.compressionN(l.level(), i), relTol, at + " compression");
                close(l.apShearN(), t.apShearN(l.level(), i), relTol, at + " AP shear");
                close(l.lateralShearN(), t.lateralShearN(l.level(), i), relTol, at + " lateral shear");
                close(l.idpMPa(), t.idpMPa(l.level(), i), relTol, at + " IDP");
            }
        }
        return solved;
    }

    private static void close(double expected, double actual, double relTol, String what) {
        if (relTol == 0) {
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                    what + ": " + expected + " vs " + actual);
        } else {
            assertEquals(expected, actual, relTol * Math.max(1, Math.abs(expected)), what);
        }
    }

    @Test
    void coldStartedPointsEqualAnalyzeBitForBit() {
        for (LumbarModel model : List.of(MODEL, MULTI)) {
            int points = 0;
            int solved = 0;
            int unsupported = 0;
            for (SweepPoints p : List.of(flexionWith45Kg(), heavierAndFarther(), pulledUp())) {
                SweepTable t = new SweepTable(p.size());
                Sweep.coldStarted(model).run(p, model.newWorkspace(), t);
                solved += assertEqualsAnalyze(model, p, t, 0);
                points += p.size();
                for (int i = 0; i < t.size(); i++) {
                    unsupported += t.supportsBalanced(i) ? 0 : 1;
                }
            }
            String counts = model.muscleModel().id() + ": " + solved + " of " + points + " solved, " + unsupported
                    + " unsupported";
            assertTrue(solved > 0 && solved < points && unsupported > 0,
                    "the fixtures must mix solved, infeasible and unsupported points; " + counts);
        }
    }

    @Test
    void warmStartedPointsAgreeWithAnalyzeWithinTheSolverTolerance() {
        for (LumbarModel model : List.of(MODEL, MULTI)) {
            for (SweepPoints points : List.of(flexionWith45Kg(), heavierAndFarther(), pulledUp())) {
                SweepTable t = new SweepTable(points.size());
                Sweep.warmStarted(model).run(points, model.newWorkspace(), t);
                assertEqualsAnalyze(model, points, t, WARM_TOLERANCE);
            }
        }
    }

    @Test
    void listenerSeesEveryPointAfterItsRowIsWritten() {
        SweepPoints points = flexionWith45Kg();
        SweepTable t = new SweepTable(points.size());
        List<Integer> seen = new ArrayList<>();
        Sweep.coldStarted(MODEL).run(points, MODEL.newWorkspace(), t, (i, ws) -> {
            assertEquals(t.status(i), ws.status());
            if (t.solved(i)) {
                assertEquals(t.compressionN(SpinalLevel.L4_L5, i), ws.compressionN(SpinalLevel.L4_L5));
            }
            seen.add(i);
        });
        assertEquals(points.size(), seen.size());
        assertEquals(points.size() - 1, seen.get(points.size() - 1));
    }

    @Test
    void tableChecksItsSizeAndUnwrittenRows() {
        SweepPoints points = flexionWith45Kg();
        Workspace ws = MODEL.newWorkspace();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sweep.warmStarted(MODEL).run(points, ws, new SweepTable(points.size() - 1)));
        assertTrue(e.getMessage().contains("rows"), e.getMessage());
        IllegalStateException unwritten = assertThrows(IllegalStateException.class, () -> new SweepTable(3).solved(1));
        assertTrue(unwritten.getMessage().contains("row 1"), unwritten.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SweepTable(-1));
    }

    @Test
    void runningASweepAllocatesNothingPerPoint() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SweepPoints few = flexionWith45Kg();
        List<Posture> many = new ArrayList<>();
        for (int i = 0; i < 10 * few.size(); i++) {
            many.add(few.posture(i % few.size()));
        }
        SweepPoints points = SweepPoints.ofPostures(many, few.loads(0));
        Workspace ws = MODEL.newWorkspace();
        SweepTable table = new SweepTable(points.size());
        Sweep sweep = Sweep.warmStarted(MODEL);
        for (int warm = 0; warm < 20; warm++) {
            sweep.run(points, ws, table);
        }
        // the fewest bytes of several runs: a rare deoptimisation may allocate a few bytes in any run
        long t = Thread.currentThread().getId();
        long fewest = Long.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            long before = bean.getThreadAllocatedBytes(t);
            sweep.run(points, ws, table);
            fewest = Math.min(fewest, bean.getThreadAllocatedBytes(t) - before);
        }
        assertEquals(0, fewest, "a warm " + points.size() + "-point sweep allocated " + fewest + " B");
    }

    /**
     * A hand load held at the grip by a body on hands and knees ({@code cat}: the hands rest on the floor) is bad
     * input, refused as {@code Lumbosim.analyze} refuses it: the sweep is refused whole with the
     * {@link org.lumbosim.LoadInRestingHandException} its {@code @throws} documents, before any point is solved: no
     * row is written (reading any throws) and the listener is never called.
     */
    @Test
    void aLoadInARestingHandRefusesTheWholeSweepBeforeAnyPointIsSolved() {
        List<HandLoad> load = List.of(HandLoad.ofMassKg(5));
        SweepPoints points = SweepPoints.ofPostures(List.of(Posture.uprightStanding(), PosturePreset.CAT.posture(),
                Posture.uprightStanding()), load);
        assertThrows(org.lumbosim.LoadInRestingHandException.class,
                () -> Lumbosim.analyze(MODEL, PosturePreset.CAT.posture(), load));
        for (Sweep sweep : new Sweep[] {Sweep.coldStarted(MODEL), Sweep.warmStarted(MODEL)}) {
            SweepTable table = new SweepTable(points.size());
            int[] called = {0};
            assertThrows(org.lumbosim.LoadInRestingHandException.class,
                    () -> sweep.run(points, MODEL.newWorkspace(), table, (point, ws) -> called[0]++));
            for (int i = 0; i < points.size(); i++) {
                int row = i;
                assertThrows(IllegalStateException.class, () -> table.status(row), "row " + row + " is not written");
            }
            assertEquals(0, called[0], "no point was solved");
        }
    }
}
