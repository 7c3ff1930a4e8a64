package org.lumbosim.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.load.PositionM;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.BodySide;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.result.TrunkOnThighsPush;

/**
 * Why the explorer's figure never says "seen at an angle", as the library's stick figure does for a force
 * drawn foreshortened ({@code StickFigure.FORESHORTENED_SHARE}): the only forces the page draws are the
 * thighs' pushes (on a trunk resting on them, on each resting hand; the discs are dots, with no compression
 * or shear arrow), drawn from their anterior and superior components in a side view. The library pushes
 * on the trunk along the thighs' surface normal, which lies in the vertical plane through the thigh's axis
 * ({@code ThighSurface}), and on a hand straight up; the explorer's thighs are flexed only (no abduction
 * or rotation at the hips: its sliders are sagittal), so both lie in the view's plane and are drawn at
 * their whole length. Checked over seeded random settings of every slider and support choice: the lateral
 * component of each push the library computes ({@link Lumbosim#analyze} for the page's task) is at most
 * round-off beside the push, and the components {@link ExplorerSolver} hands the page are the library's.
 * Fails if a change gives the explorer a force out of the view's plane (an abducted thigh, a new support)
 * or hands the page other components than the library's; the standing and plain sitting choices must
 * draw no push at all.
 */
class ExplorerForcesInViewPlaneTest {
    /** Random settings per support choice. */
    private static final int CASES = 120;
    /** A lateral component at most this share of the push: round-off, drawn at full length. */
    private static final double ROUND_OFF = 1e-9;
    /** With the trunk or the hands on the thighs, how far the trunk and lumbar angles stray from the support's pose (deg). */
    private static final double SPREAD_DEG = 15;

    @Test
    void everyForceTheExplorerDrawsLiesInTheSideViewsPlane() {
        SplittableRandom rnd = new SplittableRandom(15);
        ExplorerSolver solver = new ExplorerSolver();
        int trunkPushes = 0;
        int handPushes = 0;
        for (ExplorerInputs.Stance stance : ExplorerInputs.Stance.values()) {
            for (int k = 0; k < CASES; k++) {
                ExplorerInputs in = draw(rnd, stance);
                double[] out = solver.solve(in);
                boolean trunk = stance == ExplorerInputs.Stance.SITTING_TRUNK_ON_THIGHS;
                boolean hands = stance == ExplorerInputs.Stance.SITTING_HANDS_ON_THIGHS;
                assertThat(out[ExplorerSolver.PUSH]).as(in + ": a trunk push to draw").isEqualTo(trunk ? 1 : 0);
                assertThat(out[ExplorerSolver.HANDS]).as(in + ": hands' pushes to draw").isEqualTo(hands ? 1 : 0);
                if (out[ExplorerSolver.STATUS] != ExplorerSolver.OK || !(trunk || hands)) {
                    continue;
                }
                AnalysisResult r = library(in);
                if (trunk) {
                    TrunkOnThighsPush p = r.trunkOnThighs();
                    assertInPlane(in + ": the thighs' push on the trunk", p.forceXN(), p.forceYN(), p.forceZN(),
                            out[ExplorerSolver.PUSH + 1], out[ExplorerSolver.PUSH + 2]);
                    trunkPushes += p.forceN() > 1 ? 1 : 0;
                }
                if (hands) {
                    assertThat(r.handsOnThighs()).as(in + ": both hands").hasSize(2);
                    for (HandOnThighPush h : r.handsOnThighs()) {
                        int i = ExplorerSolver.HANDS + (h.side() == BodySide.LEFT ? 4 : 6);
                        assertInPlane(in + ": the thigh's push on the " + h.side().id() + " hand", h.forceXN(),
                                h.forceYN(), h.forceZN(), out[i], out[i + 1]);
                        handPushes += h.forceN() > 1 ? 1 : 0;
                    }
                }
            }
        }
        assertThat(trunkPushes).as("settings whose trunk the thighs push").isGreaterThanOrEqualTo(CASES / 8);
        assertThat(handPushes).as("hands the thighs push").isGreaterThanOrEqualTo(CASES / 2);
    }

