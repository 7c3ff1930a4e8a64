package org.lumbosim.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import org.lumbosim.LoadInRestingHandException;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.solver.QpStatus;

/**
 * Solves a motion: every frame by inverse dynamics with one reused, warm-started workspace. The
 * first and last frames have no neighbour on one side and are solved statically. A frame beyond the
 * subject's strength gets loads at the strength it requires, flagged overloaded, when the model's
 * policy is {@code OverloadPolicy.REPORT}; otherwise, and when the supports cannot hold the body, it
 * is reported with its status and no loads, never dropped. A frame given without a posture (null,
 * e.g. a recorded frame outside the model's range) is {@linkplain MotionResult#skipped() skipped}:
 * no loads, and its neighbours are solved statically (no central difference across it).
 */
public final class MotionAnalysis {
    private MotionAnalysis() {
    }

    /** Largest accepted relative deviation of a time step from the mean step (uniform sampling). */
    public static final double MAX_STEP_DEVIATION = 0.01;

    /**
     * @param model the subject's model (not modified)
     * @param timeS frame times (s), strictly increasing, uniformly spaced within 1 %, the mean step at least
     *     {@link LumbarModel#MIN_FRAME_STEP_S} (not modified)
     * @param frames the posture of each frame, null for a frame to skip (not modified)
     * @param schedule the held load
     * @return loads at every level, per frame
     * @throws IllegalArgumentException naming the first bad frame if times are not strictly
     *     increasing or not uniform, or the lengths differ, or there are fewer than 3 frames
     * @throws LoadInRestingHandException naming the first frame (index and time) whose load is held in a hand
     *     that rests on the floor or on its thigh
     */
    public static MotionResult solve(LumbarModel model, double[] timeS, List<Posture> frames, LoadSchedule schedule) {
        return solve(model, timeS, frames, schedule, done -> { });
    }

    /**
     * Solves a motion and reports the progress; the result is the same as
     * {@link #solve(LumbarModel, double[], List, LoadSchedule)}'s.
     *
     * @param model the subject's model (not modified)
     * @param timeS frame times (s), strictly increasing, uniformly spaced within 1 %, the mean step at least
     *     {@link LumbarModel#MIN_FRAME_STEP_S} (not modified)
     * @param frames the posture of each frame, null for a frame to skip (not modified)
     * @param schedule the held load
     * @param framesDone called after every frame with the number of frames solved so far
     * @return loads at every level, per frame
     * @throws IllegalArgumentException naming the first bad frame if times are not strictly
     *     increasing or not uniform, or the lengths differ, or there are fewer than 3 frames
     * @throws LoadInRestingHandException naming the first frame (index and time) whose load is held in a hand
     *     that rests on the floor or on its thigh
     */
    public static MotionResult solve(LumbarModel model, double[] timeS, List<Posture> frames, LoadSchedule schedule,
                                     LongConsumer framesDone) {
        Checks.given(schedule, "schedule", "give LoadSchedule.none() for no load");
        checkArrays(model, timeS, frames, framesDone);
        List<ExternalLoad> held = schedule.massKg() > 0 ? List.of(HandLoad.ofMassKg(schedule.massKg())) : List.of();
        return solve(model, timeS, frames, i -> schedule.heldAt(timeS[i]) ? held : List.of(), null, framesDone);
    }

    /**
     * Solves a motion in which the held mass varies from frame to frame (e.g. recorded beside the
     * kinematics), held in both hands like {@link LoadSchedule}'s; otherwise as
     * {@link #solve(LumbarModel, double[], List, LoadSchedule, LongConsumer)}.
     *
     * @param model the subject's model (not modified)
     * @param timeS frame times (s), strictly increasing, uniformly spaced within 1 %, the mean step at least
     *     {@link LumbarModel#MIN_FRAME_STEP_S} (not modified)
     * @param frames the posture of each frame, null for a frame to skip (not modified)
     * @param heldMassKg the mass held in each frame (kg), 0 for none (not modified)
     * @param framesDone called after every frame with the number of frames solved so far
     * @return loads at every level, per frame
     * @throws IllegalArgumentException naming the first bad frame if times are not strictly
     *     increasing or not uniform, the lengths differ, there are fewer than 3 frames, or a mass is
     *     outside {@code HandLoad}'s range
     * @throws LoadInRestingHandException naming the first frame (index and time) whose load is held in a hand
     *     that rests on the floor or on its thigh
     */
    public static MotionResult solve(LumbarModel model, double[] timeS, List<Posture> frames, double[] heldMassKg,
                                     LongConsumer framesDone) {
        checkArrays(model, timeS, frames, framesDone);
        return solve(model, timeS, frames, held(timeS, heldMassKg)::get, null, framesDone);
    }

