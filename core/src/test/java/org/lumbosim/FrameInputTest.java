package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.posture.Posture;

/**
 * The inverse dynamics' own inputs (audit of 2026-12-07): a time step so short that the central
 * differences divide by an infinite 1/dt², or an L5-S1 acceleration so large that the solve's sums
 * overflow, gave NaN loads with {@link Workspace#solved()} true (and the {@code motion} command an
 * internal error). Both are now out-of-range inputs naming the parameter, and every input at the
 * bounds gives finite loads or no solution, never NaN with {@code solved()} true.
 */
class FrameInputTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final Posture A = Posture.standingFlexed(10);
    private static final Posture B = Posture.standingFlexed(11);
    private static final Posture C = Posture.standingFlexed(13);

    @ParameterizedTest
    @ValueSource(doubles = {1e-300, 1e-160, 9.99e-7, 0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void aTimeStepShorterThanTheShortestIsRefusedNamingIt(double dtS) {
        Workspace ws = MODEL.newWorkspace();
        ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                () -> MODEL.solveFrame(A, B, C, dtS, List.of(), ws));
        assertThat(e.parameter()).isEqualTo("dtS");
        assertThat(e.getMessage()).contains("dtS = " + dtS).contains("1.0E-6");
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e307, -1e307, 1.3e13, Double.NaN})
    void anAccelerationBeyondTheBoundIsRefusedNamingItsComponent(double a) {
        Workspace ws = MODEL.newWorkspace();
        for (int axis = 0; axis < 3; axis++) {
            double[] acc = new double[3];
            acc[axis] = a;
            ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                    () -> MODEL.solveFrame(A, A, A, 0.01, acc, List.of(), ws));
            assertThat(e.parameter()).isEqualTo("l5s1AccelerationMps2[" + axis + "]");
        }
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void inputsAtTheBoundsNeverGiveNanLoadsMarkedSolved(MuscleModelKind kind) {
        for (OverloadPolicy policy : OverloadPolicy.values()) {
            LumbarModel m = MODEL.withMuscleModel(kind).withOverloadPolicy(policy);
            Workspace ws = m.newWorkspace();
            m.solveFrame(A, B, C, LumbarModel.MIN_FRAME_STEP_S, List.of(), ws);
            assertFiniteWhenSolved(ws, "shortest step");
            m.solveFrame(A, A, A, LumbarModel.MIN_FRAME_STEP_S, List.of(), ws);
            assertThat(ws.solved()).as("three identical frames at the shortest step are statics").isTrue();
            assertFiniteWhenSolved(ws, "identical frames");
            for (int axis = 0; axis < 3; axis++) {
                for (double sign : new double[] {-1, 1}) {
                    double[] acc = new double[3];
                    acc[axis] = sign * LumbarModel.MAX_L5S1_ACCELERATION_MPS2;
                    m.solveFrame(A, A, A, 0.01, acc, List.of(), ws);
                    assertFiniteWhenSolved(ws, "largest acceleration along axis " + axis);
                }
            }
        }
    }

    private static void assertFiniteWhenSolved(Workspace ws, String what) {
        for (SpinalLevel l : SpinalLevel.values()) {
            if (ws.solved() || ws.overloaded()) {
                assertThat(ws.compressionN(l)).as("%s: %s compression", what, l).isFinite();
                assertThat(ws.apShearN(l)).as("%s: %s shear", what, l).isFinite();
                assertThat(ws.idpMPa(l)).as("%s: %s pressure", what, l).isFinite();
            }
        }
    }

    @Test
    void aMotionSampledFasterThanTheShortestStepIsRefusedNamingTheStep() {
        double dt = 1e-300;
        ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                () -> MotionAnalysis.solve(MODEL, new double[] {0, dt, 2 * dt}, List.of(A, B, C), LoadSchedule.none()));
        assertThat(e.parameter()).isEqualTo("time step");
    }

    @Test
    void aMotionAccelerationBeyondTheBoundIsRefusedNamingItsFrame() {
        double[][] acc = {{0, 0, 0}, {0, 1e307, 0}, {0, 0, 0}};
        ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                () -> MotionAnalysis.solve(MODEL, new double[] {0, 0.01, 0.02}, List.of(A, B, C), new double[3], acc,
                        done -> { }));
        assertThat(e.getMessage()).startsWith("frame 1: l5s1AccelerationMps2[1] = 1.0E307");
    }

    @Test
    void aMotionAtTheShortestStepHasFiniteLoadsInEverySolvedFrame() {
        double dt = LumbarModel.MIN_FRAME_STEP_S;
        MotionResult r = MotionAnalysis.solve(MODEL, new double[] {0, dt, 2 * dt}, List.of(A, A, A), LoadSchedule.none());
        for (int i = 0; i < r.frames(); i++) {
            assertThat(r.solved()[i]).isTrue();
            assertThat(r.compressionN(SpinalLevel.L5_S1)[i]).isFinite();
        }
    }
}