    /** The push's lateral component is round-off, and the page draws the library's other two. */
    private static void assertInPlane(String what, double xN, double yN, double zN, double drawnXN, double drawnYN) {
        double n = Math.sqrt(xN * xN + yN * yN + zN * zN);
        assertThat(Math.abs(zN)).as(what + ": lateral component of " + n + " N").isLessThanOrEqualTo(ROUND_OFF * n);
        assertThat(Math.hypot(drawnXN, drawnYN)).as(what + ": drawn at its whole length")
                .isCloseTo(n, within(ROUND_OFF * n + 1e-12));
        assertThat(drawnXN).as(what + ": anterior").isEqualTo(xN);
        assertThat(drawnYN).as(what + ": superior").isEqualTo(yN);
    }

    /** The library's result for the page's task (as ExplorerPageTest poses it). */
    private static AnalysisResult library(ExplorerInputs in) {
        AnalysisResult hanging = Lumbosim.analyze(LumbarModel.of(in.subject()), in.armsHangingPosture(), List.of());
        PositionM shoulder = hanging.pose().landmarks().get(Landmark.SHOULDER_RIGHT);
        PositionM grip = hanging.pose().landmarks().get(Landmark.GRIP_RIGHT);
        Posture posture = in.posture(shoulder.xM(), Math.hypot(grip.xM() - shoulder.xM(), grip.yM() - shoulder.yM()));
        return Lumbosim.analyze(LumbarModel.of(in.subject()).withMuscleModel(in.muscles()), posture, in.loads());
    }

    /**
     * Slider values as the page can set them, uniform over each slider's range; with the trunk or the hands
     * on the thighs, the trunk within {@link #SPREAD_DEG} of the pose choosing that support gives (where the
     * thighs reach it).
     */
    private static ExplorerInputs draw(SplittableRandom rnd, ExplorerInputs.Stance stance) {
        double trunk;
        double lumbar;
        if (stance == ExplorerInputs.Stance.SITTING_TRUNK_ON_THIGHS) {
            Posture rest = org.lumbosim.posture.PosturePreset.SITTING_MAX_FLEXION.posture();
            trunk = Math.min(ExplorerInputs.TRUNK_MAX_DEG, rest.trunkFlexionDeg() + rnd.nextDouble(-SPREAD_DEG, SPREAD_DEG));
            lumbar = Math.max(PostureRange.LUMBAR_FLEXION_MIN_DEG, Math.min(PostureRange.LUMBAR_FLEXION_MAX_DEG,
                    rest.lumbarFlexionDeg() + rnd.nextDouble(-SPREAD_DEG, SPREAD_DEG)));
        } else if (stance == ExplorerInputs.Stance.SITTING_HANDS_ON_THIGHS) {
            Posture rest = org.lumbosim.posture.PosturePreset.SITTING_UNSUPPORTED.posture();
            trunk = Math.max(ExplorerInputs.TRUNK_MIN_DEG, rest.trunkFlexionDeg() + rnd.nextDouble(-SPREAD_DEG, SPREAD_DEG));
            lumbar = Math.max(PostureRange.LUMBAR_FLEXION_MIN_DEG, Math.min(PostureRange.LUMBAR_FLEXION_MAX_DEG,
                    rest.lumbarFlexionDeg() + rnd.nextDouble(-SPREAD_DEG, SPREAD_DEG)));
        } else {
            trunk = rnd.nextDouble(ExplorerInputs.TRUNK_MIN_DEG, ExplorerInputs.TRUNK_MAX_DEG);
            lumbar = rnd.nextDouble(PostureRange.LUMBAR_FLEXION_MIN_DEG, PostureRange.LUMBAR_FLEXION_MAX_DEG);
        }
        return new ExplorerInputs(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                rnd.nextDouble(Subject.MIN_STATURE_M, Subject.MAX_STATURE_M),
                rnd.nextDouble(ExplorerInputs.BODY_MASS_MIN_KG, ExplorerInputs.BODY_MASS_MAX_KG),
                rnd.nextBoolean() ? MuscleModelKind.SINGLE_EQUIVALENT : MuscleModelKind.MULTI_FASCICLE, trunk, lumbar,
                rnd.nextDouble(0, ExplorerInputs.KNEE_MAX_DEG),
                rnd.nextDouble(0, ExplorerInputs.LOAD_MAX_KG), rnd.nextDouble(ExplorerInputs.HAND_DISTANCE_MIN_M,
                ExplorerInputs.HAND_DISTANCE_MAX_M), stance);
    }
}