    /**
     * Solves a motion in which the held mass varies from frame to frame and the L5-S1 joint centre
     * itself accelerates (e.g. a walk or a squat recorded with the pelvis's translation): as
     * {@link #solve(LumbarModel, double[], List, double[], LongConsumer)}, every frame solved by
     * {@link LumbarModel#solveFrame(Posture, Posture, Posture, double, double[], List,
     * org.lumbosim.model.Workspace)} with its acceleration (frames solved statically ignore it).
     *
     * @param model the subject's model (not modified)
     * @param timeS frame times (s), strictly increasing, uniformly spaced within 1 %, the mean step at least
     *     {@link LumbarModel#MIN_FRAME_STEP_S} (not modified)
     * @param frames the posture of each frame, null for a frame to skip (not modified)
     * @param heldMassKg the mass held in each frame (kg), 0 for none (not modified)
     * @param l5s1AccelerationMps2 per frame, the acceleration of the L5-S1 joint centre in the model's
     *     world frame (m/s²; x anterior, y up, z to the right), three finite values each (not modified)
     * @param framesDone called after every frame with the number of frames solved so far
     * @return loads at every level, per frame
     * @throws IllegalArgumentException as the other overloads, or if an acceleration is not three
     *     finite values or their number differs from the frames'
     */
    public static MotionResult solve(LumbarModel model, double[] timeS, List<Posture> frames, double[] heldMassKg,
                                     double[][] l5s1AccelerationMps2, LongConsumer framesDone) {
        checkArrays(model, timeS, frames, framesDone);
        Checks.given(l5s1AccelerationMps2, "l5s1AccelerationMps2", "give three zeros per frame for none");
        if (l5s1AccelerationMps2.length != timeS.length) {
            throw new IllegalArgumentException("times (" + timeS.length + ") and L5-S1 accelerations ("
                    + l5s1AccelerationMps2.length + ") differ in number");
        }
        for (int i = 0; i < l5s1AccelerationMps2.length; i++) {
            double[] a = l5s1AccelerationMps2[i];
            if (a == null) {
                throw new IllegalArgumentException("l5s1AccelerationMps2[" + i + "] is null: every frame needs three values");
            }
            if (a.length != 3 || !Double.isFinite(a[0]) || !Double.isFinite(a[1]) || !Double.isFinite(a[2])) {
                throw new IllegalArgumentException("frame " + i + ": the L5-S1 acceleration needs three finite values");
            }
            for (int axis = 0; axis < 3; axis++) {
                if (Math.abs(a[axis]) > LumbarModel.MAX_L5S1_ACCELERATION_MPS2) {
                    throw new ParameterOutOfRangeException("frame " + i + ": l5s1AccelerationMps2[" + axis + "]", a[axis],
                            -LumbarModel.MAX_L5S1_ACCELERATION_MPS2, LumbarModel.MAX_L5S1_ACCELERATION_MPS2, "m/s2");
                }
            }
        }
        return solve(model, timeS, frames, held(timeS, heldMassKg)::get, l5s1AccelerationMps2, framesDone);
    }

    /** Refuses a missing model, array of times, list of frames or progress callback by name. */
    private static void checkArrays(LumbarModel model, double[] timeS, List<Posture> frames, LongConsumer framesDone) {
        Checks.given(model, "model", "a lumbar model is needed (LumbarModel.of(subject))");
        Checks.given(timeS, "timeS", "the frames' times are needed");
        Checks.given(frames, "frames", "the frames' postures are needed (null elements skip a frame)");
        Checks.given(framesDone, "framesDone", "give done -> { } for no progress");
    }

    /** The hand loads of each frame from the mass held in it (kg, 0 for none). */
    private static List<List<ExternalLoad>> held(double[] timeS, double[] heldMassKg) {
        Checks.given(heldMassKg, "heldMassKg", "give a 0 per frame for no load");
        if (heldMassKg.length != timeS.length) {
            throw new IllegalArgumentException("times (" + timeS.length + ") and held masses (" + heldMassKg.length
                    + ") differ in number");
        }
        List<List<ExternalLoad>> loads = new ArrayList<>(heldMassKg.length);
        for (int i = 0; i < heldMassKg.length; i++) {
            try {
                loads.add(heldMassKg[i] == 0 ? List.of() : List.of(HandLoad.ofMassKg(heldMassKg[i])));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("frame " + i + ": " + e.getMessage(), e);
            }
        }
        return loads;
    }

    private static MotionResult solve(LumbarModel model, double[] timeS, List<Posture> frames,
                                      IntFunction<List<ExternalLoad>> loadsAt, double[][] l5s1Accel,
                                      LongConsumer framesDone) {
        int n = timeS.length;
        if (frames.size() != n) {
            throw new IllegalArgumentException("times (" + n + ") and frames (" + frames.size() + ") differ in number");
        }
        if (n < 3) {
            throw new IllegalArgumentException("a motion needs at least 3 frames; got " + n);
        }
        double dt = (timeS[n - 1] - timeS[0]) / (n - 1);
        if (dt < LumbarModel.MIN_FRAME_STEP_S) {
            throw new ParameterOutOfRangeException("time step", dt, LumbarModel.MIN_FRAME_STEP_S, Double.MAX_VALUE, "s");
        }
        for (int i = 1; i < n; i++) {
            if (!(timeS[i] > timeS[i - 1])) {
                throw new IllegalArgumentException("time is not strictly increasing at frame " + i + ": "
                        + timeS[i - 1] + " s then " + timeS[i] + " s");
            }
        }
        for (int i = 1; i < n; i++) {
            double step = timeS[i] - timeS[i - 1];
            if (Math.abs(step - dt) > MAX_STEP_DEVIATION * dt) {
                throw new IllegalArgumentException("time step at frame " + i + " is " + step + " s; the mean step is "
                        + dt + " s and steps must agree within 1 % (uniform sampling)");
            }
        }
        double[][] c = new double[SpinalLevel.count()][n];
        double[][] ap = new double[SpinalLevel.count()][n];
        double[][] lat = new double[SpinalLevel.count()][n];
        double[][] idp = new double[SpinalLevel.count()][n];
        QpStatus[] status = new QpStatus[n];
        boolean[] solved = new boolean[n];
        boolean[] overloaded = new boolean[n];
        boolean[] skipped = new boolean[n];
        boolean[] balanced = new boolean[n];
        double[] stress = new double[n];
        Workspace ws = model.newWorkspace();
        for (int i = 0; i < n; i++) {
            Posture cur = frames.get(i);
            if (cur == null) {
                skipped[i] = true;
                for (SpinalLevel l : SpinalLevel.values()) {
                    c[l.ordinal()][i] = Double.NaN;
                    ap[l.ordinal()][i] = Double.NaN;
                    lat[l.ordinal()][i] = Double.NaN;
                    idp[l.ordinal()][i] = Double.NaN;
                }
                framesDone.accept(i + 1);
                continue;
            }
            List<ExternalLoad> loads = loadsAt.apply(i);
            Posture before = i == 0 ? null : frames.get(i - 1);
            Posture after = i == n - 1 ? null : frames.get(i + 1);
            try {
                if (before == null || after == null) {
                    model.solveFrame(cur, cur, cur, dt, loads, ws);
                } else if (l5s1Accel == null) {
                    model.solveFrame(before, cur, after, dt, loads, ws);
                } else {
                    model.solveFrame(before, cur, after, dt, l5s1Accel[i], loads, ws);
                }
            } catch (LoadInRestingHandException e) {
                throw e.inFrame(i, timeS[i]);
            }
            status[i] = ws.status();
            solved[i] = ws.solved();
            overloaded[i] = ws.overloaded();
            balanced[i] = ws.supportsBalanced();
            boolean ok = solved[i] || overloaded[i];
            stress[i] = ok ? ws.largestMuscleStressMPa() : 0;
            for (SpinalLevel l : SpinalLevel.values()) {
                c[l.ordinal()][i] = ok ? ws.compressionN(l) : Double.NaN;
                ap[l.ordinal()][i] = ok ? ws.apShearN(l) : Double.NaN;
                lat[l.ordinal()][i] = ok ? ws.lateralShearN(l) : Double.NaN;
                idp[l.ordinal()][i] = ok ? ws.idpMPa(l) : Double.NaN;
            }
            framesDone.accept(i + 1);
        }
        return new MotionResult(timeS, c, ap, lat, idp, status, solved, overloaded, skipped, balanced, stress);
    }

    /**
     * A motion that moves from one posture to another with a smooth (cosine) profile: handy for
     * tests and demonstrations.
     *
     * @param from first posture
     * @param to last posture (same supports)
     * @param durationS duration (s), positive and finite (checked only: the frames are evenly spaced over it,
     *     which the caller's times say)
     * @param frames number of frames, at least 2 (a motion needs 3)
     * @return the postures (every angle interpolated; the arms hang in every frame when they hang in
     *     both postures, else the shoulder angle is interpolated and held; the supports are
     *     {@code from}'s)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code frames} is below 2 (one frame divided by zero
     *     into NaN angles, refused naming {@code trunkFlexionDeg}) or {@code durationS} is not positive and finite
     */
    public static List<Posture> smoothTransition(Posture from, Posture to, double durationS, int frames) {
        Checks.given(from, "from", "the first posture is needed");
        Checks.given(to, "to", "the last posture is needed");
        Checks.inRange("durationS", durationS, Double.MIN_VALUE, Double.MAX_VALUE, "s");
        Checks.wholeInRange("frames", frames, 2, Integer.MAX_VALUE, "");
        List<Posture> out = new ArrayList<>(frames);
        for (int i = 0; i < frames; i++) {
            double u = 0.5 - 0.5 * Math.cos(Math.PI * i / (frames - 1));
            out.add(new Posture(lerp(from.trunkFlexionDeg(), to.trunkFlexionDeg(), u),
                    lerp(from.lumbarFlexionDeg(), to.lumbarFlexionDeg(), u),
                    lerp(from.lateralBendDeg(), to.lateralBendDeg(), u),
                    lerp(from.axialRotationDeg(), to.axialRotationDeg(), u),
                    lerp(from.hipFlexionDeg(), to.hipFlexionDeg(), u),
                    lerp(from.kneeFlexionDeg(), to.kneeFlexionDeg(), u),
                    from.armsHang() && to.armsHang() ? Double.NaN
                            : lerp(from.shoulderFlexionDeg(), to.shoulderFlexionDeg(), u),
                    lerp(from.elbowFlexionDeg(), to.elbowFlexionDeg(), u),
                    lerp(from.bodyRollDeg(), to.bodyRollDeg(), u), from.supports(),
                    from.armsHang() && to.armsHang(),
                    lerp(from.anklePlantarFlexionDeg(), to.anklePlantarFlexionDeg(), u),
                    lerp(from.shoulderAbductionDeg(), to.shoulderAbductionDeg(), u),
                    lerp(from.hipAdductionDeg(), to.hipAdductionDeg(), u)));
        }
        return out;
    }

    /**
     * {@code a} at {@code u = 0}, {@code b} at {@code u = 1} exactly, and between them never outside
     * {@code [min(a, b), max(a, b)]}: {@code a + (b - a) u} alone rounds past {@code b} (from -15.3 to a range end
     * of 30 deg, 30.000000000000004 at the last frame), which the posture's range check refuses.
     */
    private static double lerp(double a, double b, double u) {
        if (u >= 1) {
            return b;
        }
        double v = a + (b - a) * u;
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), v));
    }
}
